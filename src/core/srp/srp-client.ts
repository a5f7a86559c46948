/**
 * The client side of Cognito's SRP-6a (protocol reference §4): the ephemeral key pair sent as
 * SRP_A, and the PASSWORD_VERIFIER / DEVICE_PASSWORD_VERIFIER claims.
 */
import type { PasswordClaim } from "../protocol/challenge-response.types";
import { userPoolName } from "../protocol/user-pool";
import { hmacSha256, randomBytes } from "../util/crypto";
import { bytesToBase64, decodeBase64, utf8 } from "../util/encoding";
import {
  bytesToBigInt,
  check,
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
  const A = a > 0n ? modPow(SRP_G, a, SRP_N) : 0n;
  // §4.2/§4.4: A mod N = 0 would make the proof worthless. It cannot happen for a prime N, but
  // the check is cheap and it is what the protocol requires.
  check(A % SRP_N, "SrpUnsafeA");
  return Object.freeze({ a, A, srpA: A.toString(16) });
}

/**
 * `createSrpEphemeral` with an injectable random source (internal seam for tests). Draws again
 * when the random source gives an unusable `a` (a real one needs exactly one draw), up to 8 times.
 * @internal
 */
export function createSrpEphemeralWith(random: (length: number) => Uint8Array): SrpEphemeral {
  for (let attempt = 1; ; attempt++) {
    // §4.2: a = 128 random bytes as a positive integer (1024 bits), not reduced mod N.
    const a = bytesToBigInt(random(128));
    try {
      return createSrpEphemeralFrom(a);
    } catch (error) {
      if (attempt === 8) throw error;
    }
  }
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
 * §4.3 steps 1-8, shared by user and device SRP (§5 step 5 only swaps the three names): `group`
 * is the pool name or the DeviceGroupKey, `identity` the USER_ID_FOR_SRP or the DeviceKey,
 * `password` the user's or the device's.
 */
async function computeClaim(
  input: PasswordClaimInput | DeviceClaimInput,
  group: string,
  identity: string,
  password: string,
): Promise<PasswordClaim> {
  // hexToBigInt refuses non-hex SRP_B and SALT (`InvalidHex`).
  const B = hexToBigInt(input.srpB);
  const salt = hexToBigInt(input.salt);
  const secretBlock = decodeBase64(input.secretBlock);
  check(secretBlock?.length, "InvalidBase64");
  const timestamp = formatTimestamp(input.now);
  check(B % SRP_N, "SrpUnsafeB");

  const { a, A } = input.ephemeral;
  const [u, x, k] = await Promise.all([
    computeU(A, B),
    computeX(salt, group, identity, password),
    srpK(),
  ]);
  check(u, "SrpUnsafeU");
  const key = await computeHkdfKey(u, computeClientS({ a, B, k, u, x }));
  // group ‖ identity ‖ secret block ‖ timestamp; group and identity are one string, as in x.
  const signature = await hmacSha256(
    key,
    utf8(group + identity),
    secretBlock as Uint8Array,
    utf8(timestamp),
  );
  return Object.freeze({
    secretBlock: input.secretBlock,
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
  check(input.userIdForSrp, "MissingUserIdForSrp");
  // The pool name (§4.3 step 3) as the protocol layer reads it, so the flow, the emulator and SRP
  // agree: the part after `_` (`us-east-1_AbCdEfGhI` → `AbCdEfGhI`).
  const group = userPoolName(input.userPoolId);
  check(group, "InvalidUserPoolId");
  return computeClaim(input, group, input.userIdForSrp, input.password);
}

/**
 * The DEVICE_PASSWORD_VERIFIER answer (§3.13, §5 step 5): the same SRP as
 * `computePasswordClaim` with the pool name replaced by the DeviceGroupKey, the user id by the
 * DeviceKey and the password by the device password. `USERNAME` in the response stays the
 * user's internal username. Rejects like `computePasswordClaim` (`MissingDeviceKey` instead of
 * the pool and user checks).
 */
export async function computeDeviceClaim(input: DeviceClaimInput): Promise<PasswordClaim> {
  check(input.deviceGroupKey && input.deviceKey, "MissingDeviceKey");
  return computeClaim(input, input.deviceGroupKey, input.deviceKey, input.devicePassword);
}
