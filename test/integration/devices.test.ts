// @vitest-environment node
import { describe, expect, it } from "vitest";
import { createMemoryDeviceStore } from "../../src/core/device/device-store";
import type { DeviceStore } from "../../src/core/flow/sign-in.types";
import {
  ALL_FLOWS,
  CODE,
  flowOn,
  SMS_CONFIGURATION,
  SUFFIX,
  startHarness,
  TRANSPORTS,
} from "./harness";

const PASSWORD = "Correct-Horse-9";
/** A device seeded in the pool, with the password a browser would have stored. */
const SEEDED = {
  DeviceKey: "us-east-1_0f0e0d0c-0b0a-4909-8807-060504030201",
  DeviceGroupKey: "-AbCdEfGh",
  DevicePassword: "c2VlZGVkLWRldmljZS1wYXNzd29yZC0wMTIzNDU2Nzg5MDEyMzQ1Njc4OTA=",
};

function devicePools(suffix: string) {
  const users = ["ada", "bob", "cy", "dee", "eve", "fay", "gil"].map((name, index) => ({
    Username: name,
    Password: PASSWORD,
    Attributes: { phone_number: `+1555555020${index}` },
    MfaPreference: { SMSMfaSettings: { Enabled: true, PreferredMfa: true } },
  }));
  const base = {
    SmsConfiguration: SMS_CONFIGURATION,
    MfaConfig: { MfaConfiguration: "OPTIONAL" as const, SmsMfaConfiguration: {} },
  };
  return [
    {
      ...base,
      Id: `us-east-1_Always${suffix}`,
      PoolName: "Always",
      UserPoolTier: "ESSENTIALS" as const,
      Policies: { SignInPolicy: { AllowedFirstAuthFactors: ["PASSWORD", "EMAIL_OTP"] as const } },
      // Every device is remembered, and a remembered device stands in for MFA.
      DeviceConfiguration: {
        ChallengeRequiredOnNewDevice: true,
        DeviceOnlyRememberedOnUserPrompt: false,
      },
      Clients: [{ ClientId: `always${suffix}`, ClientName: "web", ExplicitAuthFlows: ALL_FLOWS }],
      Users: [
        ...users,
        {
          ...users[0],
          Username: "seeded",
          Attributes: { phone_number: "+15555550299" },
          Devices: [SEEDED],
        },
        {
          ...users[0],
          Username: "hal",
          Attributes: {
            phone_number: "+15555550298",
            email: "hal@example.com",
            email_verified: "true",
          },
        },
      ],
    },
    {
      ...base,
      Id: `us-east-1_OptIn${suffix}`,
      PoolName: "OptIn",
      DeviceConfiguration: {
        ChallengeRequiredOnNewDevice: true,
        DeviceOnlyRememberedOnUserPrompt: true,
      },
      Clients: [{ ClientId: `optin${suffix}`, ClientName: "web", ExplicitAuthFlows: ALL_FLOWS }],
      Users: users,
    },
  ];
}

const harness = startHarness(devicePools);

describe.each(TRANSPORTS)("remembered devices (%s)", (kind) => {
  const s = SUFFIX[kind];
  const always = (
    deviceStore: DeviceStore,
    authFlow: "USER_SRP_AUTH" | "USER_PASSWORD_AUTH" = "USER_SRP_AUTH",
  ) =>
    flowOn(harness, kind, {
      userPoolId: `us-east-1_Always${s}`,
      clientId: `always${s}`,
      authFlow,
      deviceStore,
    });
  const optIn = (deviceStore: DeviceStore) =>
    flowOn(harness, kind, {
      userPoolId: `us-east-1_OptIn${s}`,
      clientId: `optin${s}`,
      authFlow: "USER_SRP_AUTH",
      deviceStore,
    });

  it("confirms a new device, then signs in on it with device SRP and no MFA: 4 requests", async () => {
    const store = createMemoryDeviceStore();
    const first = always(store);
    await first.flow.start({ username: "ada", password: PASSWORD });
    await first.flow.respond({ code: CODE });
    const signedIn = first.flow.getSnapshot();
    expect(signedIn).toMatchObject({ status: "signedIn", device: { remembered: true } });
    expect(first.calls).toEqual([
      "InitiateAuth",
      "RespondToAuthChallenge",
      "RespondToAuthChallenge",
      "ConfirmDevice",
    ]);
    const stored = await store.get("ada");
    expect(stored).toMatchObject({ deviceKey: signedIn.device?.deviceKey, remembered: true });
    expect(stored?.devicePassword).toMatch(/^[A-Za-z0-9+/]{54}==$/);
    expect(JSON.stringify(signedIn)).not.toContain(stored?.devicePassword);

    const second = always(store);
    await second.flow.start({ username: "ada", password: PASSWORD });
    expect(second.flow.getSnapshot()).toMatchObject({
      status: "signedIn",
      device: { deviceKey: stored?.deviceKey },
    });
    expect(second.calls).toEqual(["InitiateAuth", ...Array(3).fill("RespondToAuthChallenge")]);
    expect(second.snapshots.some((step) => step.challenge !== undefined)).toBe(false);
  });

  it("signs in on a device seeded in the pool (its password from elsewhere)", async () => {
    const store = createMemoryDeviceStore();
    await store.set("seeded", {
      deviceKey: SEEDED.DeviceKey,
      deviceGroupKey: SEEDED.DeviceGroupKey,
      devicePassword: SEEDED.DevicePassword,
    });
    const { flow, calls } = always(store);
    await flow.start({ username: "seeded", password: PASSWORD });
    expect(flow.getSnapshot()).toMatchObject({
      status: "signedIn",
      device: { deviceKey: SEEDED.DeviceKey },
    });
    expect(calls).toHaveLength(4);
  });

  it("USER_PASSWORD_AUTH sends DEVICE_KEY with InitiateAuth and answers DEVICE_SRP_AUTH", async () => {
    const store = createMemoryDeviceStore();
    const first = always(store, "USER_PASSWORD_AUTH");
    await first.flow.start({ username: "bob", password: PASSWORD });
    await first.flow.respond({ code: CODE });
    expect(first.flow.getSnapshot().device?.remembered).toBe(true);
    const second = always(store, "USER_PASSWORD_AUTH");
    await second.flow.start({ username: "bob", password: PASSWORD });
    expect(second.flow.getSnapshot().status).toBe("signedIn");
    expect(second.calls).toEqual([
      "InitiateAuth",
      "RespondToAuthChallenge",
      "RespondToAuthChallenge",
    ]);
  });

  it("forgets a device Cognito does not know and retries once without it", async () => {
    const store = createMemoryDeviceStore();
    await store.set("cy", {
      deviceKey: "us-east-1_00000000-0000-4000-8000-000000000000",
      deviceGroupKey: "-Gone",
      devicePassword: SEEDED.DevicePassword,
    });
    const { flow, calls } = always(store);
    await flow.start({ username: "cy", password: PASSWORD });
    // The retry carried no DEVICE_KEY, so MFA is asked as on any new device.
    expect(flow.getSnapshot().challenge?.name).toBe("SMS_MFA");
    expect(calls).toEqual(["InitiateAuth", "RespondToAuthChallenge", "RespondToAuthChallenge"]);
    await flow.respond({ code: CODE });
    expect(flow.getSnapshot().status).toBe("signedIn");
    expect((await store.get("cy"))?.deviceKey).not.toBe(
      "us-east-1_00000000-0000-4000-8000-000000000000",
    );
  });

  it("a failed ConfirmDevice still signs in, reporting the error; nothing is stored", async () => {
    const store = createMemoryDeviceStore();
    const { flow } = always(store);
    await flow.start({ username: "dee", password: PASSWORD });
    harness.emulator.faults.inject({
      operation: "ConfirmDevice",
      kind: "exception",
      type: "InternalErrorException",
    });
    await flow.respond({ code: CODE });
    const snapshot = flow.getSnapshot();
    expect(snapshot).toMatchObject({
      status: "signedIn",
      error: { code: "InternalErrorException" },
    });
    expect(snapshot.tokens?.AccessToken).toEqual(expect.any(String));
    expect(snapshot.device).toBeUndefined();
    expect(await store.get("dee")).toBeUndefined();
  });

  it("opt-in: asks REMEMBER_DEVICE; yes calls UpdateDeviceStatus and the device then skips MFA", async () => {
    const store = createMemoryDeviceStore();
    const first = optIn(store);
    await first.flow.start({ username: "eve", password: PASSWORD });
    await first.flow.respond({ code: CODE });
    const ask = first.flow.getSnapshot();
    expect(ask).toMatchObject({ status: "challenge", challenge: { name: "REMEMBER_DEVICE" } });
    expect(ask.tokens).toBeUndefined();
    expect(ask.expiresAt).toBeUndefined();
    await first.flow.respond({ remember: true });
    expect(first.flow.getSnapshot()).toMatchObject({
      status: "signedIn",
      device: { remembered: true },
    });
    expect(first.calls.slice(-2)).toEqual(["ConfirmDevice", "UpdateDeviceStatus"]);
    expect((await store.get("eve"))?.remembered).toBe(true);

    const second = optIn(store);
    await second.flow.start({ username: "eve", password: PASSWORD });
    expect(second.flow.getSnapshot().status).toBe("signedIn");
  });

  it("opt-in: no sets not_remembered, and the next sign-in asks for MFA again", async () => {
    const store = createMemoryDeviceStore();
    const first = optIn(store);
    await first.flow.start({ username: "fay", password: PASSWORD });
    await first.flow.respond({ code: CODE });
    await first.flow.respond({ remember: false });
    expect(first.flow.getSnapshot()).toMatchObject({
      status: "signedIn",
      device: { remembered: false },
    });
    expect((await store.get("fay"))?.remembered).toBe(false);

    const second = optIn(store);
    await second.flow.start({ username: "fay", password: PASSWORD });
    expect(second.flow.getSnapshot().challenge?.name).toBe("SMS_MFA");
    await second.flow.respond({ code: CODE });
    expect(second.flow.getSnapshot().status).toBe("signedIn");
  });

  it("opt-in: a failed UpdateDeviceStatus still signs in, the device not remembered, the error reported", async () => {
    const store = createMemoryDeviceStore();
    const { flow } = optIn(store);
    await flow.start({ username: "gil", password: PASSWORD });
    await flow.respond({ code: CODE });
    harness.emulator.faults.inject({
      operation: "UpdateDeviceStatus",
      kind: "exception",
      type: "TooManyRequestsException",
    });
    await flow.respond({ remember: true });
    expect(flow.getSnapshot()).toMatchObject({
      status: "signedIn",
      device: { remembered: false },
      error: { code: "TooManyRequestsException" },
    });
    expect(flow.getSnapshot().tokens?.AccessToken).toEqual(expect.any(String));
  });

  it("USER_AUTH passwordless on a remembered device: DEVICE_KEY with the code, then device SRP", async () => {
    const store = createMemoryDeviceStore();
    const first = always(store);
    await first.flow.start({ username: "hal", password: PASSWORD });
    await first.flow.respond({ code: CODE });
    const stored = await store.get("hal");
    expect(first.flow.getSnapshot()).toMatchObject({
      status: "signedIn",
      device: { remembered: true },
    });
    expect(stored?.remembered).toBe(true);

    const { flow, calls } = flowOn(harness, kind, {
      userPoolId: `us-east-1_Always${s}`,
      clientId: `always${s}`,
      authFlow: "USER_AUTH",
      deviceStore: store,
    });
    await flow.start({ username: "hal", preferredChallenge: "EMAIL_OTP" });
    expect(flow.getSnapshot().challenge?.name).toBe("EMAIL_OTP");
    await flow.respond({ code: CODE });
    expect(flow.getSnapshot()).toMatchObject({
      status: "signedIn",
      device: { deviceKey: stored?.deviceKey, remembered: true },
    });
    // No ConfirmDevice: Cognito recognised the device (no NewDeviceMetadata).
    expect(calls).toEqual(["InitiateAuth", ...Array(3).fill("RespondToAuthChallenge")]);
    expect((await store.get("hal"))?.deviceKey).toBe(stored?.deviceKey);
  });
});
