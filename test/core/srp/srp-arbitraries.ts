/**
 * fast-check generators for the SRP cross-checks: what a PASSWORD_VERIFIER or
 * DEVICE_PASSWORD_VERIFIER challenge can carry, plus the secret a. Biased towards the padding
 * edges of §4.1 (top bit set, leading zero bytes) and towards non-ASCII text.
 */
import fc from "fast-check";
import { SRP_N } from "../../../src/core/srp/srp-math";
import { bytesToBase64, bytesToHex } from "../../../src/core/util/encoding";

const REGIONS = ["us-east-1", "eu-west-2", "ap-southeast-2", "local"] as const;

export const userPoolIdArbitrary: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...REGIONS), fc.stringMatching(/^[0-9A-Za-z]{1,20}$/))
  .map(([region, id]) => `${region}_${id}`);

/** USER_ID_FOR_SRP: a UUID (alias pools) or any non-empty name, non-ASCII included. */
export const userIdArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.uuid(),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }),
  fc.string({ unit: "binary", minLength: 1, maxLength: 20 }),
);

export const passwordArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.string({ minLength: 1, maxLength: 64 }),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 32 }),
);

/** Random bytes with 0 to `maxLeadingZeros` leading zero bytes, then a random rest. */
function bytesWithLeadingZeros(length: number, maxLeadingZeros: number): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(
      fc.integer({ min: 0, max: maxLeadingZeros }),
      fc.uint8Array({ minLength: length, maxLength: length }),
      fc.boolean(),
    )
    .map(([zeros, bytes, topBit]) => {
      const out = bytes.slice();
      out.fill(0, 0, zeros);
      // Half the time force the top bit of the first non-zero byte (padHex adds 00 there).
      if (zeros < length && topBit) out[zeros] = (out[zeros] as number) | 0x80;
      return out;
    });
}

/**
 * The 128 bytes an SRP client draws for a. `minLeadingZeros` lets a cross-check trade full-size
 * secrets for speed on the classic side (its modPow time grows with the bit length of a).
 */
export function aBytesArbitrary(
  minLeadingZeros: number,
  maxLeadingZeros: number,
): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(
      fc.integer({ min: minLeadingZeros, max: maxLeadingZeros }),
      bytesWithLeadingZeros(128, 0),
    )
    .map(([zeros, bytes]) => {
      const out = bytes.slice();
      out.fill(0, 0, zeros);
      // Never zero: a = 0 is refused (and the classic SDK would never compute A).
      if (out.every((byte) => byte === 0)) out[127] = 1;
      return out;
    });
}

export interface ServerValues {
  /** SALT as Cognito sends it: hex, here sometimes upper case or with leading 00 bytes. */
  readonly salt: string;
  /** SRP_B: hex of a B with B mod N ≠ 0, sometimes ≥ N, sometimes short. */
  readonly srpB: string;
  /** SECRET_BLOCK: standard base64. */
  readonly secretBlock: string;
}

const saltArbitrary = fc
  .tuple(fc.integer({ min: 1, max: 32 }), fc.integer({ min: 0, max: 2 }), fc.boolean())
  .chain(([length, zeros, upper]) =>
    bytesWithLeadingZeros(length, Math.min(zeros, length - 1)).map((bytes) =>
      upper ? bytesToHex(bytes).toUpperCase() : bytesToHex(bytes),
    ),
  );

const bArbitrary = fc
  .oneof(
    { weight: 6, arbitrary: bytesWithLeadingZeros(384, 2) },
    { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 48 }) },
  )
  .map((bytes) => BigInt(`0x${bytesToHex(bytes) || "0"}`))
  .filter((B) => B % SRP_N !== 0n)
  .map((B) => B.toString(16));

export const serverValuesArbitrary: fc.Arbitrary<ServerValues> = fc.record({
  salt: saltArbitrary,
  srpB: bArbitrary,
  secretBlock: fc.uint8Array({ minLength: 1, maxLength: 1200 }).map(bytesToBase64),
});

/** A moment Cognito could be asked to sign (1970-2100, whole milliseconds). */
export const nowArbitrary: fc.Arbitrary<Date> = fc.date({
  min: new Date(Date.UTC(1970, 0, 1)),
  max: new Date(Date.UTC(2100, 11, 31, 23, 59, 59)),
  noInvalidDate: true,
});
