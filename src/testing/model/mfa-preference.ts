/** (Admin)SetUserMFAPreference: turning a user's SMS, TOTP and email MFA on or off, and the preferred one. */
import { invalidParameter } from "../errors";
import type { Input } from "../input";
import type { MfaType, UserState } from "./types";

const FIELDS: readonly [string, MfaType][] = [
  ["SMSMfaSettings", "SMS_MFA"],
  ["SoftwareTokenMfaSettings", "SOFTWARE_TOKEN_MFA"],
  ["EmailMfaSettings", "EMAIL_OTP"],
];

function settings(
  input: Input,
  field: string,
): { Enabled?: boolean; PreferredMfa?: boolean } | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "object") throw invalidParameter(`${field} must be an object.`);
  const { Enabled, PreferredMfa } = value as { Enabled?: unknown; PreferredMfa?: unknown };
  if (
    (Enabled !== undefined && typeof Enabled !== "boolean") ||
    (PreferredMfa !== undefined && typeof PreferredMfa !== "boolean")
  ) {
    throw invalidParameter(`${field}.Enabled and ${field}.PreferredMfa must be booleans.`);
  }
  return {
    ...(Enabled === undefined ? {} : { Enabled }),
    ...(PreferredMfa === undefined ? {} : { PreferredMfa }),
  };
}

function assertUsable(user: UserState, type: MfaType): void {
  if (type === "SOFTWARE_TOKEN_MFA" && user.totp === undefined) {
    throw invalidParameter("User has not verified software token mfa");
  }
  if (type === "SMS_MFA" && !user.attributes.has("phone_number")) {
    throw invalidParameter("User does not have delivery config set to turn on SMS_MFA");
  }
  if (type === "EMAIL_OTP" && !user.attributes.has("email")) {
    throw invalidParameter("User does not have delivery config set to turn on EMAIL_OTP");
  }
}

export function applyMfaPreference(user: UserState, input: Input, now: number): void {
  const changes = FIELDS.map(([field, type]) => [type, settings(input, field)] as const);
  for (const [type, change] of changes) {
    if (change?.Enabled === true || change?.PreferredMfa === true) assertUsable(user, type);
  }
  for (const [type, change] of changes) {
    if (!change) continue;
    const current = user.mfa[type];
    const enabled = change.Enabled ?? (change.PreferredMfa === true ? true : current.enabled);
    if (change.PreferredMfa === true) {
      for (const setting of Object.values(user.mfa)) setting.preferred = false;
    }
    user.mfa[type] = {
      enabled,
      preferred: enabled && (change.PreferredMfa ?? current.preferred),
    };
  }
  user.modifiedAt = now;
}
