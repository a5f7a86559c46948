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
  return names.active === names.typed ? [names.active] : [names.active, names.typed];
}

/**
 * The remembered device for these names, if any. A store that fails to read counts as empty:
 * signing in without the device costs an MFA prompt, not the sign-in.
 */
export async function findDevice(
  deps: FlowDeps,
  names: SignInNames,
  deviceKey?: string,
): Promise<StoredDevice | undefined> {
  const store = deps.deviceStore;
  if (!store) return undefined;
  for (const username of keysOf(names)) {
    try {
      const device = await store.get(username);
      if (device && (deviceKey === undefined || device.deviceKey === deviceKey)) return device;
    } catch {
      // Unreadable entry: try the next name, then go on without a device.
    }
  }
  return undefined;
}

/** Forgets a device Cognito no longer knows ("Device does not exist.", §5 step 6). */
export async function forgetDevice(deps: FlowDeps, names: SignInNames): Promise<void> {
  const store = deps.deviceStore;
  if (!store) return;
  for (const username of keysOf(names)) {
    try {
      await store.remove(username);
    } catch {
      // A store that cannot delete will be asked again next time; the retry goes on without it.
    }
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
  return {
    deviceKey: device.deviceKey,
    deviceGroupKey: device.deviceGroupKey,
    remembered: device.remembered !== false,
  };
}

type Task<K extends SignInTask["kind"]> = Extract<SignInTask, { kind: K }>;

/**
 * §5 steps 2-4: a verifier for the new device, ConfirmDevice, then the device stored. Stored only
 * once Cognito accepted the verifier, so a failed confirmation leaves no password that cannot work.
 */
export async function confirmDevice(
  deps: FlowDeps,
  task: Task<"confirmDevice">,
  signal: AbortSignal,
): Promise<SignInEffectEvent> {
  const { DeviceKey, DeviceGroupKey } = task.newDevice;
  const verifier = await createDeviceVerifier({
    deviceGroupKey: DeviceGroupKey,
    deviceKey: DeviceKey,
  });
  const answer = await deps.transport.confirmDevice(
    {
      AccessToken: task.accessToken,
      DeviceKey,
      DeviceSecretVerifierConfig: verifier.verifierConfig,
      ...(deps.deviceName ? { DeviceName: deps.deviceName } : {}),
    },
    { signal },
  );
  // `true` means opt-in tracking: the person is asked, then UpdateDeviceStatus (§5 step 3).
  const userConfirmationNecessary = answer?.UserConfirmationNecessary === true;
  const stored: StoredDevice = {
    deviceKey: DeviceKey,
    deviceGroupKey: DeviceGroupKey,
    devicePassword: verifier.devicePassword,
    remembered: !userConfirmationNecessary,
  };
  for (const username of keysOf(task.names)) await deps.deviceStore?.set(username, stored);
  return {
    type: "DEVICE_CONFIRMED",
    generation: task.generation,
    device: toSignInDevice(stored),
    userConfirmationNecessary,
  };
}

/** The person's answer to REMEMBER_DEVICE: UpdateDeviceStatus, then the store updated. */
export async function updateDeviceStatus(
  deps: FlowDeps,
  task: Task<"updateDeviceStatus">,
  signal: AbortSignal,
): Promise<SignInEffectEvent> {
  await deps.transport.updateDeviceStatus(
    {
      AccessToken: task.accessToken,
      DeviceKey: task.deviceKey,
      DeviceRememberedStatus: task.remember ? "remembered" : "not_remembered",
    },
    { signal },
  );
  // A "not_remembered" device stays stored: Cognito still knows it (no new NewDeviceMetadata
  // next time), it just does not stand in for MFA.
  const stored = await findDevice(deps, task.names, task.deviceKey);
  if (stored) {
    const updated = { ...stored, remembered: task.remember };
    for (const username of keysOf(task.names)) await deps.deviceStore?.set(username, updated);
  }
  return { type: "DEVICE_STATUS_UPDATED", generation: task.generation, remembered: task.remember };
}
