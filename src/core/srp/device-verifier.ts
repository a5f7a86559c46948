/** The verifier a browser registers with ConfirmDevice (protocol reference §5 step 2). */
import { randomBytes } from "../util/crypto";
import { bytesToBase64 } from "../util/encoding";
import { bytesToBigInt, check, computeX, modPow, padBytes, SRP_G, SRP_N } from "./srp-math";

/** What `createDeviceVerifier` returns. `devicePassword` is a secret: store it, never log it. */
export interface DeviceVerifier {
  /** base64 of 40 random bytes (56 characters): the device's SRP password, kept per user. */
  readonly devicePassword: string;
  /** ConfirmDevice's `DeviceSecretVerifierConfig`. */
  readonly verifierConfig: { readonly PasswordVerifier: string; readonly Salt: string };
}

/** The NewDeviceMetadata a verifier is for. */
export interface DeviceVerifierInput {
  readonly deviceGroupKey: string;
  readonly deviceKey: string;
}

/**
 * `createDeviceVerifier` with the random bytes given (internal seam for cross-checks):
 * `passwordBytes` (40 bytes) becomes the device password, `saltBytes` (16 bytes) the salt.
 * @internal
 */
export async function createDeviceVerifierFrom(
  input: DeviceVerifierInput & {
    readonly passwordBytes: Uint8Array;
    readonly saltBytes: Uint8Array;
  },
): Promise<DeviceVerifier> {
  check(input.deviceGroupKey && input.deviceKey, "MissingDeviceKey");
  const devicePassword = bytesToBase64(input.passwordBytes);
  // 16 random bytes as a positive integer, re-encoded with padHex: 17 bytes with a leading 00
  // when the top bit is set, fewer when it starts with 00 bytes (§5 step 2.2).
  const salt = bytesToBigInt(input.saltBytes);
  const x = await computeX(salt, input.deviceGroupKey, input.deviceKey, devicePassword);
  return Object.freeze({
    devicePassword,
    verifierConfig: Object.freeze({
      PasswordVerifier: bytesToBase64(padBytes(modPow(SRP_G, x, SRP_N))),
      Salt: bytesToBase64(padBytes(salt)),
    }),
  });
}

/**
 * ConfirmDevice's `DeviceSecretVerifierConfig` for a new device, plus the device password to
 * store with DeviceKey and DeviceGroupKey (§5 steps 2-4): devicePassword = base64(40 random
 * bytes); salt = padHex(16 random bytes); x = hexHash(salt ‖ hex(SHA-256(DeviceGroupKey ‖
 * DeviceKey ‖ ":" ‖ devicePassword))); PasswordVerifier = base64(padHex(g^x mod N)),
 * Salt = base64(salt). Rejects with a `ProtocolError` (`MissingDeviceKey`) if a key is empty.
 */
export async function createDeviceVerifier(input: DeviceVerifierInput): Promise<DeviceVerifier> {
  return createDeviceVerifierFrom({
    ...input,
    passwordBytes: randomBytes(40),
    saltBytes: randomBytes(16),
  });
}
