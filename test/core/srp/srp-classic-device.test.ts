// @vitest-environment node
/**
 * Device SRP against amazon-cognito-identity-js 6.3.21 on random inputs:
 * - ConfirmDevice's verifier: `generateHashDevice` draws the same 40 password bytes and 16 salt
 *   bytes (fed through its own random source) and must give the same device password,
 *   PasswordVerifier and Salt as `createDeviceVerifier`;
 * - DEVICE_PASSWORD_VERIFIER: CognitoUser.getDeviceResponse's helper (named after the
 *   DeviceGroupKey) with the same a, DeviceKey, device password, SALT, SRP_B, SECRET_BLOCK and
 *   clock must give the same SRP_A, TIMESTAMP and signature as `computeDeviceClaim`.
 */
import fc from "fast-check";

// Timeouts are generous on purpose: on the shared 2-core machine under load these took 2-3 min.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createDeviceVerifierFrom } from "../../../src/core/srp/device-verifier";
import { computeDeviceClaim } from "../../../src/core/srp/index";
import { createSrpEphemeralFrom } from "../../../src/core/srp/srp-client";
import { bytesToBigInt } from "../../../src/core/srp/srp-math";
import { bytesToBase64 } from "../../../src/core/util/encoding";
import { classicClaim, classicDeviceVerifier, classicEphemeral } from "./classic-srp";
import { aBytesArbitrary, nowArbitrary, serverValuesArbitrary } from "./srp-arbitraries";

afterEach(() => {
  vi.useRealTimers();
});

/** DeviceKey as Cognito issues it: `<region>_<uuid>`. */
const deviceKeyArbitrary = fc
  .tuple(fc.constantFrom("us-east-1", "eu-central-1", "ap-northeast-1"), fc.uuid())
  .map(([region, uuid]) => `${region}_${uuid}`);

/** DeviceGroupKey: short opaque ids such as `-yFxNq3d6`, sometimes any text. */
const deviceGroupKeyArbitrary = fc.oneof(
  fc.stringMatching(/^-?[0-9A-Za-z]{6,12}$/),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 16 }),
);

/** 16 salt bytes, biased to the padHex edges: top bit set (17-byte salt) and leading zeros. */
const saltBytesArbitrary = fc
  .tuple(
    fc.uint8Array({ minLength: 16, maxLength: 16 }),
    fc.constantFrom("random", "topBit", "leadingZero", "zero"),
  )
  .map(([bytes, shape]) => {
    const out = bytes.slice();
    if (shape === "topBit") out[0] = (out[0] as number) | 0x80;
    if (shape === "leadingZero") out.fill(0, 0, 1 + ((out[15] as number) % 4));
    if (shape === "zero") out.fill(0);
    return out;
  });

describe("device verifier vs generateHashDevice", () => {
  it("gives the same device password, PasswordVerifier and Salt for 100 random draws", async () => {
    await fc.assert(
      fc.asyncProperty(
        deviceGroupKeyArbitrary,
        deviceKeyArbitrary,
        fc.uint8Array({ minLength: 40, maxLength: 40 }),
        saltBytesArbitrary,
        async (deviceGroupKey, deviceKey, passwordBytes, saltBytes) => {
          const theirs = classicDeviceVerifier(deviceGroupKey, deviceKey, passwordBytes, saltBytes);
          const mine = await createDeviceVerifierFrom({
            deviceGroupKey,
            deviceKey,
            passwordBytes,
            saltBytes,
          });
          expect(mine).toEqual({
            devicePassword: theirs.devicePassword,
            verifierConfig: { PasswordVerifier: theirs.PasswordVerifier, Salt: theirs.Salt },
          });
        },
      ),
      { numRuns: 100, endOnFailure: true },
    );
  }, 600_000);
});

describe("device SRP claim vs getDeviceResponse", () => {
  const devicePasswordArbitrary = fc.oneof(
    { weight: 4, arbitrary: fc.uint8Array({ minLength: 40, maxLength: 40 }).map(bytesToBase64) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }) },
  );

  async function checkCase(
    aBytes: Uint8Array,
    deviceGroupKey: string,
    deviceKey: string,
    devicePassword: string,
    server: { salt: string; srpB: string; secretBlock: string },
    now: Date,
  ): Promise<void> {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(now);
    const theirs = classicEphemeral(deviceGroupKey, aBytes);
    const theirClaim = classicClaim(theirs, {
      group: deviceGroupKey,
      identity: deviceKey,
      password: devicePassword,
      ...server,
    });
    const ephemeral = createSrpEphemeralFrom(bytesToBigInt(aBytes));
    expect(ephemeral.srpA).toBe(theirs.srpA);
    const claim = await computeDeviceClaim({
      ephemeral,
      deviceGroupKey,
      deviceKey,
      devicePassword,
      ...server,
      now,
    });
    expect(claim).toEqual({
      secretBlock: server.secretBlock,
      signature: theirClaim.signature,
      timestamp: theirClaim.timestamp,
    });
  }

  // Same cost trade-off as the user SRP cross-check (see srp-classic-user.test.ts).
  it("gives the same SRP_A, TIMESTAMP and signature for 5 full-size secrets", async () => {
    await fc.assert(
      fc.asyncProperty(
        aBytesArbitrary(0, 1),
        deviceGroupKeyArbitrary,
        deviceKeyArbitrary,
        devicePasswordArbitrary,
        serverValuesArbitrary,
        nowArbitrary,
        checkCase,
      ),
      { numRuns: 5, endOnFailure: true },
    );
  }, 600_000);

  it("gives the same SRP_A, TIMESTAMP and signature for 95 secrets of at most 64 bytes", async () => {
    await fc.assert(
      fc.asyncProperty(
        aBytesArbitrary(64, 127),
        deviceGroupKeyArbitrary,
        deviceKeyArbitrary,
        devicePasswordArbitrary,
        serverValuesArbitrary,
        nowArbitrary,
        checkCase,
      ),
      { numRuns: 95, endOnFailure: true },
    );
  }, 600_000);
});
