// @vitest-environment node
import { describe, expect, it } from "vitest";
import { createDeviceVerifierFrom } from "../../../src/core/srp/device-verifier";
import {
  computeDeviceClaim,
  computePasswordClaim,
  createDeviceVerifier,
  createSrpEphemeral,
  formatTimestamp,
} from "../../../src/core/srp/index";
import { createSrpEphemeralFrom } from "../../../src/core/srp/srp-client";
import {
  bytesToBigInt,
  computeX,
  modPow,
  padHex,
  SRP_G,
  SRP_N,
} from "../../../src/core/srp/srp-math";
import { base64ToBytes, bytesToBase64, bytesToHex } from "../../../src/core/util/encoding";
import {
  claimInput,
  expectRejection,
  NOW,
  SECRET_BLOCK,
  simulatedServer,
} from "./srp-test-helpers";

describe("device SRP", () => {
  it("createDeviceVerifier: a 40-byte base64 password, a padHex'd 16-byte salt, PasswordVerifier = padHex(g^x)", async () => {
    const verifier = await createDeviceVerifier({
      deviceGroupKey: "-yFxNq3d6",
      deviceKey: "us-east-1_d1",
    });
    expect(verifier.devicePassword).toMatch(/^[A-Za-z0-9+/]{54}==$/);
    expect(base64ToBytes(verifier.devicePassword)).toHaveLength(40);
    const saltBytes = base64ToBytes(verifier.verifierConfig.Salt);
    const salt = bytesToBigInt(saltBytes);
    expect(bytesToHex(saltBytes)).toBe(padHex(salt));
    expect(saltBytes.length === 16 || (saltBytes.length === 17 && saltBytes[0] === 0)).toBe(true);
    const x = await computeX(salt, "-yFxNq3d6", "us-east-1_d1", verifier.devicePassword);
    expect(bytesToHex(base64ToBytes(verifier.verifierConfig.PasswordVerifier))).toBe(
      padHex(modPow(SRP_G, x, SRP_N)),
    );
    const other = await createDeviceVerifier({
      deviceGroupKey: "-yFxNq3d6",
      deviceKey: "us-east-1_d1",
    });
    expect(other.devicePassword).not.toBe(verifier.devicePassword);
  });

  it("createDeviceVerifier keeps the 00 byte of a salt with its top bit set and drops leading zero bytes", async () => {
    const keys = {
      deviceGroupKey: "-g",
      deviceKey: "us-east-1_k",
      passwordBytes: new Uint8Array(40),
    };
    const top = await createDeviceVerifierFrom({
      ...keys,
      saltBytes: new Uint8Array(16).fill(0xf0),
    });
    expect(base64ToBytes(top.verifierConfig.Salt)).toEqual(
      Uint8Array.of(0, ...new Uint8Array(16).fill(0xf0)),
    );
    const zeros = Uint8Array.of(0, 0, 0x12, ...new Uint8Array(13).fill(7));
    const low = await createDeviceVerifierFrom({ ...keys, saltBytes: zeros });
    expect(base64ToBytes(low.verifierConfig.Salt)).toEqual(zeros.slice(2));
    expect(top.devicePassword).toBe(bytesToBase64(new Uint8Array(40)));
  });

  it("a confirmed device proves itself: the device claim matches what a pool holding its verifier expects", async () => {
    const deviceGroupKey = "-yFxNq3d6";
    const deviceKey = "us-east-1_6f0f7a0e-1f7c-4a4e-b0a4-3c1d2e3f4a5b";
    const { devicePassword, verifierConfig } = await createDeviceVerifier({
      deviceGroupKey,
      deviceKey,
    });
    const v = bytesToBigInt(base64ToBytes(verifierConfig.PasswordVerifier));
    const server = await simulatedServer(v);
    const ephemeral = await createSrpEphemeral();
    const claim = await computeDeviceClaim({
      ephemeral,
      deviceGroupKey,
      deviceKey,
      devicePassword,
      salt: bytesToHex(base64ToBytes(verifierConfig.Salt)),
      srpB: server.srpB,
      secretBlock: SECRET_BLOCK,
      now: NOW,
    });
    expect(claim.timestamp).toBe(formatTimestamp(NOW));
    expect(claim.signature).toBe(
      await server.expectedSignature(ephemeral.A, deviceGroupKey, deviceKey, claim.timestamp),
    );
  });

  it("is user SRP with the DeviceGroupKey as pool name, the DeviceKey as user id and the device password", async () => {
    const ephemeral = createSrpEphemeralFrom(0xc0ffeen);
    const device = await computeDeviceClaim({
      ...claimInput(ephemeral),
      deviceGroupKey: "GroupKey9",
      deviceKey: "us-east-1_dev",
      devicePassword: "device-secret",
    });
    const user = await computePasswordClaim(
      claimInput(ephemeral, {
        userPoolId: "us-east-1_GroupKey9",
        userIdForSrp: "us-east-1_dev",
        password: "device-secret",
      }),
    );
    expect(device).toEqual(user);
  });

  it("refuses empty device keys and unsafe server values without leaking the device password", async () => {
    const ephemeral = createSrpEphemeralFrom(7n);
    const base = {
      ...claimInput(ephemeral),
      deviceGroupKey: "-g",
      deviceKey: "k",
      devicePassword: "s3cret-device",
    };
    const secrets = ["s3cret-device"];
    await expectRejection(
      computeDeviceClaim({ ...base, deviceKey: "" }),
      "MissingDeviceKey",
      secrets,
    );
    await expectRejection(
      computeDeviceClaim({ ...base, deviceGroupKey: "" }),
      "MissingDeviceKey",
      secrets,
    );
    await expectRejection(
      computeDeviceClaim({ ...base, srpB: SRP_N.toString(16) }),
      "SrpUnsafeB",
      secrets,
    );
    await expectRejection(computeDeviceClaim({ ...base, salt: "nothex" }), "InvalidHex", secrets);
    await expectRejection(
      createDeviceVerifier({ deviceGroupKey: "", deviceKey: "k" }),
      "MissingDeviceKey",
      [],
    );
  });
});
