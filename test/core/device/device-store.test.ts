// @vitest-environment node
import { describe, expect, it } from "vitest";
import {
  createLocalStorageDeviceStore,
  createMemoryDeviceStore,
  type DeviceStorage,
} from "../../../src/core/device/device-store";

const device = {
  deviceKey: "us-east-1_abc",
  deviceGroupKey: "-grp",
  devicePassword: "cGFzc3dvcmQ=",
};

function memoryStorage(): DeviceStorage & { readonly items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
    removeItem: (key) => {
      items.delete(key);
    },
  };
}

describe("createMemoryDeviceStore", () => {
  it("keeps a device per username until removed, and copies what it is given", () => {
    const store = createMemoryDeviceStore();
    const given = { ...device, remembered: false };
    store.set("ada", given);
    expect(store.get("ada")).toEqual(given);
    expect(store.get("ada")).not.toBe(given);
    expect(store.get("bob")).toBeUndefined();
    store.remove("ada");
    expect(store.get("ada")).toBeUndefined();
  });
});

describe("createLocalStorageDeviceStore", () => {
  it("writes JSON under a key made of pool, client and username", () => {
    const storage = memoryStorage();
    const store = createLocalStorageDeviceStore({
      userPoolId: "us-east-1_Pool",
      clientId: "client",
      storage,
    });
    store.set("ada", { ...device, remembered: true });
    expect([...storage.items.keys()]).toEqual([
      "cognito-challenge-ui.device.us-east-1_Pool.client.ada",
    ]);
    expect(
      JSON.parse(storage.items.get("cognito-challenge-ui.device.us-east-1_Pool.client.ada") ?? ""),
    ).toEqual({
      ...device,
      remembered: true,
    });
    expect(store.get("ada")).toEqual({ ...device, remembered: true });
  });

  it("keeps pools and clients apart", () => {
    const storage = memoryStorage();
    const one = createLocalStorageDeviceStore({
      userPoolId: "us-east-1_Pool",
      clientId: "a",
      storage,
    });
    const other = createLocalStorageDeviceStore({
      userPoolId: "us-east-1_Pool",
      clientId: "b",
      storage,
    });
    one.set("ada", device);
    expect(other.get("ada")).toBeUndefined();
    other.remove("ada");
    expect(one.get("ada")).toEqual(device);
    one.remove("ada");
    expect(storage.items.size).toBe(0);
  });

  it.each([
    ["not JSON", "{"],
    ["not an object", "42"],
    ["a missing device password", JSON.stringify({ deviceKey: "k", deviceGroupKey: "g" })],
    ["an empty key", JSON.stringify({ ...device, deviceKey: "" })],
  ])("reads %s as no device", (_, raw) => {
    const storage = memoryStorage();
    storage.items.set("cognito-challenge-ui.device.p_1.c.ada", raw);
    expect(
      createLocalStorageDeviceStore({ userPoolId: "p_1", clientId: "c", storage }).get("ada"),
    ).toBeUndefined();
  });

  it("stores nothing and finds nothing without a storage (a server)", () => {
    const store = createLocalStorageDeviceStore({ userPoolId: "p_1", clientId: "c" });
    expect(() => store.set("ada", device)).not.toThrow();
    expect(store.get("ada")).toBeUndefined();
  });
});
