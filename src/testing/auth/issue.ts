/** Building InitiateAuth / RespondToAuthChallenge answers: a challenge with a new Session, or tokens. */
import { deliverCode } from "../codes";
import type { Env } from "../env";
import { notAuthorized } from "../errors";
import { newDeviceGroupKey, newDeviceKey } from "../ids";
import { getPool } from "../model/pool";
import type { ClientState, MfaType, PoolState, UserState } from "../model/types";
import { getUser } from "../model/users";
import { INVALID_SESSION } from "../sessions";
import { issueTokens } from "../tokens";
import type { AuthContext, Step } from "./context";
import type { MfaDecision } from "./mfa";

/** The response body of InitiateAuth and RespondToAuthChallenge. */
export interface AuthResult {
  ChallengeName?: string;
  ChallengeParameters?: Record<string, string>;
  Session?: string;
  AvailableChallenges?: string[];
  AuthenticationResult?: {
    AccessToken: string;
    IdToken: string;
    RefreshToken?: string;
    ExpiresIn: number;
    TokenType: string;
    NewDeviceMetadata?: { DeviceKey: string; DeviceGroupKey: string };
  };
}

export interface Parties {
  readonly pool: PoolState;
  readonly client: ClientState;
  readonly user: UserState;
}

/** Pool, client and user of a sign-in; a user deleted meanwhile ends it. */
export function partiesOf(env: Env, ctx: AuthContext): Parties {
  const pool = getPool(env.state, ctx.poolId);
  const client = pool.clients.get(ctx.clientId);
  const user = getUser(pool, ctx.username);
  if (!client || !user) throw notAuthorized(INVALID_SESSION);
  return { pool, client, user };
}

export function issueChallenge(
  env: Env,
  ctx: AuthContext,
  step: Step,
  parameters: Record<string, string>,
  available?: readonly string[],
): AuthResult {
  const pool = getPool(env.state, ctx.poolId);
  const client = pool.clients.get(ctx.clientId);
  const record = env.sessions.issue(ctx, step, client?.authSessionValidity ?? 3);
  return {
    ChallengeName: step.name,
    ChallengeParameters: parameters,
    Session: record.id,
    ...(available ? { AvailableChallenges: [...available] } : {}),
  };
}

/** SMS_MFA / EMAIL_OTP as MFA, or SOFTWARE_TOKEN_MFA. */
export function issueMfaChallenge(
  env: Env,
  ctx: AuthContext,
  user: UserState,
  type: MfaType,
): AuthResult {
  if (type === "SOFTWARE_TOKEN_MFA") return issueChallenge(env, ctx, { name: type }, {});
  const medium = type === "SMS_MFA" ? "SMS" : "EMAIL";
  const destination = user.attributes.get(medium === "SMS" ? "phone_number" : "email") ?? "";
  const sent = deliverCode(env, user, medium, "MFA", destination);
  return issueChallenge(
    env,
    ctx,
    { name: type, code: sent.code, codeExpiresAt: sent.expiresAt, purpose: "mfa", destination },
    { ...sent.parameters },
  );
}

export function issueMfaDecision(
  env: Env,
  ctx: AuthContext,
  user: UserState,
  decision: Exclude<MfaDecision, { kind: "none" }>,
): AuthResult {
  switch (decision.kind) {
    case "challenge":
      return issueMfaChallenge(env, ctx, user, decision.type);
    case "select":
      return issueChallenge(
        env,
        ctx,
        { name: "SELECT_MFA_TYPE", choices: decision.choices },
        { MFAS_CAN_CHOOSE: JSON.stringify(decision.choices) },
      );
    case "setup":
      return issueChallenge(
        env,
        ctx,
        { name: "MFA_SETUP", canSetup: decision.canSetup },
        { MFAS_CAN_SETUP: JSON.stringify(decision.canSetup) },
      );
  }
}

/**
 * Tokens. With device tracking on and no device proven in this sign-in, a new (unconfirmed)
 * device is created and announced as NewDeviceMetadata (protocol reference §2, §5 step 1).
 */
export async function issueSignInTokens(
  env: Env,
  ctx: AuthContext,
  parties: Parties,
): Promise<AuthResult> {
  const { pool, client, user } = parties;
  const now = env.clock.now();
  let deviceKey = ctx.deviceAuthenticated ? ctx.deviceKey : undefined;
  let metadata: { DeviceKey: string; DeviceGroupKey: string } | undefined;
  if (pool.deviceConfiguration && !deviceKey) {
    const key = newDeviceKey(pool.region);
    const groupKey = newDeviceGroupKey();
    user.devices.set(key, { key, groupKey, remembered: false, createdAt: now, lastModified: now });
    metadata = { DeviceKey: key, DeviceGroupKey: groupKey };
    deviceKey = key;
  }
  if (ctx.deviceAuthenticated && deviceKey) {
    const device = user.devices.get(deviceKey);
    if (device) device.lastAuthenticated = now;
  }
  user.failedSignIns = 0;
  const tokens = await issueTokens(env, pool, client, user, {
    authTime: ctx.authTime ?? now,
    ...(deviceKey ? { deviceKey } : {}),
    withRefreshToken: true,
  });
  return {
    ChallengeParameters: {},
    AuthenticationResult: { ...tokens, ...(metadata ? { NewDeviceMetadata: metadata } : {}) },
  };
}
