/**
 * Refreshing: InitiateAuth REFRESH_TOKEN_AUTH / REFRESH_TOKEN (classic SDK) and
 * GetTokensFromRefreshToken (Amplify v6.21), protocol reference §2, §13.13. New ID and access
 * tokens; the refresh token stays the same (no rotation).
 */
import type { AuthResult } from "../auth/issue";
import type { Env } from "../env";
import { invalidParameter, notAuthorized } from "../errors";
import { type Input, optionalString, requiredString } from "../input";
import { allowsFlow } from "../model/client";
import { getClient } from "../model/pool";
import type { ClientState, PoolState, UserState } from "../model/types";
import { getUser } from "../model/users";
import { checkClientSecret, checkSecretHash } from "../secret-hash";
import { issueTokens } from "../tokens";

function refreshUser(
  env: Env,
  pool: PoolState,
  client: ClientState,
  token: string,
): {
  user: UserState;
  deviceKey?: string;
  authTime: number;
} {
  const record = env.state.refreshTokens.get(token);
  if (!record || record.clientId !== client.id) throw notAuthorized("Invalid Refresh Token");
  if (env.clock.now() >= record.expiresAt) throw notAuthorized("Refresh Token has expired");
  const user = getUser(pool, record.username);
  if (!user) throw notAuthorized("Invalid Refresh Token");
  if (!user.enabled) throw notAuthorized("User is disabled.");
  return {
    user,
    ...(record.deviceKey ? { deviceKey: record.deviceKey } : {}),
    authTime: record.authTime,
  };
}

export async function refreshTokenAuth(
  env: Env,
  pool: PoolState,
  client: ClientState,
  parameters: Record<string, string>,
): Promise<AuthResult> {
  if (!allowsFlow(client, "ALLOW_REFRESH_TOKEN_AUTH")) {
    throw invalidParameter("REFRESH_TOKEN_AUTH flow not enabled for this client");
  }
  const token = parameters.REFRESH_TOKEN;
  if (!token) throw invalidParameter("Missing required parameter REFRESH_TOKEN");
  const found = refreshUser(env, pool, client, token);
  // SECRET_HASH with the internal username (§13.10).
  await checkSecretHash(client, found.user.username, parameters.SECRET_HASH);
  const deviceKey = parameters.DEVICE_KEY || found.deviceKey;
  const tokens = await issueTokens(env, pool, client, found.user, {
    authTime: found.authTime,
    ...(deviceKey ? { deviceKey } : {}),
    withRefreshToken: false,
  });
  return { ChallengeParameters: {}, AuthenticationResult: tokens };
}

export async function getTokensFromRefreshToken(env: Env, input: Input): Promise<unknown> {
  const { pool, client } = getClient(env.state, requiredString(input, "ClientId"));
  const token = requiredString(input, "RefreshToken");
  checkClientSecret(client, optionalString(input, "ClientSecret"));
  const found = refreshUser(env, pool, client, token);
  const deviceKey = optionalString(input, "DeviceKey") || found.deviceKey;
  const tokens = await issueTokens(env, pool, client, found.user, {
    authTime: found.authTime,
    ...(deviceKey ? { deviceKey } : {}),
    withRefreshToken: false,
  });
  return { AuthenticationResult: tokens };
}
