// @vitest-environment node
import { createHash, hkdfSync } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ChallengeError } from "../../../src/core/errors/challenge-error";
import { createFixedBaseComb } from "../../../src/core/srp/fixed-base";
import {
  bitLength,
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
} from "../../../src/core/srp/srp-math";
import { bytesToHex } from "../../../src/core/util/encoding";
import { classicPadHex } from "./classic-srp";

/** The textbook right-to-left square-and-multiply: the reference the fast paths must match. */
function plainModPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n % modulus;
  let b = ((base % modulus) + modulus) % modulus;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
    e >>= 1n;
  }
  return result;
}

const bigIntBits = (bits: number) => fc.bigInt({ min: 0n, max: (1n << BigInt(bits)) - 1n });
/** Integers below 2^bits with a random bit length, so short and long values are equally likely. */
const anyLength = (bits: number) =>
  fc.integer({ min: 1, max: bits }).chain((length) => bigIntBits(length));

function expectProtocolError(action: () => unknown, reason: string): void {
  expect(action).toThrow(ChallengeError);
  expect(action).toThrow(expect.objectContaining({ code: "ProtocolError", reason }));
}

describe("the group", () => {
  it("N is the 3072-bit RFC 3526 prime as documented, g = 2", () => {
    const hex = SRP_N.toString(16);
    expect(hex).toHaveLength(768);
    expect(hex.startsWith("ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74")).toBe(
      true,
    );
    expect(hex.endsWith("43db5bfce0fd108e4b82d120a93ad2caffffffffffffffff")).toBe(true);
    // All of it, as printed in RFC 3526 §4 (N is computed from its π formula).
    expect(SRP_N).toBe(
      BigInt(
        "0xFFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD" +
          "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED" +
          "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F" +
          "83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B" +
          "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510" +
          "15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7" +
          "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C" +
          "BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF",
      ),
    );
    expect(SRP_G).toBe(2n);
    // N ≡ 7 (mod 8), so 2 is a quadratic residue: g generates the subgroup of prime order (N−1)/2.
    expect(SRP_N % 8n).toBe(7n);
    expect(modPow(SRP_G, (SRP_N - 1n) / 2n, SRP_N)).toBe(1n);
  });

  it("k = SHA-256(0x00 ‖ N ‖ 0x02) = the documented constant", async () => {
    const expected = createHash("sha256")
      .update(Buffer.from(`00${SRP_N.toString(16)}02`, "hex"))
      .digest("hex");
    expect(expected).toBe("538282c4354742d7cbbde2359fcf67f9f5b3a6b08791e5011b43b8a5b66d9ee6");
    expect((await srpK()).toString(16)).toBe(expected);
    expect(await srpK()).toBe(await srpK());
  });
});

describe("modPow", () => {
  it("matches square-and-multiply on random moduli, bases (negative too) and exponents", () => {
    fc.assert(
      fc.property(
        anyLength(256).map((m) => m + 1n),
        fc.bigInt({ min: -(1n << 300n), max: 1n << 300n }),
        anyLength(600),
        (modulus, base, exponent) => {
          const result = modPow(base, exponent, modulus);
          expect(result).toBe(plainModPow(base, exponent, modulus));
          expect(result >= 0n && result < modulus).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("matches square-and-multiply modulo N for every window width (exponents of 1-1100 bits)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -SRP_N, max: 2n * SRP_N }),
        // Around each window-width threshold (17/18, 47/48, 143/144, 767/768 bits) and beyond.
        fc
          .constantFrom(1, 2, 17, 18, 47, 48, 143, 144, 767, 768, 1024, 1100)
          .chain((bits) =>
            fc.bigInt({ min: 1n << BigInt(bits - 1), max: (1n << BigInt(bits)) - 1n }),
          ),
        (base, exponent) => {
          expect(modPow(base, exponent, SRP_N)).toBe(plainModPow(base, exponent, SRP_N));
        },
      ),
      { numRuns: 40 },
    );
  });

  it("matches square-and-multiply for g mod N (the comb) on exponents of every length up to 1024 bits and past it", () => {
    const edges = [
      0n,
      1n,
      2n,
      255n,
      1n << 127n,
      1n << 128n,
      (1n << 1023n) + 1n,
      (1n << 1024n) - 1n,
      1n << 1024n,
    ];
    for (const exponent of edges) {
      expect(modPow(SRP_G, exponent, SRP_N)).toBe(plainModPow(SRP_G, exponent, SRP_N));
    }
    fc.assert(
      fc.property(anyLength(1030), (exponent) => {
        expect(modPow(SRP_G, exponent, SRP_N)).toBe(plainModPow(SRP_G, exponent, SRP_N));
      }),
      { numRuns: 40 },
    );
  });

  it("handles the trivial cases", () => {
    expect(modPow(5n, 0n, 7n)).toBe(1n);
    expect(modPow(0n, 0n, 7n)).toBe(1n);
    expect(modPow(5n, 3n, 1n)).toBe(0n);
    expect(modPow(0n, 5n, 7n)).toBe(0n);
    expect(modPow(7n, 5n, 7n)).toBe(0n);
    expect(modPow(-1n, 3n, SRP_N)).toBe(SRP_N - 1n);
    expect(modPow(SRP_N + 2n, 10n, SRP_N)).toBe(1024n);
  });

  it("refuses a non-positive modulus or a negative exponent with a ProtocolError", () => {
    expectProtocolError(() => modPow(2n, 3n, 0n), "SrpInvalidArgument");
    expectProtocolError(() => modPow(2n, 3n, -7n), "SrpInvalidArgument");
    expectProtocolError(() => modPow(2n, -1n, 7n), "SrpInvalidArgument");
  });
});

describe("createFixedBaseComb", () => {
  it("matches square-and-multiply for random bases, moduli, row counts and exponents", () => {
    const combCase = fc
      .record({
        modulus: anyLength(128).map((m) => m + 2n),
        rawBase: bigIntBits(160),
        maxBits: fc.integer({ min: 1, max: 300 }),
        rows: fc.integer({ min: 1, max: 8 }),
      })
      .chain((input) =>
        fc
          .array(fc.integer({ min: 1, max: input.maxBits }).chain(bigIntBits), { maxLength: 6 })
          .map((exponents) => ({ ...input, exponents })),
      );
    fc.assert(
      fc.property(combCase, ({ modulus, rawBase, maxBits, rows, exponents }) => {
        const base = rawBase % modulus;
        const comb = createFixedBaseComb(base, modulus, maxBits, rows);
        expect(comb.limit >= 1n << BigInt(maxBits)).toBe(true);
        for (const exponent of [0n, 1n, comb.limit - 1n, ...exponents]) {
          expect(comb.pow(exponent)).toBe(plainModPow(base, exponent, modulus));
        }
        expect(() => comb.pow(comb.limit)).toThrow(RangeError);
        expect(() => comb.pow(-1n)).toThrow(RangeError);
      }),
      { numRuns: 300 },
    );
  });
});

describe("padHex (Java BigInteger.toByteArray)", () => {
  it("encodes the edge cases", () => {
    expect(padHex(0n)).toBe("00");
    expect(padHex(1n)).toBe("01");
    expect(padHex(0x7fn)).toBe("7f");
    expect(padHex(0x80n)).toBe("0080");
    expect(padHex(0xffn)).toBe("00ff");
    expect(padHex(0x100n)).toBe("0100");
    expect(padHex(0xabcn)).toBe("0abc");
    expect(padHex(0x8000n)).toBe("008000");
    // Leading zero bytes of the source vanish: 00 00 0a → "0a".
    expect(padHex(bytesToBigInt(Uint8Array.of(0, 0, 0x0a)))).toBe("0a");
    expect(padHex(bytesToBigInt(Uint8Array.of(0, 0x90, 1)))).toBe("009001");
    expect(padHex(SRP_N)).toBe(`00${SRP_N.toString(16)}`);
  });

  it("encodes negative values in two's complement (the classic SDK's examples)", () => {
    expect(padHex(-1n)).toBe("ff");
    expect(padHex(-20n)).toBe("ec");
    expect(padHex(-56n)).toBe("c8");
    expect(padHex(-128n)).toBe("80");
    expect(padHex(-129n)).toBe("ff7f");
    expect(padHex(-200n)).toBe("ff38");
    expect(padHex(-236n)).toBe("ff14");
    expect(padHex(-256n)).toBe("ff00");
    expect(padHex(-32768n)).toBe("8000");
    expect(padHex(-32769n)).toBe("ff7fff");
  });

  it("is the minimal two's complement encoding of every integer", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(1n << 3100n), max: 1n << 3100n }), (value) => {
        const hex = padHex(value);
        expect(hex).toMatch(/^(?:[0-9a-f]{2})+$/);
        const unsigned = BigInt(`0x${hex}`);
        const signed =
          hex.charCodeAt(0) >= 0x38 ? unsigned - (1n << BigInt(hex.length * 4)) : unsigned;
        expect(signed).toBe(value);
        // Minimal: the first byte is not a redundant sign byte.
        if (hex.length > 2) {
          const second = Number.parseInt(hex.slice(2, 4), 16);
          expect(hex.startsWith("00") && second < 0x80).toBe(false);
          expect(hex.startsWith("ff") && second >= 0x80).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("matches the classic SDK's padHex, negative values included", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(1n << 3100n), max: 1n << 3100n }), (value) => {
        expect(padHex(value)).toBe(classicPadHex(value));
      }),
      { numRuns: 300 },
    );
  });
});

describe("hex and hashing helpers", () => {
  it("hexToBigInt reads hex in any case and refuses anything else", () => {
    expect(hexToBigInt("0aF")).toBe(0xafn);
    expect(hexToBigInt("00")).toBe(0n);
    for (const bad of ["", "0x12", "12 ", "g1", "-1", "１２"]) {
      expectProtocolError(() => hexToBigInt(bad), "InvalidHex");
    }
  });

  it("bitLength and bytesToBigInt", () => {
    expect(bitLength(0n)).toBe(0);
    expect(bitLength(1n)).toBe(1);
    expect(bitLength(SRP_N)).toBe(3072);
    expect(bytesToBigInt(new Uint8Array())).toBe(0n);
    expect(bytesToBigInt(Uint8Array.of(0, 1, 0))).toBe(256n);
  });

  it("hexHash hashes the bytes, hashUtf8Hex the UTF-8 text (checked against node:crypto)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 500 }),
        fc.string({ unit: "grapheme" }),
        async (bytes, text) => {
          const hex = Buffer.from(bytes).toString("hex");
          expect(await hexHash(hex)).toBe(createHash("sha256").update(bytes).digest("hex"));
          expect(await hexHash(hex.toUpperCase())).toBe(
            createHash("sha256").update(bytes).digest("hex"),
          );
          expect(await hashUtf8Hex(text)).toBe(
            createHash("sha256").update(text, "utf8").digest("hex"),
          );
        },
      ),
      { numRuns: 100 },
    );
    // An odd length reads with a leading 0 nibble.
    expect(await hexHash("abc")).toBe(
      createHash("sha256").update(Buffer.from("0abc", "hex")).digest("hex"),
    );
    await expect(hexHash("xyz")).rejects.toMatchObject({
      code: "ProtocolError",
      reason: "InvalidHex",
    });
  });

  it("computeHkdfKey is RFC 5869 HKDF-SHA256 (salt = padHex(u), ikm = padHex(S), info = 'Caldera Derived Key'), 16 bytes", async () => {
    await fc.assert(
      fc.asyncProperty(anyLength(256), anyLength(3072), async (u, S) => {
        const expected = hkdfSync(
          "sha256",
          Buffer.from(padHex(S), "hex"),
          Buffer.from(padHex(u), "hex"),
          Buffer.from("Caldera Derived Key"),
          16,
        );
        expect(bytesToHex(await computeHkdfKey(u, S))).toBe(Buffer.from(expected).toString("hex"));
      }),
      { numRuns: 100 },
    );
  });
});
