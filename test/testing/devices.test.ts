// @vitest-environment node
import { describe, expect, it } from "vitest";
import { createDeviceVerifier, createSrpEphemeral } from "../../src/core/srp";
import { type Emulator, totpCode } from "../../src/testing";
import {
  CLIENT_ID,
  call,
  claims,
  deviceClaim,
  failure,
  PASSWORD,
  passwordClaim,
  respond,
  setup,
  srpStart,
  type Wire,
} from "./helpers";

const SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

async function devicePool(onPrompt = true): Promise<Emulator> {
  return setup({
    DeviceConfiguration: {
      ChallengeRequiredOnNewDevice: true,
      DeviceOnlyRememberedOnUserPrompt: onPrompt,
    },
    MfaConfig: { MfaConfiguration: "OPTIONAL", SoftwareTokenMfaConfiguration: { Enabled: true } },
    Users: [
      {
        Username: "dev",
        Password: PASSWORD,
        TotpSecret: SECRET,
        MfaPreference: { SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } },
      },
    ],
  });
}

async function totp(emulator: Emulator, challenge: Wire): Promise<Wire> {
  expect(challenge.ChallengeName).toBe("SOFTWARE_TOKEN_MFA");
  return respond(emulator, challenge, "SOFTWARE_TOKEN_MFA", {
    USERNAME: "dev",
    SOFTWARE_TOKEN_MFA_CODE: totpCode(SECRET, emulator.clock.now()),
  });
}

/** First sign-in on a new device, then ConfirmDevice. */
async function rememberNewDevice(emulator: Emulator) {
  const start = await srpStart(emulator, "dev");
  const tokens = await totp(
    emulator,
    await respond(
      emulator,
      start.challenge,
      "PASSWORD_VERIFIER",
      await passwordClaim(emulator, start, PASSWORD),
    ),
  );
  const metadata = tokens.AuthenticationResult?.NewDeviceMetadata;
  expect(metadata?.DeviceKey).toMatch(/^us-east-1_[0-9a-f-]{36}$/);
  expect(metadata?.DeviceGroupKey).toMatch(/^-\w{9}$/);
  const accessToken = tokens.AuthenticationResult?.AccessToken ?? "";
  expect(claims(accessToken).device_key).toBe(metadata?.DeviceKey);
  const verifier = await createDeviceVerifier({
    deviceKey: metadata?.DeviceKey ?? "",
    deviceGroupKey: metadata?.DeviceGroupKey ?? "",
  });
  const confirmed = await call(emulator, "ConfirmDevice", {
    AccessToken: accessToken,
    DeviceKey: metadata?.DeviceKey,
    DeviceSecretVerifierConfig: verifier.verifierConfig,
    DeviceName: "test browser",
  });
  return {
    accessToken,
    confirmed,
    device: {
      deviceKey: metadata?.DeviceKey ?? "",
      deviceGroupKey: metadata?.DeviceGroupKey ?? "",
      devicePassword: verifier.devicePassword,
    },
  };
}

async function deviceSrp(
  emulator: Emulator,
  challenge: Wire,
  device: { deviceKey: string; deviceGroupKey: string; devicePassword: string },
): Promise<Wire> {
  expect(challenge).toMatchObject({ ChallengeName: "DEVICE_SRP_AUTH", ChallengeParameters: {} });
  const ephemeral = await createSrpEphemeral();
  const verifier = await respond(emulator, challenge, "DEVICE_SRP_AUTH", {
    USERNAME: "dev",
    DEVICE_KEY: device.deviceKey,
    SRP_A: ephemeral.srpA,
  });
  expect(verifier.ChallengeName).toBe("DEVICE_PASSWORD_VERIFIER");
  // Unlike PASSWORD_VERIFIER, the device step keeps its Session (§3.13; the classic SDK and
  // Amplify both send it back).
  expect(verifier.Session).toMatch(/^[A-Za-z0-9_-]{100,}$/);
  expect(Object.keys(verifier.ChallengeParameters ?? {}).sort()).toEqual([
    "SALT",
    "SECRET_BLOCK",
    "SRP_B",
    "USERNAME",
  ]);
  return respond(
    emulator,
    verifier,
    "DEVICE_PASSWORD_VERIFIER",
    await deviceClaim(emulator, ephemeral, verifier, device),
  );
}

describe("device tracking", () => {
  it("a device confirmed on prompt asks MFA and then proves itself; once remembered it skips MFA", async () => {
    const emulator = await devicePool();
    const { accessToken, confirmed, device } = await rememberNewDevice(emulator);
    expect(confirmed).toEqual({ UserConfirmationNecessary: true });

    const start = await srpStart(emulator, "dev");
    const mfa = await respond(emulator, start.challenge, "PASSWORD_VERIFIER", {
      ...(await passwordClaim(emulator, start, PASSWORD)),
      DEVICE_KEY: device.deviceKey,
    });
    const afterMfa = await totp(emulator, mfa);
    const tokens = await deviceSrp(emulator, afterMfa, device);
    expect(tokens.AuthenticationResult?.NewDeviceMetadata).toBeUndefined();
    expect(claims(tokens.AuthenticationResult?.AccessToken ?? "").device_key).toBe(
      device.deviceKey,
    );

    expect(
      await call(emulator, "UpdateDeviceStatus", {
        AccessToken: accessToken,
        DeviceKey: device.deviceKey,
        DeviceRememberedStatus: "remembered",
      }),
    ).toEqual({});
    const again = await srpStart(emulator, "dev");
    const skip = await respond(emulator, again.challenge, "PASSWORD_VERIFIER", {
      ...(await passwordClaim(emulator, again, PASSWORD)),
      DEVICE_KEY: device.deviceKey,
    });
    const final = await deviceSrp(emulator, skip, device);
    expect(final.AuthenticationResult?.AccessToken).toBeTruthy();

    const listed = await call(emulator, "ListDevices", { AccessToken: accessToken });
    expect(listed.Devices).toEqual([
      expect.objectContaining({
        DeviceKey: device.deviceKey,
        DeviceAttributes: expect.arrayContaining([
          { Name: "device_name", Value: "test browser" },
          { Name: "dev:device_remembered_status", Value: "remembered" },
        ]),
      }),
    ]);
  });

  it("DeviceOnlyRememberedOnUserPrompt false remembers at once; USER_PASSWORD_AUTH takes DEVICE_KEY in InitiateAuth", async () => {
    const emulator = await devicePool(false);
    const { confirmed, device } = await rememberNewDevice(emulator);
    expect(confirmed).toEqual({ UserConfirmationNecessary: false });
    const challenge = await call(emulator, "InitiateAuth", {
      AuthFlow: "USER_PASSWORD_AUTH",
      ClientId: CLIENT_ID,
      AuthParameters: { USERNAME: "dev", PASSWORD, DEVICE_KEY: device.deviceKey },
    });
    expect((await deviceSrp(emulator, challenge, device)).AuthenticationResult).toBeDefined();
  });

  it("an unknown DEVICE_KEY is ResourceNotFoundException and the SECRET_BLOCK stays usable", async () => {
    const emulator = await devicePool();
    const start = await srpStart(emulator, "dev");
    const claim = await passwordClaim(emulator, start, PASSWORD);
    const input = {
      ClientId: CLIENT_ID,
      ChallengeName: "PASSWORD_VERIFIER",
      ChallengeResponses: {
        ...claim,
        DEVICE_KEY: "us-east-1_00000000-0000-4000-8000-000000000000",
      },
    };
    expect(await failure(emulator, "RespondToAuthChallenge", input)).toMatchObject({
      type: "ResourceNotFoundException",
      message: "Device does not exist.",
    });
    // The retry without DEVICE_KEY, same SECRET_BLOCK and no Session (what the classic SDK and
    // Amplify do, §5 step 6).
    const mfa = await respond(emulator, start.challenge, "PASSWORD_VERIFIER", claim);
    expect(mfa.ChallengeName).toBe("SOFTWARE_TOKEN_MFA");
  });

  it("a wrong device password fails DEVICE_PASSWORD_VERIFIER", async () => {
    const emulator = await devicePool(false);
    const { device } = await rememberNewDevice(emulator);
    const challenge = await call(emulator, "InitiateAuth", {
      AuthFlow: "USER_PASSWORD_AUTH",
      ClientId: CLIENT_ID,
      AuthParameters: { USERNAME: "dev", PASSWORD, DEVICE_KEY: device.deviceKey },
    });
    const ephemeral = await createSrpEphemeral();
    const verifier = await respond(emulator, challenge, "DEVICE_SRP_AUTH", {
      USERNAME: "dev",
      DEVICE_KEY: device.deviceKey,
      SRP_A: ephemeral.srpA,
    });
    const wrong = await deviceClaim(emulator, ephemeral, verifier, {
      ...device,
      devicePassword: `${device.devicePassword.slice(0, -3)}AA=`,
    });
    expect(
      await failure(emulator, "RespondToAuthChallenge", {
        ClientId: CLIENT_ID,
        ChallengeName: "DEVICE_PASSWORD_VERIFIER",
        Session: verifier.Session,
        ChallengeResponses: wrong,
      }),
    ).toMatchObject({ type: "NotAuthorizedException", message: "Incorrect username or password." });
  });

  it("ForgetDevice: the key no longer exists; GetDevice and ConfirmDevice errors", async () => {
    const emulator = await devicePool();
    const { accessToken, device } = await rememberNewDevice(emulator);
    expect(
      (await call(emulator, "GetDevice", { AccessToken: accessToken, DeviceKey: device.deviceKey }))
        .Device,
    ).toMatchObject({ DeviceKey: device.deviceKey });
    const verifier = await createDeviceVerifier({
      deviceKey: device.deviceKey,
      deviceGroupKey: device.deviceGroupKey,
    });
    expect(
      await failure(emulator, "ConfirmDevice", {
        AccessToken: accessToken,
        DeviceKey: device.deviceKey,
        DeviceSecretVerifierConfig: verifier.verifierConfig,
      }),
    ).toMatchObject({ type: "DeviceKeyExistsException" });
    expect(
      await call(emulator, "ForgetDevice", {
        AccessToken: accessToken,
        DeviceKey: device.deviceKey,
      }),
    ).toEqual({});
    expect(
      await failure(emulator, "GetDevice", {
        AccessToken: accessToken,
        DeviceKey: device.deviceKey,
      }),
    ).toMatchObject({ type: "ResourceNotFoundException", message: "Device does not exist." });
    expect(
      await failure(emulator, "InitiateAuth", {
        AuthFlow: "USER_PASSWORD_AUTH",
        ClientId: CLIENT_ID,
        AuthParameters: { USERNAME: "dev", PASSWORD, DEVICE_KEY: device.deviceKey },
      }),
    ).toMatchObject({ type: "ResourceNotFoundException", message: "Device does not exist." });
    expect((await call(emulator, "ListDevices", { AccessToken: accessToken })).Devices).toEqual([]);
  });

  it("pools without device tracking send no NewDeviceMetadata", async () => {
    const emulator = await setup({ Users: [{ Username: "dev", Password: PASSWORD }] });
    const tokens = await call(emulator, "InitiateAuth", {
      AuthFlow: "USER_PASSWORD_AUTH",
      ClientId: CLIENT_ID,
      AuthParameters: { USERNAME: "dev", PASSWORD },
    });
    expect(tokens.AuthenticationResult?.NewDeviceMetadata).toBeUndefined();
    expect(claims(tokens.AuthenticationResult?.AccessToken ?? "").device_key).toBeUndefined();
  });
});
