/**
 * Which MFA step a user gets after the first factor (protocol reference §3.2-§3.7, §6).
 *
 * - Pool MFA OFF: none.
 * - The user's enabled factors (that the pool also enables and the user can receive: SMS needs
 *   phone_number, email needs email, TOTP a verified token): the preferred one, or the only one,
 *   or SELECT_MFA_TYPE with all of them (`MFAS_CAN_CHOOSE`).
 * - None enabled, pool MFA ON: the factors the user can receive without set-up (SMS to the
 *   phone_number on file, email to the email on file; Cognito's legacy behaviour for required MFA),
 *   else MFA_SETUP with every factor the pool enables (`MFAS_CAN_SETUP`).
 * - None enabled, pool MFA OPTIONAL: none.
 */
import type { MfaType, PoolState, UserState } from "../model/types";

export type MfaDecision =
  | { readonly kind: "none" }
  | { readonly kind: "challenge"; readonly type: MfaType }
  | { readonly kind: "select"; readonly choices: readonly MfaType[] }
  | { readonly kind: "setup"; readonly canSetup: readonly MfaType[] };

const ORDER: readonly MfaType[] = ["SMS_MFA", "SOFTWARE_TOKEN_MFA", "EMAIL_OTP"];

export function poolFactors(pool: PoolState): MfaType[] {
  return ORDER.filter((type) =>
    type === "SMS_MFA"
      ? pool.smsMfa !== undefined
      : type === "SOFTWARE_TOKEN_MFA"
        ? pool.totpEnabled
        : pool.emailMfa !== undefined,
  );
}

/** Whether the user can receive this factor at all. */
export function canReceive(user: UserState, type: MfaType): boolean {
  if (type === "SMS_MFA") return user.attributes.has("phone_number");
  if (type === "EMAIL_OTP") return user.attributes.has("email");
  return user.totp !== undefined;
}

/** Factors the user has enabled, usable in this pool. */
export function enabledFactors(pool: PoolState, user: UserState): MfaType[] {
  return poolFactors(pool).filter((type) => user.mfa[type].enabled && canReceive(user, type));
}

export function decideMfa(pool: PoolState, user: UserState): MfaDecision {
  if (pool.mfaConfiguration === "OFF") return { kind: "none" };
  const enabled = enabledFactors(pool, user);
  const choose = (factors: readonly MfaType[]): MfaDecision => {
    const preferred = factors.find((type) => user.mfa[type].preferred);
    if (preferred) return { kind: "challenge", type: preferred };
    const [only] = factors;
    if (only && factors.length === 1) return { kind: "challenge", type: only };
    return { kind: "select", choices: factors };
  };
  if (enabled.length > 0) return choose(enabled);
  if (pool.mfaConfiguration === "OPTIONAL") return { kind: "none" };
  const onFile = poolFactors(pool).filter(
    (type) => type !== "SOFTWARE_TOKEN_MFA" && canReceive(user, type),
  );
  if (onFile.length > 0) return choose(onFile);
  return { kind: "setup", canSetup: poolFactors(pool) };
}

/** The user's MFA settings as GetUser/AdminGetUser report them. */
export function mfaSettingList(user: UserState): {
  UserMFASettingList?: MfaType[];
  PreferredMfaSetting?: MfaType;
} {
  const list = ORDER.filter((type) => user.mfa[type].enabled && canReceive(user, type));
  const preferred = list.find((type) => user.mfa[type].preferred);
  return {
    ...(list.length > 0 ? { UserMFASettingList: list } : {}),
    ...(preferred ? { PreferredMfaSetting: preferred } : {}),
  };
}
