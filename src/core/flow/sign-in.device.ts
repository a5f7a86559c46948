import { isChallengeError } from "../errors/challenge-error";
import type { FlowDeps } from "./sign-in.deps";
import type { SignInNames } from "./sign-in.state";
import type { SignInDevice, StoredDevice } from "./sign-in.types";

/**
 * Device tracking (protocol reference §5). Devices are stored under the internal username and,
 * when the person typed an alias (an email address in an email-as-username pool), under the alias
 * too: flows without SRP must send DEVICE_KEY with InitiateAuth, before Cognito has said who the
 * alias belongs to.
 */

/** The names a device is filed under: the internal one first. */
export function keysOf(names: SignInNames): string[] {
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
