/** InitiateAuth (protocol reference §2): every client-side flow, and REFRESH_TOKEN_AUTH. */
import { advance } from "../auth/advance";
import type { AuthContext, FirstFactorName, SignInFlowName } from "../auth/context";
import { type AuthResult, issueChallenge } from "../auth/issue";
import { assertCanSignIn, assertNotLocked, failPassword } from "../auth/password";
import { issuePasswordVerifier } from "../auth/srp-steps";
import { availableFirstFactors, startFirstFactor } from "../auth/user-auth";
import { advanceCustom, assertCustomAuthConfigured } from "../custom-auth";
import type { Env } from "../env";
import { EmulatorError, INCORRECT_CREDENTIALS, invalidParameter, notAuthorized } from "../errors";
import { randomUuid } from "../ids";
import { type Input, oneOf, requiredString, stringMap } from "../input";
import { allowsFlow } from "../model/client";
import { getClient } from "../model/pool";
import type { ClientState, PoolState, UserState } from "../model/types";
import { checkPassword, findUser } from "../model/users";
import { checkSecretHash } from "../secret-hash";
import { createVerifier, parseSrpA } from "../srp/srp-server";
import { refreshTokenAuth } from "./refresh";

const FLOWS = [
  "USER_SRP_AUTH",
  "REFRESH_TOKEN_AUTH",
  "REFRESH_TOKEN",
  "CUSTOM_AUTH",
  "ADMIN_NO_SRP_AUTH",
  "USER_PASSWORD_AUTH",
  "ADMIN_USER_PASSWORD_AUTH",
  "USER_AUTH",
] as const;

const FLOW_PERMISSION: Record<SignInFlowName, string> = {
  USER_SRP_AUTH: "ALLOW_USER_SRP_AUTH",
  USER_PASSWORD_AUTH: "ALLOW_USER_PASSWORD_AUTH",
  USER_AUTH: "ALLOW_USER_AUTH",
  CUSTOM_AUTH: "ALLOW_CUSTOM_AUTH",
};

const PREFERRED = ["PASSWORD", "PASSWORD_SRP", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN"] as const;

function required(parameters: Record<string, string>, name: string): string {
  const value = parameters[name];
  if (!value) throw invalidParameter(`Missing required parameter ${name}`);
  return value;
}

/** An unknown user: UserNotFoundException, or with PreventUserExistenceErrors the generic failure. */
function unknownUser(client: ClientState): EmulatorError {
  return client.preventUserExistenceErrors === "ENABLED"
    ? notAuthorized(INCORRECT_CREDENTIALS)
    : new EmulatorError("UserNotFoundException", "User does not exist.");
}

export async function initiateAuth(env: Env, input: Input): Promise<AuthResult> {
  const clientId = requiredString(input, "ClientId");
  const flow = oneOf(
    requiredString(input, "AuthFlow"),
    "AuthFlow",
    FLOWS,
  ) as (typeof FLOWS)[number];
  const parameters = stringMap(input, "AuthParameters") ?? {};
  const clientMetadata = stringMap(input, "ClientMetadata");
  const { pool, client } = getClient(env.state, clientId);
  if (flow === "ADMIN_NO_SRP_AUTH" || flow === "ADMIN_USER_PASSWORD_AUTH") {
    throw invalidParameter("Initiate Auth method not supported.");
  }
  if (flow === "REFRESH_TOKEN_AUTH" || flow === "REFRESH_TOKEN") {
    return refreshTokenAuth(env, pool, client, parameters);
  }
  if (!allowsFlow(client, FLOW_PERMISSION[flow])) {
    throw invalidParameter(`${flow} flow not enabled for this client`);
  }
  const typed = required(parameters, "USERNAME");
  await checkSecretHash(client, typed, parameters.SECRET_HASH);
  const user = findUser(pool, typed);
  if (user && !user.enabled) throw notAuthorized("User is disabled.");
  const ctx = (u: UserState): AuthContext => ({
    poolId: pool.id,
    clientId: client.id,
    username: u.username,
    flow,
    ...(parameters.DEVICE_KEY ? { deviceKey: parameters.DEVICE_KEY } : {}),
    ...(clientMetadata ? { clientMetadata } : {}),
  });
  switch (flow) {
    case "USER_SRP_AUTH":
      return srpStart(env, pool, client, typed, user, parameters, ctx);
    case "USER_PASSWORD_AUTH": {
      const password = required(parameters, "PASSWORD");
      if (!user) throw unknownUser(client);
      assertNotLocked(env, user);
      if (!(await checkPassword(pool, user, password))) failPassword(env, user);
      assertCanSignIn(env, pool, user);
      return advance(env, { ...ctx(user), firstFactor: "PASSWORD", authTime: env.clock.now() });
    }
    case "CUSTOM_AUTH": {
      assertCustomAuthConfigured(pool);
      if (!user) throw unknownUser(client);
      const withSrp = parameters.CHALLENGE_NAME === "SRP_A";
      if (withSrp && !parseSrpA(parameters.SRP_A))
        throw invalidParameter("Missing required parameter SRP_A");
      return advanceCustom(env, {
        ...ctx(user),
        customHistory: withSrp ? [{ challengeName: "SRP_A", challengeResult: true }] : [],
        ...(withSrp ? { customSrpA: parameters.SRP_A as string } : {}),
      });
    }
    case "USER_AUTH":
      return userAuthStart(env, pool, client, user, parameters, ctx);
  }
}

async function srpStart(
  env: Env,
  pool: PoolState,
  client: ClientState,
  typed: string,
  user: UserState | undefined,
  parameters: Record<string, string>,
  ctx: (u: UserState) => AuthContext,
): Promise<AuthResult> {
  const srpA = required(parameters, "SRP_A");
  const A = parseSrpA(srpA);
  if (A === undefined) throw invalidParameter("Invalid SRP_A");
  if (!user && client.preventUserExistenceErrors === "ENABLED") {
    // Cognito answers an unknown user with a PASSWORD_VERIFIER that can never succeed, so that
    // the response does not reveal whether the user exists.
    const fake = await createVerifier(pool.id, typed, randomUuid());
    return issuePasswordVerifier(
      env,
      { poolId: pool.id, clientId: client.id, username: typed, flow: "USER_SRP_AUTH", fake: true },
      A,
      fake,
    );
  }
  if (!user) throw unknownUser(client);
  if (!user.password) throw notAuthorized(INCORRECT_CREDENTIALS);
  return issuePasswordVerifier(env, ctx(user), A, user.password);
}

async function userAuthStart(
  env: Env,
  pool: PoolState,
  client: ClientState,
  user: UserState | undefined,
  parameters: Record<string, string>,
  ctx: (u: UserState) => AuthContext,
): Promise<AuthResult> {
  if (!user) throw unknownUser(client);
  const available = availableFirstFactors(pool, user);
  if (available.length === 0) throw notAuthorized(INCORRECT_CREDENTIALS);
  const preferred = oneOf(parameters.PREFERRED_CHALLENGE, "PREFERRED_CHALLENGE", PREFERRED);
  // A preferred challenge the user cannot use falls back to SELECT_CHALLENGE (§13.5: what Amplify
  // documents for an unavailable preferred first factor).
  if (preferred && available.includes(preferred as FirstFactorName)) {
    return startFirstFactor(env, ctx(user), pool, user, preferred as FirstFactorName, parameters);
  }
  return issueChallenge(env, ctx(user), { name: "SELECT_CHALLENGE", available }, {}, available);
}
