/**
 * Pool set-up, as with AWS (IAM operations; the emulator does not check credentials):
 * CreateUserPool, DescribeUserPool, SetUserPoolMfaConfig, GetUserPoolMfaConfig,
 * CreateUserPoolClient, DescribeUserPoolClient.
 */
import type { Env } from "../env";
import { resourceNotFound } from "../errors";
import { newClientId, newClientSecret, newUserPoolId } from "../ids";
import {
  type Input,
  oneOf,
  optionalBoolean,
  optionalNumber,
  optionalObject,
  optionalString,
  optionalStringList,
  requiredString,
} from "../input";
import { createClientState, type UserPoolClientInput } from "../model/client";
import { describeClient, describeMfaConfig, describePool } from "../model/describe";
import {
  applyMfaConfig,
  createPoolState,
  getPool,
  type MfaConfigInput,
  type UserPoolInput,
} from "../model/pool";

/** Enum and type checks of the CreateUserPool fields the emulator reads (the rest is ignored). */
function checkPoolInput(input: Input): void {
  requiredString(input, "PoolName");
  oneOf(optionalString(input, "MfaConfiguration"), "MfaConfiguration", ["OFF", "ON", "OPTIONAL"]);
  oneOf(optionalString(input, "UserPoolTier"), "UserPoolTier", ["LITE", "ESSENTIALS", "PLUS"]);
  for (const name of optionalStringList(input, "UsernameAttributes") ?? []) {
    oneOf(name, "UsernameAttributes", ["email", "phone_number"]);
  }
  for (const name of optionalStringList(input, "AliasAttributes") ?? []) {
    oneOf(name, "AliasAttributes", ["email", "phone_number", "preferred_username"]);
  }
  const policy = optionalObject(optionalObject(input, "Policies") ?? {}, "PasswordPolicy") ?? {};
  for (const field of ["MinimumLength", "TemporaryPasswordValidityDays"])
    optionalNumber(policy, field);
  for (const field of [
    "RequireUppercase",
    "RequireLowercase",
    "RequireNumbers",
    "RequireSymbols",
  ]) {
    optionalBoolean(policy, field);
  }
  optionalObject(input, "DeviceConfiguration");
  optionalObject(input, "SmsConfiguration");
}

export async function createUserPool(env: Env, input: Input): Promise<unknown> {
  checkPoolInput(input);
  const pool = createPoolState(
    newUserPoolId(env.region),
    env.region,
    input as unknown as UserPoolInput,
    env.clock.now(),
  );
  env.state.pools.set(pool.id, pool);
  return { UserPool: describePool(pool) };
}

export async function describeUserPool(env: Env, input: Input): Promise<unknown> {
  return { UserPool: describePool(getPool(env.state, requiredString(input, "UserPoolId"))) };
}

export async function setUserPoolMfaConfig(env: Env, input: Input): Promise<unknown> {
  const pool = getPool(env.state, requiredString(input, "UserPoolId"));
  oneOf(optionalString(input, "MfaConfiguration"), "MfaConfiguration", ["OFF", "ON", "OPTIONAL"]);
  for (const field of [
    "SmsMfaConfiguration",
    "SoftwareTokenMfaConfiguration",
    "EmailMfaConfiguration",
  ]) {
    optionalObject(input, field);
  }
  const webAuthn = optionalObject(input, "WebAuthnConfiguration") ?? {};
  optionalString(webAuthn, "RelyingPartyId");
  oneOf(optionalString(webAuthn, "UserVerification"), "UserVerification", [
    "required",
    "preferred",
  ]);
  oneOf(optionalString(webAuthn, "FactorConfiguration"), "FactorConfiguration", [
    "SINGLE_FACTOR",
    "MULTI_FACTOR_WITH_USER_VERIFICATION",
  ]);
  applyMfaConfig(pool, input as MfaConfigInput, env.clock.now());
  return describeMfaConfig(pool);
}

export async function getUserPoolMfaConfig(env: Env, input: Input): Promise<unknown> {
  return describeMfaConfig(getPool(env.state, requiredString(input, "UserPoolId")));
}

export async function createUserPoolClient(env: Env, input: Input): Promise<unknown> {
  const pool = getPool(env.state, requiredString(input, "UserPoolId"));
  requiredString(input, "ClientName");
  optionalStringList(input, "ExplicitAuthFlows");
  oneOf(optionalString(input, "PreventUserExistenceErrors"), "PreventUserExistenceErrors", [
    "ENABLED",
    "LEGACY",
  ]);
  for (const field of [
    "AuthSessionValidity",
    "AccessTokenValidity",
    "IdTokenValidity",
    "RefreshTokenValidity",
  ]) {
    optionalNumber(input, field);
  }
  const secret = optionalBoolean(input, "GenerateSecret") ? newClientSecret() : undefined;
  const client = createClientState(
    newClientId(),
    pool.id,
    secret,
    input as unknown as UserPoolClientInput,
    env.clock.now(),
  );
  pool.clients.set(client.id, client);
  return { UserPoolClient: describeClient(client) };
}

export async function describeUserPoolClient(env: Env, input: Input): Promise<unknown> {
  const pool = getPool(env.state, requiredString(input, "UserPoolId"));
  const clientId = requiredString(input, "ClientId");
  const client = pool.clients.get(clientId);
  if (!client) throw resourceNotFound(`User pool client ${clientId} does not exist.`);
  return { UserPoolClient: describeClient(client) };
}
