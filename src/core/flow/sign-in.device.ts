import { isChallengeError } from "../errors/challenge-error";
import { createDeviceVerifier } from "../srp/device-verifier";
import type { FlowDeps } from "./sign-in.deps";
import type { SignInEffectEvent, SignInNames, SignInTask } from "./sign-in.state";
import type { SignInDevice, StoredDevice } from "./sign-in.types";

/**
 * Device tracking (protocol reference §5). Devices are stored under the internal username and,
 * when the person typed an alias (an email address in an email-as-username pool), under the alias
 * too: flows without SRP must send DEVICE_KEY with InitiateAuth, before Cognito has said who the
 * alias belongs to.
 */

/** The names a device is filed under: the internal one first. */
function keysOf(names: SignInNames): string[] {
  return [...new Set([names.active, names.typed])];
}

/**
 * The remembered device for these names (with `deviceKey`, when given), if any. A store that
 * fails to read counts as empty: signing in without the device costs an MFA prompt, not the
 * sign-in.
 */
export async function findDevice(
  deps: FlowDeps,
  names: SignInNames,
  deviceKey?: string,
): Promise<StoredDevice | undefined> {
  for (const username of deps.deviceStore ? keysOf(names) : []) {
    // An unreadable entry: try the next name, then go on without a device.
    const device = await quietly(() => deps.deviceStore?.get(username));
    if (device && (deviceKey === undefined || device.deviceKey === deviceKey)) return device;
  }
  return undefined;
}

/** Forgets a device Cognito no longer knows ("Device does not exist.", §5 step 6). */
export async function forgetDevice(deps: FlowDeps, names: SignInNames): Promise<void> {
  // A store that cannot delete will be asked again next time; the retry goes on without it.
  for (const username of keysOf(names)) await quietly(() => deps.deviceStore?.remove(username));
}

/** `action()`, with a throw or rejection read as `undefined`. */
async function quietly<T>(action: () => T | Promise<T>): Promise<T | undefined> {
  try {
    return await action();
  } catch {
    return undefined;
  }
}

/** ResourceNotFoundException "Device does not exist.": the stored DEVICE_KEY is stale (§5 step 6). */
export function isStaleDevice(error: unknown): boolean {
  return (
    isChallengeError(error) &&
    error.code === "ResourceNotFoundException" &&
    /device does not exist/i.test(error.message)
  );
}

/** The public view of a stored device: never the device password. */
export function toSignInDevice(device: StoredDevice): SignInDevice {
  const { deviceKey, deviceGroupKey, remembered } = device;
  return { deviceKey, deviceGroupKey, remembered: remembered !== false };
}

type Task<K extends SignInTask["kind"]> = Extract<SignInTask, { kind: K }>;

/** Files `device` under every name of the sign-in. */
async function store(deps: FlowDeps, names: SignInNames, device: StoredDevice): Promise<void> {
  for (const username of keysOf(names)) await deps.deviceStore?.set(username, device);
}

/**
 * §5 steps 2-4: a verifier for the new device, ConfirmDevice, then the device stored. Stored only
 * once Cognito accepted the verifier, so a failed confirmation leaves no password that cannot work.
 */
export async function confirmDevice(
  deps: FlowDeps,
  task: Task<"confirmDevice">,
  signal: AbortSignal,
): Promise<SignInEffectEvent> {
  const { DeviceKey: deviceKey, DeviceGroupKey: deviceGroupKey } = task.newDevice;
  const verifier = await createDeviceVerifier({ deviceGroupKey, deviceKey });
  const DeviceName = deps.deviceName;
  const answer = await deps.transport.confirmDevice(
    {
      AccessToken: task.accessToken,
      DeviceKey: deviceKey,
      DeviceSecretVerifierConfig: verifier.verifierConfig,
      ...(DeviceName ? { DeviceName } : {}),
    },
    { signal },
  );
  // `true` means opt-in tracking: the person is asked, then UpdateDeviceStatus (§5 step 3).
  const userConfirmationNecessary = answer?.UserConfirmationNecessary === true;
  const device: StoredDevice = {
    deviceKey,
    deviceGroupKey,
    devicePassword: verifier.devicePassword,
    remembered: !userConfirmationNecessary,
  };
  await store(deps, task.names, device);
  return {
    type: "DEVICE_CONFIRMED",
    generation: task.generation,
    device: toSignInDevice(device),
    userConfirmationNecessary,
  };
}

/** The person's answer to REMEMBER_DEVICE: UpdateDeviceStatus, then the store updated. */
export async function updateDeviceStatus(
  deps: FlowDeps,
  task: Task<"updateDeviceStatus">,
  signal: AbortSignal,
): Promise<SignInEffectEvent> {
  const { deviceKey, remember: remembered, names } = task;
  await deps.transport.updateDeviceStatus(
    {
      AccessToken: task.accessToken,
      DeviceKey: deviceKey,
      DeviceRememberedStatus: remembered ? "remembered" : "not_remembered",
    },
    { signal },
  );
  // A "not_remembered" device stays stored: Cognito still knows it (no new NewDeviceMetadata
  // next time), it just does not stand in for MFA.
  const stored = await findDevice(deps, names, deviceKey);
  if (stored) await store(deps, names, { ...stored, remembered });
  return { type: "DEVICE_STATUS_UPDATED", generation: task.generation, remembered };
}
