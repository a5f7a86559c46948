// @vitest-environment node
import { describe, expect, it } from "vitest";
import { totpCode } from "../../src/testing";
import { CLIENT_ID, call, claims, failure, PASSWORD, passwordSignIn, setup } from "./helpers";

const pool = {
  MfaConfig: {
    MfaConfiguration: "OPTIONAL" as const,
    SoftwareTokenMfaConfiguration: { Enabled: true },
    SmsMfaConfiguration: {},
  },
  Users: [
    {
      Username: "tok",
      Password: PASSWORD,
      Attributes: { email: "tok@example.com", email_verified: "true", name: "To Ken" },
    },
  ],
};

describe("tokens and the operations they authorize", () => {
  it("GetUser with the access token; expired or forged tokens are refused", async () => {
    const emulator = await setup(pool);
    const tokens = (await passwordSignIn(emulator, "tok")).AuthenticationResult;
    const access = tokens?.AccessToken ?? "";
    const id = claims(tokens?.IdToken ?? "");
    expect(id).toMatchObject({
      email: "tok@example.com",
      email_verified: true,
      name: "To Ken",
      "cognito:username": "tok",
      token_use: "id",
    });
    expect(id.auth_time).toBe(claims(access).auth_time);
    expect(await call(emulator, "GetUser", { AccessToken: access })).toMatchObject({
      Username: "tok",
      UserAttributes: expect.arrayContaining([{ Name: "email", Value: "tok@example.com" }]),
    });
    const [head, body] = access.split(".");
    expect(
      await failure(emulator, "GetUser", { AccessToken: `${head}.${body}.AAAA` }),
    ).toMatchObject({ type: "NotAuthorizedException", message: "Invalid Access Token" });
    expect(await failure(emulator, "GetUser", { AccessToken: tokens?.IdToken })).toMatchObject({
      type: "NotAuthorizedException",
      message: "Invalid Access Token",
    });
    emulator.clock.advance(3601);
    expect(await failure(emulator, "GetUser", { AccessToken: access })).toMatchObject({
      type: "NotAuthorizedException",
      message: "Access Token has expired",
    });
  });

  it("REFRESH_TOKEN_AUTH and GetTokensFromRefreshToken issue new tokens without a new refresh token", async () => {
    const emulator = await setup(pool);
    const first = (await passwordSignIn(emulator, "tok")).AuthenticationResult;
    emulator.clock.advance(3601);
    for (const flow of ["REFRESH_TOKEN_AUTH", "REFRESH_TOKEN"]) {
      const refreshed = await call(emulator, "InitiateAuth", {
        AuthFlow: flow,
        ClientId: CLIENT_ID,
        AuthParameters: { REFRESH_TOKEN: first?.RefreshToken ?? "" },
      });
      expect(refreshed.AuthenticationResult?.RefreshToken).toBeUndefined();
      expect(
        await call(emulator, "GetUser", {
          AccessToken: refreshed.AuthenticationResult?.AccessToken,
        }),
      ).toMatchObject({ Username: "tok" });
    }
    const viaV6 = await call(emulator, "GetTokensFromRefreshToken", {
      ClientId: CLIENT_ID,
      RefreshToken: first?.RefreshToken,
    });
    expect(viaV6.AuthenticationResult?.IdToken).toBeTruthy();
    expect(
      await failure(emulator, "InitiateAuth", {
        AuthFlow: "REFRESH_TOKEN_AUTH",
        ClientId: CLIENT_ID,
        AuthParameters: { REFRESH_TOKEN: "nope" },
      }),
    ).toMatchObject({ type: "NotAuthorizedException", message: "Invalid Refresh Token" });
    emulator.clock.advance(30 * 86400);
    expect(
      await failure(emulator, "InitiateAuth", {
        AuthFlow: "REFRESH_TOKEN_AUTH",
        ClientId: CLIENT_ID,
        AuthParameters: { REFRESH_TOKEN: first?.RefreshToken ?? "" },
      }),
    ).toMatchObject({ type: "NotAuthorizedException", message: "Refresh Token has expired" });
  });

  it("TOTP after sign-in: AssociateSoftwareToken + VerifySoftwareToken by AccessToken, then SetUserMFAPreference", async () => {
    const emulator = await setup(pool);
    const access = (await passwordSignIn(emulator, "tok")).AuthenticationResult?.AccessToken ?? "";
    expect(
      await failure(emulator, "SetUserMFAPreference", {
        AccessToken: access,
        SoftwareTokenMfaSettings: { Enabled: true },
      }),
    ).toMatchObject({ message: "User has not verified software token mfa" });
    expect(
      await failure(emulator, "AssociateSoftwareToken", { AccessToken: access, Session: "x" }),
    ).toMatchObject({ type: "InvalidParameterException" });
    const { SecretCode } = await call(emulator, "AssociateSoftwareToken", { AccessToken: access });
    expect(
      await failure(emulator, "VerifySoftwareToken", { AccessToken: access, UserCode: "000000" }),
    ).toMatchObject({
      type: "EnableSoftwareTokenMFAException",
      message: "Code mismatch and fail enable Software Token MFA",
    });
    expect(
      await call(emulator, "VerifySoftwareToken", {
        AccessToken: access,
        UserCode: totpCode(String(SecretCode), emulator.clock.now()),
        FriendlyDeviceName: "phone",
      }),
    ).toEqual({ Status: "SUCCESS" });
    await call(emulator, "SetUserMFAPreference", {
      AccessToken: access,
      SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
    });
    expect(await call(emulator, "GetUser", { AccessToken: access })).toMatchObject({
      UserMFASettingList: ["SOFTWARE_TOKEN_MFA"],
      PreferredMfaSetting: "SOFTWARE_TOKEN_MFA",
    });
    expect((await passwordSignIn(emulator, "tok")).ChallengeName).toBe("SOFTWARE_TOKEN_MFA");
  });
});
