/**
 * The next step once a factor succeeded: NEW_PASSWORD_REQUIRED, then device authentication on a
 * remembered device that skips MFA, else MFA, then device authentication, then tokens.
 *
 * Device rules (protocol reference §5; DeviceConfigurationType doc): a DEVICE_KEY the client sent
 * must name a confirmed device of this user, or the answer is ResourceNotFoundException "Device
 * does not exist." and the Session stays usable (§5 step 6). A confirmed device must prove itself
 * with DEVICE_SRP_AUTH → DEVICE_PASSWORD_VERIFIER. When the pool's ChallengeRequiredOnNewDevice is
 * true and the device is remembered, that proof replaces MFA.
 */
import type { Env } from "../env";
import { EmulatorError, keepSession } from "../errors";
import { findSchemaAttribute, requiredAttributes } from "../model/schema";
import type { DeviceState, UserState } from "../model/types";
import type { AuthContext } from "./context";
import {
  type AuthResult,
  issueChallenge,
  issueMfaDecision,
  issueSignInTokens,
  partiesOf,
} from "./issue";
import { decideMfa } from "./mfa";

export const DEVICE_NOT_FOUND = "Device does not exist.";

/** The confirmed device a DEVICE_KEY names, or ResourceNotFoundException (Session kept). */
export function deviceOf(user: UserState, deviceKey: string | undefined): DeviceState | undefined {
  if (deviceKey === undefined || deviceKey === "") return undefined;
  const device = user.devices.get(deviceKey);
  if (!device?.verifier) {
    throw keepSession(new EmulatorError("ResourceNotFoundException", DEVICE_NOT_FOUND));
  }
  return device;
}

/** NEW_PASSWORD_REQUIRED's parameters (§3.8). */
export function newPasswordParameters(
  parties: ReturnType<typeof partiesOf>,
): Record<string, string> {
  const { pool, user } = parties;
  // Cognito sends the current attributes without `sub` (email_verified and phone_number_verified
  // included, which is why the classic SDK's README deletes email_verified before echoing them).
  const attributes: Record<string, string> = {};
  for (const [name, value] of user.attributes) {
    if (name === "sub" || findSchemaAttribute(pool, name)?.DeveloperOnlyAttribute) continue;
    attributes[name] = value;
  }
  const missing = requiredAttributes(pool).filter((name) => !user.attributes.has(name));
  return {
    USER_ID_FOR_SRP: user.username,
    userAttributes: JSON.stringify(attributes),
    requiredAttributes: JSON.stringify(missing.map((name) => `userAttributes.${name}`)),
  };
}

export async function advance(env: Env, ctx: AuthContext): Promise<AuthResult> {
  const parties = partiesOf(env, ctx);
  const { pool, user } = parties;
  if (
    ctx.firstFactor !== "CUSTOM" &&
    user.status === "FORCE_CHANGE_PASSWORD" &&
    !ctx.passwordChanged
  ) {
    return issueChallenge(
      env,
      ctx,
      { name: "NEW_PASSWORD_REQUIRED" },
      newPasswordParameters(parties),
    );
  }
  const device = deviceOf(user, ctx.deviceKey);
  const skipsMfa =
    device?.remembered === true && pool.deviceConfiguration?.ChallengeRequiredOnNewDevice === true;
  if (device && skipsMfa && !ctx.deviceAuthenticated) {
    return issueChallenge(env, ctx, { name: "DEVICE_SRP_AUTH" }, {});
  }
  if (!ctx.mfaDone && !skipsMfa) {
    const decision = decideMfa(pool, user);
    if (decision.kind !== "none") return issueMfaDecision(env, ctx, user, decision);
  }
  if (device && !ctx.deviceAuthenticated) {
    return issueChallenge(env, ctx, { name: "DEVICE_SRP_AUTH" }, {});
  }
  return issueSignInTokens(env, ctx, parties);
}
