/**
 * RespondToAuthChallenge (protocol reference §3): the Session must be live, of this client, and
 * waiting for this ChallengeName; USERNAME must name the Session's user (the internal username or
 * an alias of it); SECRET_HASH must match USERNAME. Then the step's handler runs. Success uses the
 * Session up; an error ends it unless the error says otherwise (a corrected answer may follow:
 * missing fields, wrong codes, policy violations, "Device does not exist.").
 *
 * PASSWORD_VERIFIER has no Session (§3.1): its state is found by PASSWORD_CLAIM_SECRET_BLOCK, with
 * the same rules (single use, this client, expiry, kept after a correctable error).
 */

import { emailOtp, smsMfa, smsOtp, softwareTokenMfa } from "../auth/challenges/codes";
import { customChallenge } from "../auth/challenges/custom";
import { devicePasswordVerifier, deviceSrpAuth } from "../auth/challenges/device";
import type { ChallengeHandler } from "../auth/challenges/handler";
import { mfaSetup, selectMfaType } from "../auth/challenges/mfa-steps";
import { newPasswordRequired } from "../auth/challenges/new-password";
import { passwordVerifier } from "../auth/challenges/password-verifier";
import { selectChallenge, webAuthn } from "../auth/challenges/user-auth-steps";
import type { StepName } from "../auth/context";
import type { AuthResult } from "../auth/issue";
import { secretBlockKey } from "../auth/srp-steps";
import type { Env } from "../env";
import {
  EmulatorError,
  invalidParameter,
  keepSession,
  keepsSession,
  notAuthorized,
} from "../errors";
import { type Input, oneOf, optionalString, requiredString, stringMap } from "../input";
import { getClient } from "../model/pool";
import { findUser } from "../model/users";
import { checkSecretHash } from "../secret-hash";
import { INVALID_SESSION, type SessionRecord, type SessionStore } from "../sessions";

const CHALLENGE_NAMES = [
  "SMS_MFA",
  "EMAIL_OTP",
  "SOFTWARE_TOKEN_MFA",
  "SELECT_MFA_TYPE",
  "MFA_SETUP",
  "PASSWORD_VERIFIER",
  "CUSTOM_CHALLENGE",
  "SELECT_CHALLENGE",
  "DEVICE_SRP_AUTH",
  "DEVICE_PASSWORD_VERIFIER",
  "ADMIN_NO_SRP_AUTH",
  "NEW_PASSWORD_REQUIRED",
  "SMS_OTP",
  "PASSWORD",
  "PASSWORD_SRP",
  "WEB_AUTHN",
] as const;

const HANDLERS: Record<StepName, ChallengeHandler> = {
  PASSWORD_VERIFIER: passwordVerifier,
  DEVICE_SRP_AUTH: deviceSrpAuth,
  DEVICE_PASSWORD_VERIFIER: devicePasswordVerifier,
  SMS_MFA: smsMfa,
  EMAIL_OTP: emailOtp,
  SMS_OTP: smsOtp,
  SOFTWARE_TOKEN_MFA: softwareTokenMfa,
  SELECT_MFA_TYPE: selectMfaType,
  MFA_SETUP: mfaSetup,
  NEW_PASSWORD_REQUIRED: newPasswordRequired,
  CUSTOM_CHALLENGE: customChallenge,
  SELECT_CHALLENGE: selectChallenge(),
  WEB_AUTHN: webAuthn,
};

function handlerFor(stepName: StepName, challengeName: string): ChallengeHandler | undefined {
  if (challengeName === stepName) return HANDLERS[stepName];
  if (
    stepName === "SELECT_CHALLENGE" &&
    (challengeName === "PASSWORD" || challengeName === "PASSWORD_SRP")
  ) {
    return selectChallenge(challengeName);
  }
  return undefined;
}

export async function respondToAuthChallenge(env: Env, input: Input): Promise<AuthResult> {
  const clientId = requiredString(input, "ClientId");
  const challengeName = oneOf(
    requiredString(input, "ChallengeName"),
    "ChallengeName",
    CHALLENGE_NAMES,
  ) as string;
  const responses = stringMap(input, "ChallengeResponses") ?? {};
  const sessionId = optionalString(input, "Session");
  getClient(env.state, clientId);
  const secretBlockBound = challengeName === "PASSWORD_VERIFIER";
  if (!secretBlockBound && !sessionId) throw invalidParameter("Missing required parameter Session");
  const username = responses.USERNAME;
  if (!username) throw invalidParameter("Missing required parameter USERNAME");
  const record = secretBlockBound
    ? takeBySecretBlock(env.sessions, sessionId, responses, clientId)
    : env.sessions.take(sessionId as string, clientId);
  // Claimed before any await, so a concurrent answer with the same Session is refused.
  env.sessions.consume(record);
  try {
    return await answer(env, record, challengeName, username, input, responses);
  } catch (error) {
    if (keepsSession(error)) env.sessions.release(record);
    else env.sessions.kill(record);
    throw error;
  }
}

/**
 * The PASSWORD_VERIFIER step named by the SECRET_BLOCK the client echoes. AWS never sends this
 * challenge with a Session, so a Session sent along can only be stale (an earlier step's, already
 * used) or made up: it is refused like any unknown Session, "Invalid session for the user.", and the
 * SECRET_BLOCK stays usable (choice: a lenient emulator would hide that client bug).
 */
function takeBySecretBlock(
  sessions: SessionStore,
  sessionId: string | undefined,
  responses: Readonly<Record<string, string>>,
  clientId: string,
): SessionRecord {
  if (sessionId) throw notAuthorized(INVALID_SESSION);
  const block = responses.PASSWORD_CLAIM_SECRET_BLOCK;
  if (!block) throw invalidParameter("Missing required parameter PASSWORD_CLAIM_SECRET_BLOCK");
  return sessions.takeBound(secretBlockKey(block) ?? "", clientId);
}

async function answer(
  env: Env,
  record: SessionRecord,
  challengeName: string,
  username: string,
  input: Input,
  responses: Record<string, string>,
): Promise<AuthResult> {
  const { pool, client } = getClient(env.state, record.ctx.clientId);
  const handler = handlerFor(record.step.name, challengeName);
  if (!handler) {
    throw keepSession(
      invalidParameter(`Invalid challenge name ${challengeName} for this session.`),
    );
  }
  const sameUser = record.ctx.fake
    ? username === record.ctx.username
    : findUser(pool, username)?.username === record.ctx.username;
  if (!sameUser) throw keepSession(notAuthorized(INVALID_SESSION));
  try {
    await checkSecretHash(client, username, responses.SECRET_HASH);
  } catch (error) {
    throw error instanceof EmulatorError ? keepSession(error) : error;
  }
  const clientMetadata = stringMap(input, "ClientMetadata");
  // This request's DEVICE_KEY and ClientMetadata (for triggers) join the Session's context.
  const ctx = {
    ...record.ctx,
    ...(responses.DEVICE_KEY ? { deviceKey: responses.DEVICE_KEY } : {}),
    ...(clientMetadata ? { clientMetadata } : {}),
  };
  return handler(env, record, responses, ctx);
}
