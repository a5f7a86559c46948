/**
 * User administration, as with AWS (IAM operations; credentials are not checked): AdminCreateUser,
 * AdminGetUser, AdminSetUserPassword, AdminUpdateUserAttributes, AdminSetUserMFAPreference,
 * AdminDeleteUser, AdminDisableUser, AdminEnableUser.
 */
import { mfaSettingList } from "../auth/mfa";
import type { Env } from "../env";
import { EmulatorError, invalidParameter } from "../errors";
import { newTemporaryPassword } from "../ids";
import {
  type Input,
  oneOf,
  optionalBoolean,
  optionalString,
  optionalStringList,
  attributeList as readAttributes,
  requiredString,
  wireDate,
} from "../input";
import { applyMfaPreference } from "../model/mfa-preference";
import { checkPasswordPolicy } from "../model/password-policy";
import { getPool } from "../model/pool";
import type { PoolState, UserState } from "../model/types";
import { attributeList, createUser, findUser, setPassword, writeAttributes } from "../model/users";

function userOf(pool: PoolState, username: string): UserState {
  const user = findUser(pool, username);
  if (!user) throw new EmulatorError("UserNotFoundException", "User does not exist.");
  return user;
}

function describeUser(user: UserState): Record<string, unknown> {
  return {
    Username: user.username,
    Attributes: attributeList(user),
    UserCreateDate: wireDate(user.createdAt),
    UserLastModifiedDate: wireDate(user.modifiedAt),
    Enabled: user.enabled,
    UserStatus: user.status,
  };
}

/** Sends the temporary password to every requested medium the user has (default SMS). */
function sendTemporaryPassword(
  env: Env,
  user: UserState,
  password: string,
  mediums: readonly string[],
): void {
  for (const medium of mediums) {
    const destination = user.attributes.get(medium === "EMAIL" ? "email" : "phone_number");
    if (!destination) continue;
    env.outbox.push({
      username: user.username,
      medium: medium === "EMAIL" ? "EMAIL" : "SMS",
      destination,
      code: password,
      at: new Date(env.clock.now()).toISOString(),
      purpose: "TEMPORARY_PASSWORD",
    });
  }
}

export async function adminCreateUser(env: Env, input: Input): Promise<unknown> {
  const pool = getPool(env.state, requiredString(input, "UserPoolId"));
  const username = requiredString(input, "Username");
  const action = oneOf(optionalString(input, "MessageAction"), "MessageAction", [
    "RESEND",
    "SUPPRESS",
  ]);
  const mediums = optionalStringList(input, "DesiredDeliveryMediums") ?? ["SMS"];
  for (const medium of mediums) oneOf(medium, "DesiredDeliveryMediums", ["SMS", "EMAIL"]);
  const temporary = optionalString(input, "TemporaryPassword") ?? newTemporaryPassword();
  checkPasswordPolicy(pool.passwordPolicy, temporary);
  const now = env.clock.now();
  if (action === "RESEND") {
    const user = userOf(pool, username);
    if (user.status !== "FORCE_CHANGE_PASSWORD") {
      throw new EmulatorError(
        "UnsupportedUserStateException",
        "Resend not possible. User is not in FORCE_CHANGE_PASSWORD state.",
      );
    }
    await setPassword(pool, user, temporary, false, now);
    sendTemporaryPassword(env, user, temporary, mediums);
    return { User: describeUser(user) };
  }
  const attributes = readAttributes(input, "UserAttributes") ?? {};
  const user = createUser(pool, { username, attributes }, now);
  await setPassword(pool, user, temporary, false, now);
  if (action !== "SUPPRESS") sendTemporaryPassword(env, user, temporary, mediums);
  return { User: describeUser(user) };
}

export async function adminGetUser(env: Env, input: Input): Promise<unknown> {
  const pool = getPool(env.state, requiredString(input, "UserPoolId"));
  const user = userOf(pool, requiredString(input, "Username"));
  const { Attributes, ...rest } = describeUser(user);
  return { ...rest, UserAttributes: Attributes, ...mfaSettingList(user) };
}

export async function adminSetUserPassword(env: Env, input: Input): Promise<unknown> {
  const pool = getPool(env.state, requiredString(input, "UserPoolId"));
  const user = userOf(pool, requiredString(input, "Username"));
  const password = requiredString(input, "Password");
  checkPasswordPolicy(pool.passwordPolicy, password);
  await setPassword(
    pool,
    user,
    password,
    optionalBoolean(input, "Permanent") ?? false,
    env.clock.now(),
  );
  return {};
}

export async function adminUpdateUserAttributes(env: Env, input: Input): Promise<unknown> {
  const pool = getPool(env.state, requiredString(input, "UserPoolId"));
  const user = userOf(pool, requiredString(input, "Username"));
  const attributes = readAttributes(input, "UserAttributes");
  if (!attributes) throw invalidParameter("Missing required parameter UserAttributes");
  if ("sub" in attributes) throw invalidParameter("Cannot modify the non-mutable attribute sub");
  writeAttributes(pool, user, attributes, env.clock.now());
  return {};
}

export async function adminSetUserMfaPreference(env: Env, input: Input): Promise<unknown> {
  const pool = getPool(env.state, requiredString(input, "UserPoolId"));
  const user = userOf(pool, requiredString(input, "Username"));
  applyMfaPreference(user, input, env.clock.now());
  return {};
}

export async function adminDeleteUser(env: Env, input: Input): Promise<unknown> {
  const pool = getPool(env.state, requiredString(input, "UserPoolId"));
  const user = userOf(pool, requiredString(input, "Username"));
  for (const [key, value] of pool.users) if (value === user) pool.users.delete(key);
  return {};
}

export async function adminDisableUser(env: Env, input: Input): Promise<unknown> {
  const pool = getPool(env.state, requiredString(input, "UserPoolId"));
  userOf(pool, requiredString(input, "Username")).enabled = false;
  return {};
}

export async function adminEnableUser(env: Env, input: Input): Promise<unknown> {
  const pool = getPool(env.state, requiredString(input, "UserPoolId"));
  userOf(pool, requiredString(input, "Username")).enabled = true;
  return {};
}
