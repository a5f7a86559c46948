import type { DeviceStore, StoredDevice } from "../flow/sign-in.types";

/**
 * Device stores: where a browser keeps the DeviceKey, DeviceGroupKey and device password of each
 * user it signs in (protocol reference §5 step 4). The device password is a secret that proves
 * "this browser" to Cognito; whoever can read the store can skip MFA where the pool lets
 * remembered devices do so.
 */

/**
 * A store that lives as long as the page (or the test). Nothing survives a reload, so every
 * sign-in after one is from a new device: right for tests, stories and kiosks.
 */
export function createMemoryDeviceStore(): DeviceStore {
  const devices = new Map<string, StoredDevice>();
  return {
    get: (username) => devices.get(username),
    set: (username, device) => {
      devices.set(username, { ...device });
    },
    remove: (username) => {
      devices.delete(username);
    },
  };
}

/** The part of the Web Storage API the local-storage store uses. */
export interface DeviceStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface LocalStorageDeviceStoreOptions {
  readonly userPoolId: string;
  readonly clientId: string;
  /** @default globalThis.localStorage, looked up on each call (absent on a server: nothing is stored) */
  readonly storage?: DeviceStorage;
}

/** Prefix of every key this library writes; the rest is pool, client and username. */
const KEY_PREFIX = "cognito-challenge-ui.device";

/**
 * A store in `localStorage` (or any `Storage`), one entry per pool, app client and username:
 * `cognito-challenge-ui.device.<userPoolId>.<clientId>.<username>` holding JSON
 * `{ deviceKey, deviceGroupKey, devicePassword, remembered }`. An entry that is not such JSON
 * reads as no device. Without a storage (server rendering, storage disabled) it stores nothing.
 * A `setItem` failure (quota, private mode) throws; the flow reports it after signing in.
 */
export function createLocalStorageDeviceStore(
  options: LocalStorageDeviceStoreOptions,
): DeviceStore {
  const storage = (): DeviceStorage | undefined => options.storage ?? defaultStorage();
  const key = (username: string) =>
    `${KEY_PREFIX}.${options.userPoolId}.${options.clientId}.${username}`;
  return {
    get: (username) => parseDevice(storage()?.getItem(key(username))),
    set: (username, device) => {
      // Only the four known fields: nothing else an app put on the object is written.
      const { deviceKey, deviceGroupKey, devicePassword, remembered } = device;
      const entry = { deviceKey, deviceGroupKey, devicePassword, remembered };
      storage()?.setItem(key(username), JSON.stringify(entry));
    },
    remove: (username) => {
      storage()?.removeItem(key(username));
    },
  };
}

function defaultStorage(): DeviceStorage | undefined {
  try {
    return (globalThis as { localStorage?: DeviceStorage }).localStorage;
  } catch {
    // Reading `localStorage` itself throws where storage is blocked (sandboxed frames, cookies off).
    return undefined;
  }
}

/** A stored entry, or undefined for anything but JSON with the three non-empty strings. */
function parseDevice(raw: string | null | undefined): StoredDevice | undefined {
  let value: Partial<Record<keyof StoredDevice, unknown>> | undefined;
  try {
    value = JSON.parse(raw ?? "");
  } catch {
    return undefined;
  }
  const { deviceKey, deviceGroupKey, devicePassword, remembered } = value ?? {};
  const text = (item: unknown): item is string => typeof item === "string" && item !== "";
  if (!text(deviceKey) || !text(deviceGroupKey) || !text(devicePassword)) return undefined;
  return {
    deviceKey,
    deviceGroupKey,
    devicePassword,
    ...(typeof remembered === "boolean" ? { remembered } : {}),
  };
}
