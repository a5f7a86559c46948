import { createDeviceVerifier } from "../srp/device-verifier";
import type { FlowDeps } from "./sign-in.deps";
import { findDevice, keysOf, toSignInDevice } from "./sign-in.device";
import type { SignInEffectEvent, SignInNames, SignInTask } from "./sign-in.state";
import type { StoredDevice } from "./sign-in.types";

/**
 * The device steps after a sign-in (protocol reference §5 steps 2-4): ConfirmDevice for a new
 * device, UpdateDeviceStatus for the person's answer to REMEMBER_DEVICE. Loaded on demand
 * (`on-demand-steps.ts`): most sign-ins never get a new device.
 */

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
