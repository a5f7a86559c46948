/**
 * AssociateSoftwareToken and VerifySoftwareToken (protocol reference §6), by Session (MFA_SETUP
 * during sign-in) or by AccessToken (after sign-in), never both.
 *
 * A wrong code is EnableSoftwareTokenMFAException "Code mismatch and fail enable Software Token
 * MFA" (§13.11: an exception, not a 200 with Status ERROR); in the Session case the Session stays
 * usable for a corrected code, up to MAX_CODE_ATTEMPTS like any code.
 */
import { wrongCode } from "../auth/challenges/handler";
import { partiesOf } from "../auth/issue";
import type { Env } from "../env";
import { EmulatorError, invalidParameter, keepsSession } from "../errors";
import { type Input, optionalString, requiredString } from "../input";
import { verifyAccessToken } from "../tokens";
import { checkTotp, newTotpSecret } from "../totp";

const MISMATCH = "Code mismatch and fail enable Software Token MFA";

function exactlyOne(input: Input): { session?: string; accessToken?: string } {
  const session = optionalString(input, "Session");
  const accessToken = optionalString(input, "AccessToken");
  if ((session ? 1 : 0) + (accessToken ? 1 : 0) !== 1) {
    throw invalidParameter("Exactly one of AccessToken or Session must be provided.");
  }
  return { ...(session ? { session } : {}), ...(accessToken ? { accessToken } : {}) };
}

function totpNotEnabled(): EmulatorError {
  return new EmulatorError(
    "SoftwareTokenMFANotFoundException",
    "Software Token MFA is not enabled for the user pool.",
  );
}

export async function associateSoftwareToken(env: Env, input: Input): Promise<unknown> {
  const { session, accessToken } = exactlyOne(input);
  if (accessToken) {
    const { pool, user } = await verifyAccessToken(env, accessToken);
    if (!pool.totpEnabled) throw totpNotEnabled();
    user.pendingTotp = newTotpSecret();
    return { SecretCode: user.pendingTotp };
  }
  const record = env.sessions.take(session as string, undefined);
  if (record.step.name !== "MFA_SETUP")
    throw invalidParameter("Invalid session for software token association.");
  if (!record.step.canSetup.includes("SOFTWARE_TOKEN_MFA")) throw totpNotEnabled();
  const secret = newTotpSecret();
  env.sessions.consume(record);
  const next = env.sessions.issue(
    record.ctx,
    { name: "MFA_SETUP", canSetup: record.step.canSetup, totpSecret: secret },
    partiesOf(env, record.ctx).client.authSessionValidity,
  );
  return { SecretCode: secret, Session: next.id };
}

export async function verifySoftwareToken(env: Env, input: Input): Promise<unknown> {
  const { session, accessToken } = exactlyOne(input);
  const code = requiredString(input, "UserCode").trim();
  if (!/^\d{6}$/.test(code)) {
    throw invalidParameter(
      "1 validation error detected: Value at 'userCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [0-9]+",
    );
  }
  const now = env.clock.now();
  if (accessToken) {
    const { user } = await verifyAccessToken(env, accessToken);
    if (!user.pendingTotp) throw totpNotEnabled();
    if (!checkTotp(user.pendingTotp, code, now)) {
      throw new EmulatorError("EnableSoftwareTokenMFAException", MISMATCH);
    }
    user.totp = user.pendingTotp;
    delete user.pendingTotp;
    user.modifiedAt = now;
    return { Status: "SUCCESS" };
  }
  const record = env.sessions.take(session as string, undefined);
  const step = record.step;
  if (step.name !== "MFA_SETUP" || step.totpSecret === undefined) {
    throw invalidParameter("Invalid session: call AssociateSoftwareToken first.");
  }
  try {
    if (!checkTotp(step.totpSecret, code, now)) {
      wrongCode(record, new EmulatorError("EnableSoftwareTokenMFAException", MISMATCH));
    }
  } catch (error) {
    if (!keepsSession(error)) env.sessions.kill(record);
    throw error;
  }
  // Set up during sign-in: the token is the user's now, enabled and preferred.
  const { client, user } = partiesOf(env, record.ctx);
  user.totp = step.totpSecret;
  for (const setting of Object.values(user.mfa)) setting.preferred = false;
  user.mfa.SOFTWARE_TOKEN_MFA = { enabled: true, preferred: true };
  user.modifiedAt = now;
  env.sessions.consume(record);
  const next = env.sessions.issue(
    record.ctx,
    { name: "MFA_SETUP", canSetup: step.canSetup, totpSecret: step.totpSecret, totpVerified: true },
    client.authSessionValidity,
  );
  return { Status: "SUCCESS", Session: next.id };
}
