/**
 * Tokens: JWT-shaped ID and access tokens (header.payload.signature, base64url JSON) with Cognito's
 * claims, signed HS256 with the emulator's own random key. They are for this emulator only: no AWS
 * service and no JWKS will accept them. Refresh tokens are opaque, JWE-shaped strings.
 */
import { hmacSha256 } from "../core/util/crypto";
import { base64ToBytes, bytesToBase64Url, utf8 } from "../core/util/encoding";
import type { Env } from "./env";
import { EmulatorError, notAuthorized } from "./errors";
import { newOpaqueToken, randomUuid } from "./ids";
import { getPool } from "./model/pool";
import type { ClientState, PoolState, UserState } from "./model/types";
import { getUser } from "./model/users";
import { equalBytes } from "./srp/srp-server";

export const TOKEN_SCOPE = "aws.cognito.signin.user.admin";

export interface IssuedTokens {
  readonly AccessToken: string;
  readonly IdToken: string;
  readonly RefreshToken?: string;
  readonly ExpiresIn: number;
  readonly TokenType: "Bearer";
}

export function issuer(pool: PoolState): string {
  return `https://cognito-idp.${pool.region}.amazonaws.com/${pool.id}`;
}

function encodeJson(value: unknown): string {
  return bytesToBase64Url(utf8(JSON.stringify(value)));
}

async function sign(env: Env, claims: Record<string, unknown>): Promise<string> {
  const head = `${encodeJson({ kid: "cognito-challenge-ui-emulator", alg: "HS256" })}.${encodeJson(claims)}`;
  return `${head}.${bytesToBase64Url(await hmacSha256(env.key, utf8(head)))}`;
}

function idClaims(user: UserState): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of user.attributes) {
    out[name] = name.endsWith("_verified") ? value === "true" : value;
  }
  return out;
}

export interface TokenOptions {
  readonly authTime: number;
  readonly deviceKey?: string;
  /** Issue a refresh token too (not on refresh). */
  readonly withRefreshToken: boolean;
}

export async function issueTokens(
  env: Env,
  pool: PoolState,
  client: ClientState,
  user: UserState,
  options: TokenOptions,
): Promise<IssuedTokens> {
  const iat = Math.floor(env.clock.now() / 1000);
  const authTime = Math.floor(options.authTime / 1000);
  const originJti = randomUuid();
  const eventId = randomUuid();
  const common = {
    iss: issuer(pool),
    origin_jti: originJti,
    event_id: eventId,
    auth_time: authTime,
  };
  const access = await sign(env, {
    sub: user.sub,
    ...(options.deviceKey ? { device_key: options.deviceKey } : {}),
    ...common,
    client_id: client.id,
    token_use: "access",
    scope: TOKEN_SCOPE,
    iat,
    exp: iat + client.accessTokenValidity,
    jti: randomUuid(),
    username: user.username,
  });
  const id = await sign(env, {
    ...idClaims(user),
    ...common,
    "cognito:username": user.username,
    aud: client.id,
    token_use: "id",
    iat,
    exp: iat + client.idTokenValidity,
    jti: randomUuid(),
  });
  let refresh: string | undefined;
  if (options.withRefreshToken) {
    // Shaped like Cognito's (a JWE: five base64url parts), opaque to everyone.
    const head = encodeJson({ cty: "JWT", enc: "A256GCM", alg: "RSA-OAEP" });
    refresh = `${head}.${newOpaqueToken(256)}.${newOpaqueToken(12)}.${newOpaqueToken(512)}.${newOpaqueToken(16)}`;
    env.state.refreshTokens.set(refresh, {
      poolId: pool.id,
      clientId: client.id,
      username: user.username,
      ...(options.deviceKey ? { deviceKey: options.deviceKey } : {}),
      authTime: options.authTime,
      expiresAt: env.clock.now() + client.refreshTokenValidity * 1000,
    });
  }
  return {
    AccessToken: access,
    IdToken: id,
    ...(refresh ? { RefreshToken: refresh } : {}),
    ExpiresIn: client.accessTokenValidity,
    TokenType: "Bearer",
  };
}

export interface AccessTokenInfo {
  readonly pool: PoolState;
  readonly client: ClientState;
  readonly user: UserState;
  readonly claims: Readonly<Record<string, unknown>>;
}

const INVALID = "Invalid Access Token";

/** Verifies an access token of this emulator: signature, use, expiry, pool, client, user. */
export async function verifyAccessToken(env: Env, token: string): Promise<AccessTokenInfo> {
  const parts = token.split(".");
  if (parts.length !== 3) throw notAuthorized(INVALID);
  const [head, body, signature] = parts as [string, string, string];
  let claims: Record<string, unknown>;
  try {
    const expected = await hmacSha256(env.key, utf8(`${head}.${body}`));
    if (!equalBytes(expected, base64ToBytes(signature))) throw new Error("signature");
    claims = JSON.parse(new TextDecoder().decode(base64ToBytes(body))) as Record<string, unknown>;
  } catch {
    throw notAuthorized(INVALID);
  }
  if (claims.token_use !== "access" || typeof claims.exp !== "number") throw notAuthorized(INVALID);
  if (claims.exp * 1000 <= env.clock.now()) throw notAuthorized("Access Token has expired");
  const poolId =
    String(claims.iss ?? "")
      .split("/")
      .pop() ?? "";
  const pool = env.state.pools.has(poolId) ? getPool(env.state, poolId) : undefined;
  const client = pool?.clients.get(String(claims.client_id));
  const user = pool ? getUser(pool, String(claims.username)) : undefined;
  if (!pool || !client) throw notAuthorized(INVALID);
  if (!user || user.sub !== claims.sub) {
    throw new EmulatorError("UserNotFoundException", "User does not exist.");
  }
  if (!user.enabled) throw notAuthorized("User is disabled.");
  return { pool, client, user, claims };
}
