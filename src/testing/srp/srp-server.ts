/**
 * The server half of Cognito's SRP-6a (protocol reference §4): the verifier stored when a password
 * (or a device password) is set, B for the PASSWORD_VERIFIER challenge, and the check of the
 * client's PASSWORD_CLAIM_SIGNATURE. The group maths comes from `core/srp/srp-math.ts`; the
 * password itself is hashed once and never kept.
 */
import {
  bytesToBigInt,
  computeHkdfKey,
  hashUtf8Hex,
  hexHash,
  hexToBigInt,
  modPow,
  padHex,
  SRP_G,
  SRP_N,
  srpK,
} from "../../core/srp/srp-math";
import { hmacSha256, randomBytes } from "../../core/util/crypto";
import { utf8 } from "../../core/util/encoding";

/** What the pool keeps instead of a password: a salt (padHex'd hex) and v = g^x mod N. */
export interface SrpVerifier {
  readonly salt: string;
  readonly verifier: bigint;
}

/**
 * x = hexHash(padHex(SALT) ‖ hex(SHA-256(UTF-8(realm ‖ id ‖ ":" ‖ password)))) (§4.3 step 5; §5
 * step 2). For a user the realm is the pool name and the id the internal username; for a device
 * they are the DeviceGroupKey and the DeviceKey.
 */
async function computeX(
  salt: string,
  realm: string,
  id: string,
  password: string,
): Promise<bigint> {
  const inner = await hashUtf8Hex(`${realm}${id}:${password}`);
  return hexToBigInt(await hexHash(padHex(hexToBigInt(salt)) + inner));
}

/** A fresh verifier with a random 16-byte salt (or the given salt hex). */
export async function createVerifier(
  realm: string,
  id: string,
  password: string,
  salt?: string,
): Promise<SrpVerifier> {
  const saltHex = salt ?? padHex(bytesToBigInt(randomBytes(16)) || 1n);
  const x = await computeX(saltHex, realm, id, password);
  return { salt: saltHex, verifier: modPow(SRP_G, x, SRP_N) };
}

/** Plaintext check for USER_PASSWORD_AUTH / PASSWORD: recompute v from the stored salt. */
export async function matchesVerifier(
  stored: SrpVerifier,
  realm: string,
  id: string,
  password: string,
): Promise<boolean> {
  const x = await computeX(stored.salt, realm, id, password);
  return modPow(SRP_G, x, SRP_N) === stored.verifier;
}

/** The server's ephemeral values for one PASSWORD_VERIFIER (or DEVICE_PASSWORD_VERIFIER). */
export interface SrpServerState {
  readonly A: bigint;
  readonly b: bigint;
  readonly B: bigint;
  readonly verifier: SrpVerifier;
}

/**
 * Parses SRP_A: lowercase or uppercase hex, and A mod N must not be 0 (a client sending A = 0 or
 * N would force S = 0). Returns undefined when unusable.
 */
export function parseSrpA(text: string | undefined): bigint | undefined {
  if (text === undefined || !/^[0-9a-fA-F]{1,1600}$/.test(text)) return undefined;
  const A = BigInt(`0x${text}`);
  return A % SRP_N === 0n ? undefined : A;
}

/** b (256 random bits) and B = (k·v + g^b) mod N; `b` can be given for test vectors. */
export async function startSrp(
  A: bigint,
  verifier: SrpVerifier,
  fixedB?: bigint,
): Promise<SrpServerState> {
  const k = await srpK();
  for (;;) {
    const b = fixedB ?? bytesToBigInt(randomBytes(32));
    const B = (k * verifier.verifier + modPow(SRP_G, b, SRP_N)) % SRP_N;
    if (b !== 0n && B !== 0n) return { A, b, B, verifier };
    if (fixedB !== undefined) throw new RangeError("unusable b");
  }
}

/** Constant-time comparison of two byte strings. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/**
 * Whether `signature` is HMAC(K, realm ‖ id ‖ secretBlock ‖ timestamp) with K the HKDF key of
 * S = (A·v^u)^b mod N (§4.3 steps 2, 6-8, seen from the server).
 */
export async function verifySrpSignature(
  state: SrpServerState,
  proof: {
    readonly realm: string;
    readonly id: string;
    readonly secretBlock: Uint8Array;
    readonly timestamp: string;
    readonly signature: Uint8Array;
  },
): Promise<boolean> {
  const u = hexToBigInt(await hexHash(padHex(state.A) + padHex(state.B)));
  if (u === 0n) return false;
  const base = (state.A * modPow(state.verifier.verifier, u, SRP_N)) % SRP_N;
  const S = modPow(base, state.b, SRP_N);
  const key = await computeHkdfKey(u, S);
  const expected = await hmacSha256(
    key,
    utf8(proof.realm),
    utf8(proof.id),
    proof.secretBlock,
    utf8(proof.timestamp),
  );
  return equalBytes(expected, proof.signature);
}
