/**
 * The number theory and encodings of Cognito's SRP-6a (protocol reference §4.1), shared by the
 * client (`srp-client.ts`, `device-verifier.ts`) and the emulator's server side. Native `BigInt`
 * and WebCrypto only; no big-number library.
 */
import { ProtocolError } from "../errors/challenge-error";
import { hmacSha256, sha256 } from "../util/crypto";
import { bytesToHex, concatBytes, hexToBytes, isHex, utf8 } from "../util/encoding";
import { createFixedBaseComb, type FixedBaseComb } from "./fixed-base";

/**
 * N: the 3072-bit MODP prime of RFC 3526 / RFC 5054, the group Cognito uses (§4.1). A safe prime,
 * so every non-zero residue has order q, 2q, 2 or 1 (q = (N − 1) / 2).
 *
 * Built from its definition in RFC 3526 §4, N = 2^3072 − 2^3008 − 1 + 2^64 · (⌊2^2942 · π⌋ +
 * 1690314), rather than written out: the 768 hex digits cost more than this code (they barely
 * compress). π comes from Machin's formula π = 16·atan(1/5) − 4·atan(1/239), in fixed point with
 * 32 guard bits; about 3 ms once, at load. A test compares N with the hex of RFC 3526, which
 * starts `FFFFFFFFFFFFFFFFC90FDAA22168C234…` and ends `…A93AD2CAFFFFFFFFFFFFFFFF`.
 */
export const SRP_N: bigint = rfc3526Prime();

function rfc3526Prime(): bigint {
  const one = 1n << 2974n;
  // atan(1/x) = 1/x − 1/(3x³) + 1/(5x⁵) − …, scaled by `one`.
  const atan = (x: bigint): bigint => {
    let sum = 0n;
    for (let k = 1n, power = one / x; power; k += 2n, power /= x * x) {
      sum += (k & 2n ? -power : power) / k;
    }
    return sum;
  };
  const pi = (16n * atan(5n) - 4n * atan(239n)) >> 32n;
  return (1n << 3072n) - (1n << 3008n) - 1n + ((pi + 1690314n) << 64n);
}

/** g = 2, the generator Cognito uses with N (§4.1). */
export const SRP_G: bigint = 2n;

/**
 * The comb for g mod N: exponents up to 1024 bits (a is 128 bytes, x is 256 bits) in 8 rows,
 * built on first use (≈ one plain exponentiation; 255 residues ≈ 100 kB) so that importing `core`
 * costs nothing.
 */
const COMB_BITS = 1024;
const COMB_ROWS = 8;
let generatorComb: FixedBaseComb | undefined;

function generatorPow(exponent: bigint): bigint {
  generatorComb ??= createFixedBaseComb(SRP_G, SRP_N, COMB_BITS, COMB_ROWS);
  return generatorComb.pow(exponent);
}

function invalidArgument(): ProtocolError {
  return new ProtocolError("SrpInvalidArgument", "SrpInvalidArgument");
}

/** Number of bits of a non-negative integer (0 for 0). */
export function bitLength(value: bigint): number {
  return value === 0n ? 0 : value.toString(2).length;
}

/**
 * `base^exponent mod modulus`, always in [0, modulus). A negative base is normalised first (SRP's
 * `B − k·g^x` usually is negative, §4.3 step 6); the exponent must be ≥ 0 and the modulus > 0,
 * otherwise it throws a `ProtocolError` with reason `SrpInvalidArgument`.
 *
 * Powers of the SRP generator modulo SRP_N with exponents up to 1024 bits (a, x) use a precomputed
 * fixed-base comb (`fixed-base.ts`); everything else uses fixed 5-bit windows (`windowPow`).
 */
export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  if (modulus <= 0n || exponent < 0n) throw invalidArgument();
  if (modulus === 1n) return 0n;
  let b = base % modulus;
  if (b < 0n) b += modulus;
  if (exponent === 0n) return 1n;
  if (b <= 1n) return b;
  if (b === SRP_G && modulus === SRP_N && exponent >> BigInt(COMB_BITS) === 0n) {
    return generatorPow(exponent);
  }
  return windowPow(b, exponent, modulus);
}

/**
 * Fixed-window (2^5-ary) exponentiation (HAC algorithm 14.82): the exponent read 5 bits at a time,
 * each window one table lookup. For SRP's 1100-bit exponents that is as fast as a sliding window
 * (about 1100 squarings and 220 multiplications, against 1650 for square-and-multiply), in far
 * less code. `base` in [2, modulus).
 */
function windowPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  // powers[i] = base^i for the 32 values a window can take.
  const powers = [1n];
  for (let i = 1; i < 32; i++) powers[i] = ((powers[i - 1] as bigint) * base) % modulus;
  const bits = exponent.toString(2);
  let result = 1n;
  for (const digits of bits.padStart(Math.ceil(bits.length / 5) * 5, "0").match(/.{5}/g) ?? []) {
    for (let k = 0; k < 5; k++) result = (result * result) % modulus;
    result = (result * (powers[Number.parseInt(digits, 2)] as bigint)) % modulus;
  }
  return result;
}

const MSB_SET = /^[89a-f]/;

/**
 * Hex of an integer as Java's `BigInteger.toByteArray()` encodes it (§4.1): the fewest
 * two's-complement bytes that keep the sign bit, lowercase. Non-negative values get a `00` byte
 * in front when their top bit is set (200 → `"00c8"`, 0 → `"00"`); negative values are two's
 * complement (−1 → `"ff"`, −128 → `"80"`, −129 → `"ff7f"`). It does **not** pad to the length of
 * N: leading zero bytes disappear, which is why S, u or a salt can be shorter than expected.
 */
export function padHex(value: bigint): string {
  if (value >= 0n) {
    const hex = value.toString(16);
    const even = hex.length % 2 === 0 ? hex : `0${hex}`;
    return MSB_SET.test(even) ? `00${even}` : even;
  }
  // The fewest bytes whose two's-complement range [−2^(8n−1), 2^(8n−1)) holds the value.
  const bytes = Math.floor(bitLength(-value - 1n) / 8) + 1;
  return ((1n << BigInt(bytes * 8)) + value).toString(16).padStart(bytes * 2, "0");
}

/**
 * Parses hex (any case, no prefix) as a non-negative integer. Throws a `ProtocolError` with reason
 * `InvalidHex` for an empty or non-hex string.
 */
export function hexToBigInt(hex: string): bigint {
  if (!isHex(hex)) throw new ProtocolError("InvalidHex", "InvalidHex");
  return BigInt(`0x${hex}`);
}

/** A non-negative integer from big-endian bytes (0 for no bytes). */
export function bytesToBigInt(bytes: Uint8Array): bigint {
  return bytes.length === 0 ? 0n : BigInt(`0x${bytesToHex(bytes)}`);
}

/** Hex (from `padHex`) to bytes; a `ProtocolError` (`InvalidHex`) for non-hex input. */
function hexBytes(hex: string): Uint8Array {
  if (hex) hexToBigInt(hex);
  return hexToBytes(hex);
}

/**
 * `hexHash(h)` of §4.1: SHA-256 of the bytes that the hex string `h` decodes to, as 64 lowercase
 * hex digits. Callers pass even-length hex (`padHex` output); an odd length is read with a
 * leading 0. Throws a `ProtocolError` (`InvalidHex`) for non-hex input.
 */
export async function hexHash(hex: string): Promise<string> {
  return bytesToHex(await sha256(hexBytes(hex)));
}

/** SHA-256 of the UTF-8 bytes of `text`, as 64 lowercase hex digits (§4.1: strings hash as UTF-8). */
export async function hashUtf8Hex(text: string): Promise<string> {
  return bytesToHex(await sha256(utf8(text)));
}

let kPromise: Promise<bigint> | undefined;

/**
 * SRP-6a's multiplier k = hexHash(padHex(N) ‖ padHex(g)) = SHA-256(0x00 ‖ N ‖ 0x02), computed once
 * per process. Equals `538282c4…b66d9ee6` (§4.1; checked by a test).
 */
export function srpK(): Promise<bigint> {
  if (!kPromise) {
    const pending = hexHash(padHex(SRP_N) + padHex(SRP_G)).then(hexToBigInt);
    // A failure (no WebCrypto yet) must not be cached forever.
    pending.catch(() => {
      if (kPromise === pending) kPromise = undefined;
    });
    kPromise = pending;
  }
  return kPromise;
}

/** u = hexHash(padHex(A) ‖ padHex(B)) (§4.3 step 2). The client must refuse u = 0. */
export async function computeU(A: bigint, B: bigint): Promise<bigint> {
  return hexToBigInt(await hexHash(padHex(A) + padHex(B)));
}

/**
 * x = hexHash(padHex(salt) ‖ hex(SHA-256(UTF-8(group ‖ identity ‖ ":" ‖ password)))) (§4.3 steps
 * 4-5). For user SRP `group` is the pool name and `identity` the USER_ID_FOR_SRP; for devices
 * they are the DeviceGroupKey and the DeviceKey (§5). No separator between group and identity;
 * the salt goes through padHex, so leading 00 bytes vanish and a top bit gets a 00 byte.
 */
export async function computeX(
  salt: bigint,
  group: string,
  identity: string,
  password: string,
): Promise<bigint> {
  const identityHash = await hashUtf8Hex(`${group}${identity}:${password}`);
  return hexToBigInt(await hexHash(padHex(salt) + identityHash));
}

/**
 * The client's premaster secret S = (B − k·g^x)^(a + u·x) mod N (§4.3 step 6). The base is
 * normalised into [0, N) first (it is usually negative); the exponent is not reduced.
 */
export function computeClientS(input: {
  readonly a: bigint;
  readonly B: bigint;
  readonly k: bigint;
  readonly u: bigint;
  readonly x: bigint;
}): bigint {
  const { a, B, k, u, x } = input;
  return modPow(B - k * modPow(SRP_G, x, SRP_N), a + u * x, SRP_N);
}

const HKDF_INFO = concatBytes(utf8("Caldera Derived Key"), Uint8Array.of(1));

/**
 * The one-block HKDF-SHA256 of §4.3 step 7 that turns (u, S) into the 16-byte signing key:
 * PRK = HMAC(key = bytes(padHex(u)), msg = bytes(padHex(S))); OKM = HMAC(PRK, "Caldera Derived
 * Key" ‖ 0x01); key = OKM[0..16).
 */
export async function computeHkdfKey(u: bigint, S: bigint): Promise<Uint8Array> {
  const prk = await hmacSha256(hexBytes(padHex(u)), hexBytes(padHex(S)));
  const okm = await hmacSha256(prk, HKDF_INFO);
  return okm.slice(0, 16);
}
