// @vitest-environment node
import { afterEach, describe, expect, it, vi } from "vitest";
import { computePasswordClaim, createSrpEphemeral } from "../../../src/core/srp/index";
import { createSrpEphemeralFrom, createSrpEphemeralWith } from "../../../src/core/srp/srp-client";
import {
  bytesToBigInt,
  computeX,
  modPow,
  padHex,
  SRP_G,
  SRP_N,
} from "../../../src/core/srp/srp-math";
import { bytesToBase64, bytesToHex, hexToBytes } from "../../../src/core/util/encoding";
import {
  claimInput,
  expectRejection,
  PASSWORD,
  SECRET_BLOCK,
  simulatedServer,
} from "./srp-test-helpers";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("createSrpEphemeral", () => {
  it("draws a 1024-bit a and sends A = g^a mod N as unpadded lowercase hex", async () => {
    const first = await createSrpEphemeral();
    const second = await createSrpEphemeral();
    for (const { a, A, srpA } of [first, second]) {
      expect(a > 0n && a < 1n << 1024n).toBe(true);
      expect(A).toBe(modPow(SRP_G, a, SRP_N));
      expect(srpA).toBe(A.toString(16));
      expect(srpA).toMatch(/^[1-9a-f][0-9a-f]*$/);
    }
    expect(first.a).not.toBe(second.a);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it("reads a from 128 random bytes without reducing it, and draws again when a is 0", () => {
    const bytes = Uint8Array.from({ length: 128 }, (_, i) => 255 - i);
    const draws: number[] = [];
    const ephemeral = createSrpEphemeralWith((length) => {
      draws.push(length);
      return draws.length === 1 ? new Uint8Array(length) : bytes;
    });
    expect(draws).toEqual([128, 128]);
    expect(ephemeral.a).toBe(BigInt(`0x${bytesToHex(bytes)}`));
  });

  it("gives up with SrpUnsafeA when the random source only ever gives zeros", () => {
    expect(() => createSrpEphemeralWith((length) => new Uint8Array(length))).toThrow(
      expect.objectContaining({ code: "ProtocolError", reason: "SrpUnsafeA" }),
    );
    expect(() => createSrpEphemeralFrom(0n)).toThrow(
      expect.objectContaining({ reason: "SrpUnsafeA" }),
    );
    expect(() => createSrpEphemeralFrom(-5n)).toThrow(
      expect.objectContaining({ reason: "SrpUnsafeA" }),
    );
  });
});

describe("computePasswordClaim", () => {
  it("produces the signature a user pool holding the verifier expects, with the TIMESTAMP it signed", async () => {
    const userPoolId = "us-east-1_AbCdEfGhI";
    const userIdForSrp = "alice";
    const salt = bytesToBigInt(crypto.getRandomValues(new Uint8Array(16)));
    const v = modPow(SRP_G, await computeX(salt, "AbCdEfGhI", userIdForSrp, PASSWORD), SRP_N);
    const server = await simulatedServer(v);
    const ephemeral = await createSrpEphemeral();
    const claim = await computePasswordClaim({
      ...claimInput(ephemeral),
      userPoolId,
      userIdForSrp,
      salt: salt.toString(16),
      srpB: server.srpB,
    });
    expect(claim.timestamp).toBe("Fri Jul 4 09:05:07 UTC 2025");
    expect(claim.secretBlock).toBe(SECRET_BLOCK);
    expect(claim.signature).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(claim.signature).toBe(
      await server.expectedSignature(ephemeral.A, "AbCdEfGhI", userIdForSrp, claim.timestamp),
    );

    const wrong = await computePasswordClaim({
      ...claimInput(ephemeral),
      userPoolId,
      userIdForSrp,
      password: `${PASSWORD}x`,
      salt: salt.toString(16),
      srpB: server.srpB,
    });
    expect(wrong.signature).not.toBe(claim.signature);
  });

  it("echoes a base64url SECRET_BLOCK unchanged and signs its bytes", async () => {
    const ephemeral = createSrpEphemeralFrom(0xabcdefn);
    const bytes = Uint8Array.from({ length: 64 }, (_, i) => (i * 37 + 250) % 256);
    const standard = bytesToBase64(bytes);
    const url = standard.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    expect(url).not.toBe(standard);
    const a = await computePasswordClaim(claimInput(ephemeral, { secretBlock: standard }));
    const b = await computePasswordClaim(claimInput(ephemeral, { secretBlock: url }));
    expect(b.secretBlock).toBe(url);
    expect(b.signature).toBe(a.signature);
  });

  it("signs with the pool name, the part of the user pool id after '_'", async () => {
    const ephemeral = createSrpEphemeralFrom(0x1234567n);
    const a = await computePasswordClaim(
      claimInput(ephemeral, { userPoolId: "us-east-1_PoolOne" }),
    );
    const b = await computePasswordClaim(
      claimInput(ephemeral, { userPoolId: "eu-west-1_PoolOne" }),
    );
    const c = await computePasswordClaim(
      claimInput(ephemeral, { userPoolId: "us-east-1_PoolTwo" }),
    );
    expect(b.signature).toBe(a.signature);
    expect(c.signature).not.toBe(a.signature);
  });

  it("refuses B ≡ 0 (mod N) before doing anything with the password (SrpUnsafeB)", async () => {
    const ephemeral = await createSrpEphemeral();
    for (const srpB of ["0", "00", SRP_N.toString(16), (2n * SRP_N).toString(16).toUpperCase()]) {
      await expectRejection(computePasswordClaim(claimInput(ephemeral, { srpB })), "SrpUnsafeB", [
        PASSWORD,
        ephemeral.a.toString(16),
      ]);
    }
  });

  it("refuses u = 0 (SrpUnsafeU)", async () => {
    // u = SHA-256(padHex(A) ‖ padHex(B)) is never 0 in practice, so make WebCrypto say it is.
    const ephemeral = createSrpEphemeralFrom(0x5eedn);
    const srpB = "abcdef";
    const uInput = hexToBytes(padHex(ephemeral.A) + padHex(0xabcdefn));
    const real = globalThis.crypto;
    const digest = vi.fn((algorithm: AlgorithmIdentifier, data: BufferSource) => {
      const bytes = new Uint8Array(data as ArrayBuffer);
      const isU = bytes.length === uInput.length && bytes.every((byte, i) => byte === uInput[i]);
      return isU ? Promise.resolve(new ArrayBuffer(32)) : real.subtle.digest(algorithm, data);
    });
    vi.stubGlobal("crypto", {
      getRandomValues: real.getRandomValues.bind(real),
      subtle: {
        digest,
        importKey: real.subtle.importKey.bind(real.subtle),
        sign: real.subtle.sign.bind(real.subtle),
      },
    });
    await expectRejection(computePasswordClaim(claimInput(ephemeral, { srpB })), "SrpUnsafeU", [
      PASSWORD,
    ]);
    expect(digest).toHaveBeenCalled();
  });

  it("refuses SALT and SRP_B that are not hex (InvalidHex)", async () => {
    const ephemeral = createSrpEphemeralFrom(99n);
    for (const bad of ["", "0x1f", "1f 2e", "xyz", "-1f"]) {
      await expectRejection(
        computePasswordClaim(claimInput(ephemeral, { srpB: bad })),
        "InvalidHex",
        [PASSWORD],
      );
      await expectRejection(
        computePasswordClaim(claimInput(ephemeral, { salt: bad })),
        "InvalidHex",
        [PASSWORD],
      );
    }
  });

  it("refuses a SECRET_BLOCK that is not base64 or is empty (InvalidBase64)", async () => {
    const ephemeral = createSrpEphemeralFrom(99n);
    for (const secretBlock of ["", "a", "ab$c", "Zm9v!"]) {
      await expectRejection(
        computePasswordClaim(claimInput(ephemeral, { secretBlock })),
        "InvalidBase64",
        [PASSWORD],
      );
    }
  });

  it("refuses a bad pool id, an empty USER_ID_FOR_SRP and an invalid date", async () => {
    const ephemeral = createSrpEphemeralFrom(99n);
    for (const userPoolId of ["AbCdEfGhI", "us-east-1_", ""]) {
      await expectRejection(
        computePasswordClaim(claimInput(ephemeral, { userPoolId })),
        "InvalidUserPoolId",
        [PASSWORD],
      );
    }
    await expectRejection(
      computePasswordClaim(claimInput(ephemeral, { userIdForSrp: "" })),
      "MissingUserIdForSrp",
      [PASSWORD],
    );
    await expectRejection(
      computePasswordClaim(claimInput(ephemeral, { now: new Date("not a date") })),
      "InvalidTimestamp",
      [PASSWORD],
    );
  });
});
