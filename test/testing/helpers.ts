/**
 * Test helpers: small pools, an SRP client (the library's own `core/srp`), and shortcuts to
 * the wire. Every helper goes through `Emulator.handle` like a real client would.
 */
import { computeDeviceClaim, computePasswordClaim, createSrpEphemeral } from "../../src/core/srp";
import {
  computeClientS,
  computeHkdfKey,
  computeU,
  computeX,
  srpK,
} from "../../src/core/srp/srp-math";
import { hmacSha256 } from "../../src/core/util/crypto";
import { base64ToBytes, bytesToBase64, utf8 } from "../../src/core/util/encoding";
import {
  createEmulator,
  type Emulator,
  type EmulatorOptions,
  type SeedPool,
} from "../../src/testing";

export const PASSWORD = "Correct-Horse-9!";
export const CODE = "123456";

export type Wire = Record<string, unknown> & {
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
};

export const POOL_ID = "us-east-1_TestPool1";
export const CLIENT_ID = "testclient0000000000000001";
export const SECRET_CLIENT_ID = "testclient0000000000000002";
export const CLIENT_SECRET = "s3cr3t0000000000000000000000000000000000000000000000";

const ALL_FLOWS = [
  "ALLOW_USER_SRP_AUTH",
  "ALLOW_USER_PASSWORD_AUTH",
  "ALLOW_USER_AUTH",
  "ALLOW_CUSTOM_AUTH",
  "ALLOW_REFRESH_TOKEN_AUTH",
];

/** An emulator with one pool (`pool` fields merged in) and a public plus a secret client. */
export async function setup(
  pool: Partial<SeedPool> = {},
  options: EmulatorOptions = {},
): Promise<Emulator> {
  const emulator = createEmulator({ code: CODE, ...options });
  await emulator.seed({
    pools: [
      {
        Id: POOL_ID,
        PoolName: "test",
        Clients: [
          { ClientId: CLIENT_ID, ClientName: "public", ExplicitAuthFlows: ALL_FLOWS },
          {
            ClientId: SECRET_CLIENT_ID,
            ClientName: "secret",
            ClientSecret: CLIENT_SECRET,
            ExplicitAuthFlows: ALL_FLOWS,
          },
        ],
        ...pool,
      },
    ],
  });
  return emulator;
}

export async function call(emulator: Emulator, operation: string, input: unknown): Promise<Wire> {
  return (await emulator.handle(operation, input)) as Wire;
}

/** The EmulatorError a call rejects with (fails the test if it resolves). */
export async function failure(
  emulator: Emulator,
  operation: string,
  input: unknown,
): Promise<{ type: string; message: string; statusCode: number }> {
  try {
    await emulator.handle(operation, input);
  } catch (error) {
    return error as { type: string; message: string; statusCode: number };
  }
  throw new Error(`${operation} succeeded but a failure was expected`);
}

export async function secretHash(username: string, clientId = SECRET_CLIENT_ID): Promise<string> {
  return bytesToBase64(await hmacSha256(utf8(CLIENT_SECRET), utf8(username + clientId)));
}

export interface SrpStart {
  readonly ephemeral: Awaited<ReturnType<typeof createSrpEphemeral>>;
  readonly challenge: Wire;
}

export async function srpStart(
  emulator: Emulator,
  username: string,
  extra: Record<string, string> = {},
  clientId = CLIENT_ID,
): Promise<SrpStart> {
  const ephemeral = await createSrpEphemeral();
  const challenge = await call(emulator, "InitiateAuth", {
    AuthFlow: "USER_SRP_AUTH",
    ClientId: clientId,
    AuthParameters: { USERNAME: username, SRP_A: ephemeral.srpA, ...extra },
  });
  return { ephemeral, challenge };
}

/** PASSWORD_VERIFIER's ChallengeResponses for `password` (timestamp from the emulator clock). */
export async function passwordClaim(
  emulator: Emulator,
  start: SrpStart,
  password: string,
  poolId = POOL_ID,
): Promise<Record<string, string>> {
  const p = start.challenge.ChallengeParameters ?? {};
  const claim = await computePasswordClaim({
    ephemeral: start.ephemeral,
    userPoolId: poolId,
    userIdForSrp: p.USER_ID_FOR_SRP ?? "",
    password,
    salt: p.SALT ?? "",
    srpB: p.SRP_B ?? "",
    secretBlock: p.SECRET_BLOCK ?? "",
    now: new Date(emulator.clock.now()),
  });
  return {
    USERNAME: p.USER_ID_FOR_SRP ?? "",
    PASSWORD_CLAIM_SECRET_BLOCK: claim.secretBlock,
    PASSWORD_CLAIM_SIGNATURE: claim.signature,
    TIMESTAMP: claim.timestamp,
  };
}

/** USER_SRP_AUTH + PASSWORD_VERIFIER; the answer to PASSWORD_VERIFIER. */
export async function srpSignIn(
  emulator: Emulator,
  username: string,
  password = PASSWORD,
  extra: Record<string, string> = {},
): Promise<Wire> {
  const start = await srpStart(emulator, username);
  return respond(emulator, start.challenge, "PASSWORD_VERIFIER", {
    ...(await passwordClaim(emulator, start, password)),
    ...extra,
  });
}

export async function respond(
  emulator: Emulator,
  previous: Wire,
  challengeName: string,
  responses: Record<string, string>,
  clientId = CLIENT_ID,
): Promise<Wire> {
  return call(emulator, "RespondToAuthChallenge", {
    ClientId: clientId,
    ChallengeName: challengeName,
    Session: previous.Session,
    ChallengeResponses: responses,
  });
}

/** The DEVICE_PASSWORD_VERIFIER answer for a DEVICE_PASSWORD_VERIFIER challenge. */
export async function deviceClaim(
  emulator: Emulator,
  ephemeral: SrpStart["ephemeral"],
  challenge: Wire,
  device: { deviceKey: string; deviceGroupKey: string; devicePassword: string },
): Promise<Record<string, string>> {
  const p = challenge.ChallengeParameters ?? {};
  const claim = await computeDeviceClaim({
    ephemeral,
    deviceGroupKey: device.deviceGroupKey,
    deviceKey: device.deviceKey,
    devicePassword: device.devicePassword,
    salt: p.SALT ?? "",
    srpB: p.SRP_B ?? "",
    secretBlock: p.SECRET_BLOCK ?? "",
    now: new Date(emulator.clock.now()),
  });
  return {
    USERNAME: p.USERNAME ?? "",
    DEVICE_KEY: device.deviceKey,
    PASSWORD_CLAIM_SECRET_BLOCK: claim.secretBlock,
    PASSWORD_CLAIM_SIGNATURE: claim.signature,
    TIMESTAMP: claim.timestamp,
  };
}

/** The claims of a JWT (no verification). */
export function claims(token: string): Record<string, unknown> {
  const body = token.split(".")[1] ?? "";
  return JSON.parse(
    new TextDecoder().decode(
      Uint8Array.from(atob(body.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0)),
    ),
  );
}

/** A PASSWORD_VERIFIER claim signed over an arbitrary TIMESTAMP string (for malformed-client tests). */
export async function claimSignedAt(
  start: SrpStart,
  password: string,
  timestamp: string,
  poolId = POOL_ID,
): Promise<Record<string, string>> {
  const p = start.challenge.ChallengeParameters ?? {};
  const B = BigInt(`0x${p.SRP_B}`);
  const userId = p.USER_ID_FOR_SRP ?? "";
  const poolName = poolId.split("_")[1] ?? "";
  const [u, x, k] = await Promise.all([
    computeU(start.ephemeral.A, B),
    computeX(BigInt(`0x${p.SALT}`), poolName, userId, password),
    srpK(),
  ]);
  const S = computeClientS({ a: start.ephemeral.a, B, k, u, x });
  const key = await computeHkdfKey(u, S);
  const signature = await hmacSha256(
    key,
    utf8(poolName),
    utf8(userId),
    base64ToBytes(p.SECRET_BLOCK ?? ""),
    utf8(timestamp),
  );
  return {
    USERNAME: userId,
    PASSWORD_CLAIM_SECRET_BLOCK: p.SECRET_BLOCK ?? "",
    PASSWORD_CLAIM_SIGNATURE: bytesToBase64(signature),
    TIMESTAMP: timestamp,
  };
}

/** USER_PASSWORD_AUTH (cheaper than SRP where SRP is not what a test is about). */
export async function passwordSignIn(
  emulator: Emulator,
  username: string,
  password = PASSWORD,
  extra: Record<string, string> = {},
  clientId = CLIENT_ID,
): Promise<Wire> {
  return call(emulator, "InitiateAuth", {
    AuthFlow: "USER_PASSWORD_AUTH",
    ClientId: clientId,
    AuthParameters: { USERNAME: username, PASSWORD: password, ...extra },
  });
}

/** A fresh ES256 passkey: the seed entry for the pool and the credential for a software authenticator. */
export async function makePasskey(sub: string, rpId = "localhost") {
  const pair = (await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, [
    "sign",
    "verify",
  ])) as CryptoKeyPair;
  const jwk = await crypto.subtle.exportKey("jwk", pair.privateKey);
  const credentialId = bytesToBase64(crypto.getRandomValues(new Uint8Array(16)))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
  const userHandle = bytesToBase64(utf8(sub))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
  return {
    seed: { CredentialId: credentialId, PublicKeyJwk: { x: jwk.x as string, y: jwk.y as string } },
    credential: { credentialId, rpId, privateKey: jwk, userHandle },
  };
}
