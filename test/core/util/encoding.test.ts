// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  base64ToBytes,
  bytesToBase64,
  bytesToBase64Url,
  bytesToHex,
  concatBytes,
  decodeBase64,
  hexToBytes,
  isHex,
} from "../../../src/core/util/encoding";

describe("encodings", () => {
  it("matches Node's base64, base64url and hex on random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const buffer = Buffer.from(bytes);
        expect(bytesToBase64(bytes)).toBe(buffer.toString("base64"));
        expect(bytesToBase64Url(bytes)).toBe(buffer.toString("base64url"));
        expect(bytesToHex(bytes)).toBe(buffer.toString("hex"));
        expect([...base64ToBytes(buffer.toString("base64"))]).toEqual([...bytes]);
        expect([...base64ToBytes(buffer.toString("base64url"))]).toEqual([...bytes]);
        expect([...hexToBytes(buffer.toString("hex"))]).toEqual([...bytes]);
      }),
      { numRuns: 500 },
    );
  });

  it("rejects what is not base64 or hex", () => {
    expect(() => base64ToBytes("ab$c")).toThrow(RangeError);
    expect(() => base64ToBytes("a")).toThrow(RangeError);
    expect(() => hexToBytes("zz")).toThrow(RangeError);
    expect(isHex("")).toBe(false);
    expect(isHex("0aF")).toBe(true);
  });

  it("decodeBase64 gives undefined where base64ToBytes throws", () => {
    for (const bad of ["ab$c", "a", "YW Jj", "YWJj\n"]) {
      expect(decodeBase64(bad)).toBeUndefined();
      expect(() => base64ToBytes(bad)).toThrow(RangeError);
    }
    expect([...(decodeBase64("AP-_") ?? [])]).toEqual([0x00, 0xff, 0xbf]);
    expect([...(decodeBase64("YQ==") ?? [])]).toEqual([0x61]);
    expect(decodeBase64("")).toEqual(new Uint8Array());
  });

  it("concatBytes copies the parts, in order, into one ArrayBuffer-backed array", () => {
    const shared = new Uint8Array(new SharedArrayBuffer(2));
    shared.set([7, 8]);
    const out = concatBytes(Uint8Array.of(1, 2), new Uint8Array(), shared);
    expect([...out]).toEqual([1, 2, 7, 8]);
    expect(out.buffer).toBeInstanceOf(ArrayBuffer);
    shared[0] = 9;
    expect(out[2]).toBe(7);
  });

  it("pads an odd-length hex string with a leading zero", () => {
    expect([...hexToBytes("abc")]).toEqual([0x0a, 0xbc]);
  });
});
