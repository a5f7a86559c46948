/** Users: creation, lookup by username or alias, passwords, attributes. */
import { EmulatorError, invalidParameter } from "../errors";
import { randomUuid } from "../ids";
import { createVerifier, matchesVerifier } from "../srp/srp-server";
import { poolName } from "./pool";
import { checkAttributeWrites, isEmail, isPhoneNumber } from "./schema";
import type { PoolState, UserState, UserStatus } from "./types";

function userKey(pool: PoolState, username: string): string {
  return pool.caseSensitive ? username : username.toLowerCase();
}

/** By internal username only. */
export function getUser(pool: PoolState, username: string): UserState | undefined {
  return pool.users.get(userKey(pool, username));
}

function byAttribute(
  pool: PoolState,
  name: string,
  value: string,
  verifiedOnly: boolean,
): UserState | undefined {
  const wanted = name === "email" ? value.toLowerCase() : value;
  for (const user of pool.users.values()) {
    const have = user.attributes.get(name);
    if (have === undefined) continue;
    if ((name === "email" ? have.toLowerCase() : have) !== wanted) continue;
    if (verifiedOnly && user.attributes.get(`${name}_verified`) !== "true") continue;
    return user;
  }
  return undefined;
}

/**
 * The user a typed USERNAME means (protocol reference §4.6): the internal username, an email or
 * phone number in pools that sign in with them (UsernameAttributes), or an alias (AliasAttributes;
 * email and phone aliases only once verified, as on AWS).
 */
export function findUser(pool: PoolState, typed: string): UserState | undefined {
  const direct = getUser(pool, typed);
  if (direct) return direct;
  for (const attribute of pool.usernameAttributes) {
    const user = byAttribute(pool, attribute, typed, false);
    if (user) return user;
  }
  for (const alias of pool.aliasAttributes) {
    const user = byAttribute(pool, alias, typed, alias !== "preferred_username");
    if (user) return user;
  }
  return undefined;
}

export interface NewUser {
  /** As AdminCreateUser's Username: an email/phone in UsernameAttributes pools. */
  readonly username: string;
  readonly attributes?: Readonly<Record<string, string>>;
  readonly sub?: string;
  readonly status?: UserStatus;
  readonly enabled?: boolean;
}

/** Creates a user (no password yet). Throws UsernameExistsException / InvalidParameterException. */
export function createUser(pool: PoolState, input: NewUser, now: number): UserState {
  const attributes: Record<string, string> = { ...(input.attributes ?? {}) };
  delete attributes.sub;
  checkAttributeWrites(pool, attributes);
  let internal = input.username;
  const sub = input.sub ?? randomUuid();
  if (pool.usernameAttributes.length > 0 && input.username !== sub) {
    const asEmail = pool.usernameAttributes.includes("email") && isEmail(input.username);
    const asPhone =
      pool.usernameAttributes.includes("phone_number") && isPhoneNumber(input.username);
    if (!asEmail && !asPhone) {
      throw invalidParameter(
        pool.usernameAttributes.length === 2
          ? "Username should be either an email or a phone number."
          : `Username should be ${pool.usernameAttributes[0] === "email" ? "an email" : "a phone number"}.`,
      );
    }
    const name = asEmail ? "email" : "phone_number";
    if (attributes[name] !== undefined && attributes[name] !== input.username) {
      throw invalidParameter(`The ${name} attribute must match the username.`);
    }
    attributes[name] = input.username;
    internal = sub;
  } else if (pool.aliasAttributes.includes("email") && isEmail(input.username)) {
    throw invalidParameter(
      "Username cannot be of email format, since user pool is configured for email alias.",
    );
  } else if (pool.aliasAttributes.includes("phone_number") && isPhoneNumber(input.username)) {
    throw invalidParameter(
      "Username cannot be of phone number format, since user pool is configured for phone_number alias.",
    );
  }
  if (getUser(pool, internal)) {
    throw new EmulatorError("UsernameExistsException", "User account already exists");
  }
  for (const name of [...pool.usernameAttributes, ...pool.aliasAttributes]) {
    const value = attributes[name];
    if (value !== undefined && byAttribute(pool, name, value, false)) {
      throw new EmulatorError(
        pool.usernameAttributes.length > 0 ? "UsernameExistsException" : "AliasExistsException",
        `An account with the given ${name} already exists.`,
      );
    }
  }
  const user: UserState = {
    username: internal,
    sub,
    attributes: new Map([["sub", sub], ...Object.entries(attributes)]),
    status: input.status ?? "FORCE_CHANGE_PASSWORD",
    enabled: input.enabled ?? true,
    createdAt: now,
    modifiedAt: now,
    mfa: {
      SMS_MFA: { enabled: false, preferred: false },
      SOFTWARE_TOKEN_MFA: { enabled: false, preferred: false },
      EMAIL_OTP: { enabled: false, preferred: false },
    },
    devices: new Map(),
    passkeys: [],
    failedSignIns: 0,
    lastFailedSignIn: 0,
    lockedUntil: 0,
  };
  pool.users.set(userKey(pool, internal), user);
  return user;
}

/** Hashes a new password into the user's SRP verifier (the plaintext is not kept). */
export async function setPassword(
  pool: PoolState,
  user: UserState,
  password: string,
  permanent: boolean,
  now: number,
): Promise<void> {
  user.password = await createVerifier(poolName(pool), user.username, password);
  user.passwordSetAt = now;
  user.modifiedAt = now;
  if (permanent) {
    if (user.status === "FORCE_CHANGE_PASSWORD" || user.status === "RESET_REQUIRED") {
      user.status = "CONFIRMED";
    }
  } else {
    user.status = "FORCE_CHANGE_PASSWORD";
  }
}

export async function checkPassword(
  pool: PoolState,
  user: UserState,
  password: string,
): Promise<boolean> {
  if (!user.password) return false;
  return matchesVerifier(user.password, poolName(pool), user.username, password);
}

export function attributeRecord(user: UserState): Record<string, string> {
  return Object.fromEntries(user.attributes);
}

export function attributeList(user: UserState): { Name: string; Value: string }[] {
  return [...user.attributes].map(([Name, Value]) => ({ Name, Value }));
}

/** Writes attributes (an empty value deletes one); a changed email/phone loses its verification. */
export function writeAttributes(
  pool: PoolState,
  user: UserState,
  attributes: Readonly<Record<string, string>>,
  now: number,
): void {
  checkAttributeWrites(pool, { ...attributes });
  for (const [name, value] of Object.entries(attributes)) {
    if ((name === "email" || name === "phone_number") && value !== user.attributes.get(name)) {
      if (attributes[`${name}_verified`] === undefined) user.attributes.delete(`${name}_verified`);
    }
    if (value === "") user.attributes.delete(name);
    else user.attributes.set(name, value);
  }
  user.modifiedAt = now;
}
