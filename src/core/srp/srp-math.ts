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
 */
export const SRP_N: bigint = BigInt(
  "0xFFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD" +
    "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED" +
    "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F" +
    "83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B" +
    "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510" +
    "15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7" +
    "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C" +
    "BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF",
);

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

function invalidArgument(message: string): ProtocolError {
  return new ProtocolError("SrpInvalidArgument", message);
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
 * fixed-base comb (`fixed-base.ts`); everything else uses left-to-right sliding-window
 * exponentiation, 1-6 bit windows chosen by exponent length.
 */
export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  if (modulus <= 0n) throw invalidArgument("modPow needs a positive modulus");
  if (exponent < 0n) throw invalidArgument("modPow needs a non-negative exponent");
  if (modulus === 1n) return 0n;
  let b = base % modulus;
  if (b < 0n) b += modulus;
  if (exponent === 0n) return 1n;
  if (b <= 1n) return b;
  if (b === SRP_G && modulus === SRP_N && exponent >> BigInt(COMB_BITS) === 0n) {
    return generatorPow(exponent);
  }
  return slidingWindowPow(b, exponent, modulus);
}

function windowBits(exponentBits: number): number {
  // The same break-even points as HAC 14.85 implementations use: a bigger window saves
  // multiplications but costs 2^(w-1) of them up front.
  if (exponentBits < 18) return 1;
  if (exponentBits < 48) return 3;
  if (exponentBits < 144) return 4;
  if (exponentBits < 768) return 5;
  return 6;
}

/** Left-to-right sliding-window exponentiation (HAC algorithm 14.85). `base` in [2, modulus). */
function slidingWindowPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  const bits = exponent.toString(2);
  const width = windowBits(bits.length);
  // odd[i] = base^(2i+1): the only window values a sliding window can end on.
  const odd: bigint[] = [base];
  if (width > 1) {
    const square = (base * base) % modulus;
    for (let i = 1; i < 1 << (width - 1); i++)
      odd.push(((odd[i - 1] as bigint) * square) % modulus);
  }
  let result = 1n;
  let started = false;
  let i = 0;
  while (i < bits.length) {
    if (bits.charCodeAt(i) === 48 /* "0" */) {
      if (started) result = (result * result) % modulus;
      i++;
      continue;
    }
    // Longest window of at most `width` bits starting at i that ends on a 1 bit.
    let end = Math.min(i + width, bits.length) - 1;
    while (bits.charCodeAt(end) === 48) end--;
    const value = Number.parseInt(bits.slice(i, end + 1), 2);
    const power = odd[value >> 1] as bigint;
    if (started) {
      for (let k = i; k <= end; k++) result = (result * result) % modulus;
      result = (result * power) % modulus;
    } else {
      result = power;
      started = true;
    }
    i = end + 1;
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
  if (!isHex(hex)) throw new ProtocolError("InvalidHex", "Expected a hex string");
  return BigInt(`0x${hex}`);
}

/** A non-negative integer from big-endian bytes (0 for no bytes). */
export function bytesToBigInt(bytes: Uint8Array): bigint {
  return bytes.length === 0 ? 0n : BigInt(`0x${bytesToHex(bytes)}`);
}

function hexBytes(hex: string): Uint8Array {
  try {
    return hexToBytes(hex);
  } catch (cause) {
    throw new ProtocolError("InvalidHex", "Expected a hex string", cause);
  }
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
