/**
 * The number theory and encodings of Cognito's SRP-6a (protocol reference §4.1), shared by the
 * client (`srp-client.ts`, `device-verifier.ts`) and the emulator's server side. Native `BigInt`
 * and WebCrypto only; no big-number library.
 */
import { ProtocolError } from "../errors/challenge-error";
import { hmacSha256, sha256 } from "../util/crypto";
import { bytesToHex, hexToBytes, isHex, utf8 } from "../util/encoding";
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
export const SRP_N: bigint = /* @__PURE__ */ rfc3526Prime();

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
let generatorComb: FixedBaseComb | undefined;

/** The SRP safety and argument checks: a `ProtocolError` with `reason` as its message unless `ok`. */
export function check(ok: unknown, reason: string): void {
  if (!ok) throw new ProtocolError(reason);
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
  check(modulus > 0n && exponent >= 0n, "SrpInvalidArgument");
  const b = ((base % modulus) + modulus) % modulus;
  if (b === SRP_G && modulus === SRP_N && exponent >> 1024n === 0n) {
    generatorComb ??= createFixedBaseComb(SRP_G, SRP_N, 1024, 8);
    return generatorComb.pow(exponent);
  }
  return windowPow(b, exponent, modulus);
}

/**
 * Fixed-window (2^5-ary) exponentiation (HAC algorithm 14.82): the exponent read 5 bits at a time,
 * each window one table lookup. For SRP's 1100-bit exponents that is as fast as a sliding window
 * (about 1100 squarings and 220 multiplications, against 1650 for square-and-multiply), in far
 * less code. The windows are the digits of the exponent in base 32, most significant first.
 * Exponent 0, base 0 or 1 and modulus 1 need no special case: the result starts at 1 and every
 * step reduces it.
 */
function windowPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  // powers[i] = base^i for the 32 values a window can take.
  const powers = [1n];
  for (let i = 1; i < 32; i++) powers[i] = ((powers[i - 1] as bigint) * base) % modulus;
  let result = 1n;
  for (const digit of exponent.toString(32)) {
    for (let k = 0; k < 5; k++) result = (result * result) % modulus;
    result = (result * (powers[Number.parseInt(digit, 32)] as bigint)) % modulus;
  }
  return result;
}

/**
 * Hex of an integer as Java's `BigInteger.toByteArray()` encodes it (§4.1): the fewest
 * two's-complement bytes that keep the sign bit, lowercase. Non-negative values get a `00` byte
 * in front when their top bit is set (200 → `"00c8"`, 0 → `"00"`); negative values are two's
 * complement (−1 → `"ff"`, −128 → `"80"`, −129 → `"ff7f"`). It does **not** pad to the length of
 * N: leading zero bytes disappear, which is why S, u or a salt can be shorter than expected.
 */
export function padHex(value: bigint): string {
  // Two's complement of v < 0 is the bitwise complement of ~v = −v − 1 ≥ 0, whose encoding has
  // the same length and a clear top bit: complement each hex digit of padHex(~v).
  if (value < 0n) {
    return padHex(~value).replace(/./g, (digit) => (15 - Number.parseInt(digit, 16)).toString(16));
  }
  const hex = value.toString(16);
  return (hex.length % 2 ? "0" : /^[89a-f]/.test(hex) ? "00" : "") + hex;
}

/**
 * Parses hex (any case, no prefix) as a non-negative integer. Throws a `ProtocolError` with reason
 * `InvalidHex` for an empty or non-hex string.
 */
export function hexToBigInt(hex: string): bigint {
  check(isHex(hex), "InvalidHex");
  return BigInt(`0x${hex}`);
}

/** A non-negative integer from big-endian bytes (0 for no bytes). */
export function bytesToBigInt(bytes: Uint8Array): bigint {
  return BigInt(`0x0${bytesToHex(bytes)}`);
}

/** The bytes of `padHex(value)`: what every SRP hash, the HKDF and the device verifier read (§4.1). */
export function padBytes(value: bigint): Uint8Array {
  return hexToBytes(padHex(value));
}

/** SHA-256 of the concatenated parts, read as an integer: §4.1's `hexHash` followed by a parse. */
async function hashInt(...parts: readonly Uint8Array[]): Promise<bigint> {
  return bytesToBigInt(await sha256(...parts));
}

/**
 * `hexHash(h)` of §4.1: SHA-256 of the bytes that the hex string `h` decodes to, as 64 lowercase
 * hex digits. Callers pass even-length hex (`padHex` output); an odd length is read with a
 * leading 0. Throws a `ProtocolError` (`InvalidHex`) for non-hex input. (The client hashes bytes
 * directly; this is the emulator's and the tests' view of the same hash.)
 */
export async function hexHash(hex: string): Promise<string> {
  if (hex) hexToBigInt(hex);
  return bytesToHex(await sha256(hexToBytes(hex)));
}

/** SHA-256 of the UTF-8 bytes of `text`, as 64 lowercase hex digits (§4.1: strings hash as UTF-8). */
export async function hashUtf8Hex(text: string): Promise<string> {
  return bytesToHex(await sha256(utf8(text)));
}

let kPromise: Promise<bigint> | undefined;

/**
 * SRP-6a's multiplier k = hexHash(padHex(N) ‖ padHex(g)) = SHA-256(0x00 ‖ N ‖ 0x02), computed once
 * per process. Equals `538282c4…b66d9ee6` (§4.1; checked by a test). A failure (no WebCrypto yet)
 * is not kept: the next call tries again.
 */
export function srpK(): Promise<bigint> {
  kPromise ??= hashInt(padBytes(SRP_N), padBytes(SRP_G)).catch((error: unknown) => {
    kPromise = undefined;
    throw error;
  });
  return kPromise;
}

/** u = hexHash(padHex(A) ‖ padHex(B)) (§4.3 step 2). The client must refuse u = 0. */
export function computeU(A: bigint, B: bigint): Promise<bigint> {
  return hashInt(padBytes(A), padBytes(B));
}

/**
 * x = hexHash(padHex(salt) ‖ hex(SHA-256(UTF-8(group ‖ identity ‖ ":" ‖ password)))) (§4.3 steps
 * 4-5). For user SRP `group` is the pool name and `identity` the USER_ID_FOR_SRP; for devices
 * they are the DeviceGroupKey and the DeviceKey (§5). No separator between group and identity;
 * the salt goes through padHex, so leading 00 bytes vanish and a top bit gets a 00 byte. The
 * inner hash's hex, decoded again, is its 32 bytes: they are hashed as they are.
 */
export async function computeX(
  salt: bigint,
  group: string,
  identity: string,
  password: string,
): Promise<bigint> {
  return hashInt(padBytes(salt), await sha256(utf8(`${group}${identity}:${password}`)));
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

/**
 * The one-block HKDF-SHA256 of §4.3 step 7 that turns (u, S) into the 16-byte signing key:
 * PRK = HMAC(key = bytes(padHex(u)), msg = bytes(padHex(S))); OKM = HMAC(PRK, "Caldera Derived
 * Key" ‖ 0x01); key = OKM[0..16).
 */
export async function computeHkdfKey(u: bigint, S: bigint): Promise<Uint8Array> {
  const prk = await hmacSha256(padBytes(u), padBytes(S));
  return (await hmacSha256(prk, utf8("Caldera Derived Key\x01"))).slice(0, 16);
}
