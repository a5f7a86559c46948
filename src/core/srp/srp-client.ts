/**
 * The client side of Cognito's SRP-6a (protocol reference §4): the ephemeral key pair sent as
 * SRP_A, and the PASSWORD_VERIFIER / DEVICE_PASSWORD_VERIFIER claims.
 */
import { ProtocolError } from "../errors/challenge-error";
import type { PasswordClaim } from "../protocol/challenge-response.types";
import { userPoolName } from "../protocol/user-pool";
import { hmacSha256, randomBytes } from "../util/crypto";
import { base64ToBytes, bytesToBase64, utf8 } from "../util/encoding";
import {
  bytesToBigInt,
  computeClientS,
  computeHkdfKey,
  computeU,
  computeX,
  hexToBigInt,
  modPow,
  SRP_G,
  SRP_N,
  srpK,
} from "./srp-math";
import { formatTimestamp } from "./timestamp";

/** One SRP ephemeral key pair. `a` is secret: keep it only until the claim is computed. */
export interface SrpEphemeral {
  /** The secret exponent: 128 random bytes read as a positive integer, not reduced mod N. */
  readonly a: bigint;
  /** g^a mod N. */
  readonly A: bigint;
  /** Lowercase hex of A, no padding: the `SRP_A` to send. */
  readonly srpA: string;
}

/**
 * The ephemeral for a given `a` (internal seam for vector tests and the emulator; the public
 * `createSrpEphemeral` draws `a` itself). Throws a `ProtocolError` (`SrpUnsafeA`) when a ≤ 0 or
 * A mod N = 0.
 * @internal
 */
export function createSrpEphemeralFrom(a: bigint): SrpEphemeral {
  if (a <= 0n) throw new ProtocolError("SrpUnsafeA", "The SRP secret must be positive");
  const A = modPow(SRP_G, a, SRP_N);
  // §4.2/§4.4: A mod N = 0 would make the proof worthless. It cannot happen for a prime N, but
  // the check is cheap and it is what the protocol requires.
  if (A % SRP_N === 0n) throw new ProtocolError("SrpUnsafeA", "SRP_A is 0 modulo N");
  return Object.freeze({ a, A, srpA: A.toString(16) });
}

/** Draws attempts before giving up on a broken random source (a real one needs exactly one). */
const MAX_EPHEMERAL_ATTEMPTS = 8;

/**
 * `createSrpEphemeral` with an injectable random source (internal seam for tests).
 * @internal
 */
export function createSrpEphemeralWith(random: (length: number) => Uint8Array): SrpEphemeral {
  for (let attempt = 0; attempt < MAX_EPHEMERAL_ATTEMPTS; attempt++) {
    // §4.2: a = 128 random bytes as a positive integer (1024 bits), not reduced mod N.
    const a = bytesToBigInt(random(128));
    if (a === 0n) continue;
    const A = modPow(SRP_G, a, SRP_N);
    if (A % SRP_N === 0n) continue;
    return Object.freeze({ a, A, srpA: A.toString(16) });
  }
  throw new ProtocolError("SrpUnsafeA", "The random source gave no usable SRP secret");
}

/**
 * A fresh SRP ephemeral: a = 128 random bytes from `crypto.getRandomValues` (not reduced),
 * A = g^a mod N; draws again if A mod N = 0. Send `srpA` as `SRP_A` (InitiateAuth's
 * AuthParameters, or DEVICE_SRP_AUTH's ChallengeResponses); use a new ephemeral for every SRP.
 */
export async function createSrpEphemeral(): Promise<SrpEphemeral> {
  return createSrpEphemeralWith(randomBytes);
}

/** What `computePasswordClaim` needs: the ephemeral and the PASSWORD_VERIFIER challenge's parameters. */
export interface PasswordClaimInput {
  readonly ephemeral: SrpEphemeral;
  /** The user pool id, e.g. `us-east-1_AbCdEfGhI`; its part after `_` is the pool name. */
  readonly userPoolId: string;
  /** The challenge's `USER_ID_FOR_SRP` (the internal username, §4.6), not the typed one. */
  readonly userIdForSrp: string;
  readonly password: string;
  /** The challenge's `SALT` (hex). */
  readonly salt: string;
  /** The challenge's `SRP_B` (hex). */
  readonly srpB: string;
  /** The challenge's `SECRET_BLOCK` (base64), echoed back unchanged. */
  readonly secretBlock: string;
  /** The moment to sign; becomes `TIMESTAMP`. Pass `new Date()` (Cognito allows little skew). */
  readonly now: Date;
}

/** What `computeDeviceClaim` needs: the ephemeral, the stored device and the DEVICE_PASSWORD_VERIFIER parameters. */
export interface DeviceClaimInput {
  readonly ephemeral: SrpEphemeral;
  readonly deviceGroupKey: string;
  readonly deviceKey: string;
  /** The device password stored when the device was confirmed (`createDeviceVerifier`). */
  readonly devicePassword: string;
  readonly salt: string;
  readonly srpB: string;
  readonly secretBlock: string;
  readonly now: Date;
}

/**
 * The pool name (§4.3 step 3) via the protocol layer's `userPoolName`, so that the flow, the
 * emulator and SRP read it the same way: the part after `_` (`us-east-1_AbCdEfGhI` →
 * `AbCdEfGhI`, as the classic SDK and Amplify read every real pool id).
 */
function userPoolNameOf(userPoolId: string): string {
  const name = userPoolName(userPoolId);
  if (!name) {
    throw new ProtocolError("InvalidUserPoolId", "The user pool id must look like <region>_<id>");
  }
  return name;
}

function parseHexParameter(value: string, name: "SALT" | "SRP_B"): bigint {
  try {
    return hexToBigInt(value);
  } catch (cause) {
    throw new ProtocolError("InvalidHex", `${name} is not a hex string`, cause);
  }
}

function parseSecretBlock(value: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = base64ToBytes(value);
  } catch (cause) {
    throw new ProtocolError("InvalidBase64", "SECRET_BLOCK is not base64", cause);
  }
  if (bytes.length === 0) throw new ProtocolError("InvalidBase64", "SECRET_BLOCK is empty");
  return bytes;
}

function requireText(value: string, reason: string, message: string): void {
  if (value.length === 0) throw new ProtocolError(reason, message);
}

interface ClaimParts {
  readonly ephemeral: SrpEphemeral;
  /** Pool name (user SRP) or DeviceGroupKey (device SRP). */
  readonly group: string;
  /** USER_ID_FOR_SRP (user SRP) or DeviceKey (device SRP). */
  readonly identity: string;
  readonly password: string;
  readonly salt: string;
  readonly srpB: string;
  readonly secretBlock: string;
  readonly now: Date;
}

/** §4.3 steps 1-8, shared by user and device SRP (§5 step 5 only swaps the three names). */
async function computeClaim(parts: ClaimParts): Promise<PasswordClaim> {
  const B = parseHexParameter(parts.srpB, "SRP_B");
  const salt = parseHexParameter(parts.salt, "SALT");
  const secretBlockBytes = parseSecretBlock(parts.secretBlock);
  const timestamp = formatTimestamp(parts.now);
  if (B % SRP_N === 0n) throw new ProtocolError("SrpUnsafeB", "SRP_B is 0 modulo N");

  const { a, A } = parts.ephemeral;
  const [u, x, k] = await Promise.all([
    computeU(A, B),
    computeX(salt, parts.group, parts.identity, parts.password),
    srpK(),
  ]);
  if (u === 0n) throw new ProtocolError("SrpUnsafeU", "The SRP scrambler u is 0");
  const S = computeClientS({ a, B, k, u, x });
  const key = await computeHkdfKey(u, S);
  const signature = await hmacSha256(
    key,
    utf8(parts.group),
    utf8(parts.identity),
    secretBlockBytes,
    utf8(timestamp),
  );
  return Object.freeze({
    secretBlock: parts.secretBlock,
    signature: bytesToBase64(signature),
    timestamp,
  });
}

/**
 * The PASSWORD_VERIFIER answer (§3.1, §4.3): `PASSWORD_CLAIM_SECRET_BLOCK`,
 * `PASSWORD_CLAIM_SIGNATURE` and `TIMESTAMP`. Rejects with a `ProtocolError` whose `reason` is
 * `InvalidHex` (SALT or SRP_B), `InvalidBase64` (SECRET_BLOCK), `SrpUnsafeB` (B mod N = 0),
 * `SrpUnsafeU` (u = 0), `InvalidUserPoolId`, `MissingUserIdForSrp` or `InvalidTimestamp`. No
 * message ever holds the password or a derived secret.
 */
export async function computePasswordClaim(input: PasswordClaimInput): Promise<PasswordClaim> {
  requireText(input.userIdForSrp, "MissingUserIdForSrp", "USER_ID_FOR_SRP is empty");
  return computeClaim({
    ephemeral: input.ephemeral,
    group: userPoolNameOf(input.userPoolId),
    identity: input.userIdForSrp,
    password: input.password,
    salt: input.salt,
    srpB: input.srpB,
    secretBlock: input.secretBlock,
    now: input.now,
  });
}

/**
 * The DEVICE_PASSWORD_VERIFIER answer (§3.13, §5 step 5): the same SRP as
 * `computePasswordClaim` with the pool name replaced by the DeviceGroupKey, the user id by the
 * DeviceKey and the password by the device password. `USERNAME` in the response stays the
 * user's internal username. Rejects like `computePasswordClaim` (`MissingDeviceKey` instead of
 * the pool and user checks).
 */
export async function computeDeviceClaim(input: DeviceClaimInput): Promise<PasswordClaim> {
  requireText(input.deviceGroupKey, "MissingDeviceKey", "The DeviceGroupKey is empty");
  requireText(input.deviceKey, "MissingDeviceKey", "The DeviceKey is empty");
  return computeClaim({
    ephemeral: input.ephemeral,
    group: input.deviceGroupKey,
    identity: input.deviceKey,
    password: input.devicePassword,
    salt: input.salt,
    srpB: input.srpB,
    secretBlock: input.secretBlock,
    now: input.now,
  });
}
