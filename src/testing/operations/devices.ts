/**
 * Device operations with an access token (protocol reference §5): ConfirmDevice stores the
 * device's SRP verifier, UpdateDeviceStatus remembers or forgets it for MFA, ForgetDevice deletes
 * it, ListDevices and GetDevice describe it.
 */
import { base64ToBytes, bytesToHex } from "../../core/util/encoding";
import type { Env } from "../env";
import { EmulatorError, invalidParameter, resourceNotFound } from "../errors";
import {
  type Input,
  oneOf,
  optionalNumber,
  optionalObject,
  optionalString,
  requiredString,
  wireDate,
} from "../input";
import type { DeviceState, UserState } from "../model/types";
import { verifyAccessToken } from "../tokens";

const DEVICE_NOT_FOUND = "Device does not exist.";

function deviceOf(user: UserState, key: string): DeviceState {
  const device = user.devices.get(key);
  if (!device) throw resourceNotFound(DEVICE_NOT_FOUND);
  return device;
}

function describe(device: DeviceState): Record<string, unknown> {
  return {
    DeviceKey: device.key,
    DeviceAttributes: [
      { Name: "device_status", Value: "valid" },
      ...(device.name ? [{ Name: "device_name", Value: device.name }] : []),
      {
        Name: "dev:device_remembered_status",
        Value: device.remembered ? "remembered" : "not_remembered",
      },
    ],
    DeviceCreateDate: wireDate(device.createdAt),
    DeviceLastModifiedDate: wireDate(device.lastModified),
    ...(device.lastAuthenticated === undefined
      ? {}
      : { DeviceLastAuthenticatedDate: wireDate(device.lastAuthenticated) }),
  };
}

function bytes(text: string | undefined, field: string): Uint8Array {
  try {
    if (!text) throw new RangeError("empty");
    const out = base64ToBytes(text);
    if (out.length === 0) throw new RangeError("empty");
    return out;
  } catch {
    throw invalidParameter(`DeviceSecretVerifierConfig.${field} must be non-empty base64.`);
  }
}

/**
 * UserConfirmationNecessary is the pool's DeviceOnlyRememberedOnUserPrompt: with it the device
 * stays "not_remembered" until UpdateDeviceStatus; without it the device is remembered at once.
 */
export async function confirmDevice(env: Env, input: Input): Promise<unknown> {
  const { pool, user } = await verifyAccessToken(env, requiredString(input, "AccessToken"));
  const key = requiredString(input, "DeviceKey");
  const config = optionalObject(input, "DeviceSecretVerifierConfig");
  const verifier = bytes(config?.PasswordVerifier as string | undefined, "PasswordVerifier");
  const salt = bytes(config?.Salt as string | undefined, "Salt");
  if (!pool.deviceConfiguration) {
    throw invalidParameter("Device tracking is not enabled for this user pool.");
  }
  const device = deviceOf(user, key);
  if (device.verifier)
    throw new EmulatorError("DeviceKeyExistsException", "Device key already exists.");
  const now = env.clock.now();
  device.verifier = { salt: bytesToHex(salt), verifier: BigInt(`0x${bytesToHex(verifier)}`) };
  const name = optionalString(input, "DeviceName");
  if (name) device.name = name;
  const prompt = pool.deviceConfiguration.DeviceOnlyRememberedOnUserPrompt;
  device.remembered = !prompt;
  device.lastModified = now;
  return { UserConfirmationNecessary: prompt };
}

export async function updateDeviceStatus(env: Env, input: Input): Promise<unknown> {
  const { user } = await verifyAccessToken(env, requiredString(input, "AccessToken"));
  const device = deviceOf(user, requiredString(input, "DeviceKey"));
  const status = oneOf(optionalString(input, "DeviceRememberedStatus"), "DeviceRememberedStatus", [
    "remembered",
    "not_remembered",
  ]);
  if (status) device.remembered = status === "remembered";
  device.lastModified = env.clock.now();
  return {};
}

export async function forgetDevice(env: Env, input: Input): Promise<unknown> {
  const { user } = await verifyAccessToken(env, requiredString(input, "AccessToken"));
  const key = requiredString(input, "DeviceKey");
  deviceOf(user, key);
  user.devices.delete(key);
  return {};
}

export async function getDevice(env: Env, input: Input): Promise<unknown> {
  const { user } = await verifyAccessToken(env, requiredString(input, "AccessToken"));
  return { Device: describe(deviceOf(user, requiredString(input, "DeviceKey"))) };
}

/** Confirmed devices, newest first, `Limit` per page (default and maximum 60). */
export async function listDevices(env: Env, input: Input): Promise<unknown> {
  const { user } = await verifyAccessToken(env, requiredString(input, "AccessToken"));
  const limit = Math.min(Math.max(optionalNumber(input, "Limit") ?? 60, 1), 60);
  const start = Number(optionalString(input, "PaginationToken") ?? "0") || 0;
  const confirmed = [...user.devices.values()]
    .filter((d) => d.verifier)
    .sort((a, b) => b.createdAt - a.createdAt);
  const page = confirmed.slice(start, start + limit);
  return {
    Devices: page.map(describe),
    ...(start + limit < confirmed.length ? { PaginationToken: String(start + limit) } : {}),
  };
}
