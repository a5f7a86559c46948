/**
 * A pool description applied in one go: pools with fixed ids (CreateUserPool fields plus
 * SetUserPoolMfaConfig), app clients with fixed ids and secrets, users with passwords,
 * attributes, MFA settings, a TOTP secret, remembered devices and passkeys, and custom-auth
 * triggers (functions, in-process). JSON-friendly except the triggers. See docs/emulator.md.
 */
import { base64ToBytes, bytesToBase64Url } from "../core/util/encoding";
import { coseKeyFromJwk } from "./authenticator/cbor";
import type { Env } from "./env";
import { invalidParameter } from "./errors";
import { newClientId, newClientSecret, newUserPoolId } from "./ids";
import { createClientState, type UserPoolClientInput } from "./model/client";
import { applyMfaPreference } from "./model/mfa-preference";
import { checkPasswordPolicy } from "./model/password-policy";
import {
  applyMfaConfig,
  createPoolState,
  type MfaConfigInput,
  type UserPoolInput,
} from "./model/pool";
import type { CustomAuthTriggers, PoolState } from "./model/types";
import { createUser, setPassword } from "./model/users";
import { createVerifier } from "./srp/srp-server";

export interface EmulatorSeed {
  readonly pools: readonly SeedPool[];
}

export interface SeedPool extends UserPoolInput {
  /** Fixed pool id, e.g. `us-east-1_DemoPool1`. Default: generated. */
  readonly Id?: string;
  /** As SetUserPoolMfaConfig: SMS/TOTP/email MFA, WebAuthn relying party, MFA ON/OPTIONAL/OFF. */
  readonly MfaConfig?: MfaConfigInput;
  /** Custom-auth triggers (Define/Create/VerifyAuthChallenge), run in-process. */
  readonly Triggers?: CustomAuthTriggers;
  readonly Clients?: readonly SeedClient[];
  readonly Users?: readonly SeedUser[];
}

export interface SeedClient extends UserPoolClientInput {
  /** Fixed client id. Default: generated (26 characters). */
  readonly ClientId?: string;
  /** Fixed client secret (implies a client with a secret). `GenerateSecret: true` makes a random one. */
  readonly ClientSecret?: string;
}

export interface SeedUser {
  /** As AdminCreateUser's Username: the email/phone in pools with UsernameAttributes. */
  readonly Username: string;
  /** Fixed `sub` (the internal username in pools with UsernameAttributes). Default: a UUID. */
  readonly Sub?: string;
  /** A permanent password (status CONFIRMED). */
  readonly Password?: string;
  /** A temporary password (status FORCE_CHANGE_PASSWORD: NEW_PASSWORD_REQUIRED at sign-in). */
  readonly TemporaryPassword?: string;
  readonly Attributes?: Readonly<Record<string, string>>;
  readonly Enabled?: boolean;
  /** Overrides the status, e.g. UNCONFIRMED or RESET_REQUIRED. */
  readonly UserStatus?: "CONFIRMED" | "UNCONFIRMED" | "RESET_REQUIRED" | "FORCE_CHANGE_PASSWORD";
  /** As AdminSetUserMFAPreference. */
  readonly MfaPreference?: {
    readonly SMSMfaSettings?: { readonly Enabled?: boolean; readonly PreferredMfa?: boolean };
    readonly SoftwareTokenMfaSettings?: {
      readonly Enabled?: boolean;
      readonly PreferredMfa?: boolean;
    };
    readonly EmailMfaSettings?: { readonly Enabled?: boolean; readonly PreferredMfa?: boolean };
  };
  /** A verified software token (base32), so an authenticator app can be set up in advance. */
  readonly TotpSecret?: string;
  readonly Devices?: readonly SeedDevice[];
  readonly Passkeys?: readonly SeedPasskey[];
}

/** A confirmed device; the device password lets a browser's device store be pre-filled. */
export interface SeedDevice {
  readonly DeviceKey: string;
  readonly DeviceGroupKey: string;
  /** The device's SRP password (base64 of 40 random bytes in real clients). */
  readonly DevicePassword: string;
  readonly DeviceName?: string;
  /** @default true */
  readonly Remembered?: boolean;
}

/** A registered passkey; the matching private key signs (software authenticator, virtual authenticator). */
export interface SeedPasskey {
  /** base64url credential id. */
  readonly CredentialId: string;
  /** COSE public key, base64url; or give `PublicKeyJwk`. */
  readonly PublicKey?: string;
  /** EC P-256 public key as a JWK (`x`, `y`), converted to COSE. */
  readonly PublicKeyJwk?: { readonly x: string; readonly y: string };
  readonly SignCount?: number;
  readonly Transports?: readonly string[];
  readonly FriendlyName?: string;
}

export interface SeedResult {
  readonly pools: readonly {
    readonly id: string;
    readonly name: string;
    readonly clients: readonly {
      readonly id: string;
      readonly name: string;
      readonly secret?: string;
    }[];
    /** `username` is the internal username (USER_ID_FOR_SRP); `login` what was seeded as Username. */
    readonly users: readonly {
      readonly username: string;
      readonly sub: string;
      readonly login: string;
    }[];
  }[];
}

const POOL_ID = /^[\w-]+_[0-9a-zA-Z]+$/;
const CLIENT_ID = /^[\w+]+$/;

export async function applySeed(env: Env, seed: EmulatorSeed): Promise<SeedResult> {
  if (!seed || !Array.isArray(seed.pools)) throw invalidParameter("A seed needs a `pools` array.");
  const results: SeedResult["pools"][number][] = [];
  for (const input of seed.pools) results.push(await seedPool(env, input));
  return { pools: results };
}

async function seedPool(env: Env, input: SeedPool): Promise<SeedResult["pools"][number]> {
  const id = input.Id ?? newUserPoolId(env.region);
  if (!POOL_ID.test(id)) throw invalidParameter(`Invalid user pool id ${id}.`);
  if (env.state.pools.has(id)) throw invalidParameter(`User pool ${id} already exists.`);
  const now = env.clock.now();
  const mode = input.MfaConfig?.MfaConfiguration ?? input.MfaConfiguration ?? "OFF";
  // The pool is created with MFA off, then configured like SetUserPoolMfaConfig would.
  const { SmsConfiguration, MfaConfiguration: _mode, ...rest } = input;
  const pool = createPoolState(id, env.region, rest, now);
  const message = input.SmsAuthenticationMessage;
  applyMfaConfig(
    pool,
    {
      ...(SmsConfiguration
        ? {
            SmsMfaConfiguration: message === undefined ? {} : { SmsAuthenticationMessage: message },
          }
        : {}),
      ...(input.MfaConfig ?? {}),
      MfaConfiguration: mode,
    },
    now,
  );
  if (input.Triggers) pool.triggers = { ...input.Triggers };
  const clients = (input.Clients ?? []).map((c) => seedClient(env, pool, c, now));
  env.state.pools.set(id, pool);
  const users: { username: string; sub: string; login: string }[] = [];
  try {
    for (const user of input.Users ?? []) users.push(await seedUser(pool, user, now));
  } catch (error) {
    env.state.pools.delete(id);
    throw error;
  }
  return { id, name: pool.name, clients, users };
}

function seedClient(env: Env, pool: PoolState, input: SeedClient, now: number) {
  const id = input.ClientId ?? newClientId();
  if (!CLIENT_ID.test(id)) throw invalidParameter(`Invalid client id ${id}.`);
  for (const other of env.state.pools.values()) {
    if (other.clients.has(id)) throw invalidParameter(`App client ${id} already exists.`);
  }
  const secret = input.ClientSecret ?? (input.GenerateSecret ? newClientSecret() : undefined);
  const client = createClientState(id, pool.id, secret, input, now);
  pool.clients.set(id, client);
  return { id, name: client.name, ...(secret ? { secret } : {}) };
}

async function seedUser(pool: PoolState, input: SeedUser, now: number) {
  if (input.Password !== undefined && input.TemporaryPassword !== undefined) {
    throw invalidParameter(`User ${input.Username}: give Password or TemporaryPassword, not both.`);
  }
  const user = createUser(
    pool,
    {
      username: input.Username,
      ...(input.Attributes ? { attributes: input.Attributes } : {}),
      ...(input.Sub ? { sub: input.Sub } : {}),
      status: "CONFIRMED",
      enabled: input.Enabled ?? true,
    },
    now,
  );
  const password = input.Password ?? input.TemporaryPassword;
  if (password !== undefined) {
    checkPasswordPolicy(pool.passwordPolicy, password);
    await setPassword(pool, user, password, input.Password !== undefined, now);
  }
  if (input.UserStatus) user.status = input.UserStatus;
  if (input.TotpSecret) {
    if (!/^[A-Z2-7]+=*$/i.test(input.TotpSecret))
      throw invalidParameter(`User ${input.Username}: TotpSecret must be base32.`);
    user.totp = input.TotpSecret.toUpperCase();
  }
  if (input.MfaPreference) applyMfaPreference(user, input.MfaPreference, now);
  for (const device of input.Devices ?? []) {
    user.devices.set(device.DeviceKey, {
      key: device.DeviceKey,
      groupKey: device.DeviceGroupKey,
      ...(device.DeviceName ? { name: device.DeviceName } : {}),
      verifier: await createVerifier(
        device.DeviceGroupKey,
        device.DeviceKey,
        device.DevicePassword,
      ),
      remembered: device.Remembered ?? true,
      createdAt: now,
      lastModified: now,
    });
  }
  for (const passkey of input.Passkeys ?? []) {
    const publicKey = passkey.PublicKey
      ? base64ToBytes(passkey.PublicKey)
      : passkey.PublicKeyJwk
        ? coseKeyFromJwk(passkey.PublicKeyJwk)
        : undefined;
    if (!publicKey)
      throw invalidParameter(
        `Passkey ${passkey.CredentialId}: PublicKey or PublicKeyJwk is required.`,
      );
    user.passkeys.push({
      id: bytesToBase64Url(base64ToBytes(passkey.CredentialId)),
      publicKey,
      counter: passkey.SignCount ?? 0,
      transports: [...(passkey.Transports ?? ["internal"])],
      friendlyName: passkey.FriendlyName ?? "Passkey",
      rpId: pool.webAuthn.RelyingPartyId ?? "",
      createdAt: now,
    });
  }
  return { username: user.username, sub: user.sub, login: input.Username };
}
