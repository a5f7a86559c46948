// @vitest-environment node
import { describe, expect, it } from "vitest";
import { hmacSha256 } from "../../src/core/util/crypto";
import { bytesToBase64, utf8 } from "../../src/core/util/encoding";
import { createEmulator } from "../../src/testing";
import { call, failure } from "./helpers";

describe("setting up a pool through the API, as with AWS", () => {
  it("CreateUserPool → CreateUserPoolClient → AdminCreateUser → first sign-in", async () => {
    const emulator = createEmulator({ code: "123456", region: "eu-west-1" });
    const created = await call(emulator, "CreateUserPool", {
      PoolName: "api",
      UsernameAttributes: ["email"],
      Schema: [
        { Name: "name", Required: true },
        { Name: "team", AttributeDataType: "String" },
      ],
      Policies: {
        PasswordPolicy: { MinimumLength: 10, RequireSymbols: false },
        SignInPolicy: { AllowedFirstAuthFactors: ["PASSWORD", "EMAIL_OTP"] },
      },
      DeviceConfiguration: { ChallengeRequiredOnNewDevice: true },
    });
    const pool = created.UserPool as Record<string, unknown>;
    expect(pool.Id).toMatch(/^eu-west-1_[0-9A-Za-z]{9}$/);
    expect(pool).toMatchObject({
      Name: "api",
      MfaConfiguration: "OFF",
      UserPoolTier: "ESSENTIALS",
      UsernameAttributes: ["email"],
      Policies: {
        PasswordPolicy: { MinimumLength: 10, RequireSymbols: false, RequireUppercase: true },
        SignInPolicy: { AllowedFirstAuthFactors: ["PASSWORD", "EMAIL_OTP"] },
      },
      DeviceConfiguration: {
        ChallengeRequiredOnNewDevice: true,
        DeviceOnlyRememberedOnUserPrompt: false,
      },
    });
    expect(pool.SchemaAttributes).toContainEqual(expect.objectContaining({ Name: "custom:team" }));
    const client = (
      await call(emulator, "CreateUserPoolClient", {
        UserPoolId: pool.Id,
        ClientName: "web",
        GenerateSecret: true,
        ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
      })
    ).UserPoolClient as Record<string, unknown>;
    expect(client.ClientId).toMatch(/^[a-z0-9]{26}$/);
    expect(client.ClientSecret).toMatch(/^[a-z0-9]{51}$/);
    expect(client).toMatchObject({ AuthSessionValidity: 3, PreventUserExistenceErrors: "LEGACY" });
    expect(
      (
        await call(emulator, "DescribeUserPoolClient", {
          UserPoolId: pool.Id,
          ClientId: client.ClientId,
        })
      ).UserPoolClient,
    ).toEqual(client);

    const user = await call(emulator, "AdminCreateUser", {
      UserPoolId: pool.Id,
      Username: "ann@example.com",
      TemporaryPassword: "Temporary-123",
      DesiredDeliveryMediums: ["EMAIL"],
    });
    expect(user.User).toMatchObject({ UserStatus: "FORCE_CHANGE_PASSWORD", Enabled: true });
    expect((user.User as { Username: string }).Username).toMatch(/^[0-9a-f-]{36}$/);
    expect(emulator.outbox.last()).toMatchObject({
      medium: "EMAIL",
      destination: "ann@example.com",
      code: "Temporary-123",
      purpose: "TEMPORARY_PASSWORD",
    });

    const hash = bytesToBase64(
      await hmacSha256(
        utf8(String(client.ClientSecret)),
        utf8(`ann@example.com${client.ClientId}`),
      ),
    );
    const challenge = await call(emulator, "InitiateAuth", {
      AuthFlow: "USER_PASSWORD_AUTH",
      ClientId: client.ClientId,
      AuthParameters: { USERNAME: "ann@example.com", PASSWORD: "Temporary-123", SECRET_HASH: hash },
    });
    expect(challenge.ChallengeName).toBe("NEW_PASSWORD_REQUIRED");
    expect(JSON.parse(challenge.ChallengeParameters?.requiredAttributes ?? "")).toEqual([
      "userAttributes.name",
    ]);
  });

  it("validates AuthSessionValidity, MFA without a factor, and unknown ids", async () => {
    const emulator = createEmulator();
    const pool = (
      (await call(emulator, "CreateUserPool", { PoolName: "p" })).UserPool as { Id: string }
    ).Id;
    expect(
      await failure(emulator, "CreateUserPoolClient", {
        UserPoolId: pool,
        ClientName: "c",
        AuthSessionValidity: 16,
      }),
    ).toMatchObject({ type: "InvalidParameterException" });
    expect(
      await failure(emulator, "CreateUserPoolClient", {
        UserPoolId: pool,
        ClientName: "c",
        AuthSessionValidity: 2,
      }),
    ).toMatchObject({ type: "InvalidParameterException" });
    expect(
      await failure(emulator, "SetUserPoolMfaConfig", { UserPoolId: pool, MfaConfiguration: "ON" }),
    ).toMatchObject({ type: "InvalidParameterException" });
    const mfa = await call(emulator, "SetUserPoolMfaConfig", {
      UserPoolId: pool,
      MfaConfiguration: "ON",
      SoftwareTokenMfaConfiguration: { Enabled: true },
      WebAuthnConfiguration: { RelyingPartyId: "example.com", UserVerification: "required" },
    });
    expect(mfa).toMatchObject({
      MfaConfiguration: "ON",
      SoftwareTokenMfaConfiguration: { Enabled: true },
      WebAuthnConfiguration: {
        RelyingPartyId: "example.com",
        UserVerification: "required",
        FactorConfiguration: "SINGLE_FACTOR",
      },
    });
    expect((await call(emulator, "DescribeUserPool", { UserPoolId: pool })).UserPool).toMatchObject(
      { MfaConfiguration: "ON" },
    );
    expect(
      await failure(emulator, "DescribeUserPool", { UserPoolId: "us-east-1_nope" }),
    ).toMatchObject({
      type: "ResourceNotFoundException",
      message: "User pool us-east-1_nope does not exist.",
    });
    expect(await failure(emulator, "CreateUserPool", {})).toMatchObject({
      type: "InvalidParameterException",
      message:
        "1 validation error detected: Value null at 'poolName' failed to satisfy constraint: Member must not be null",
    });
    expect(await failure(emulator, "NoSuchOperation", {})).toMatchObject({
      type: "UnknownOperationException",
      statusCode: 400,
    });
    expect(await failure(emulator, "InitiateAuth", "not an object")).toMatchObject({
      type: "InvalidParameterException",
    });
  });

  it("administers users: get, password, attributes, MFA preference, disable, delete", async () => {
    const emulator = createEmulator();
    const pool = (
      (await call(emulator, "CreateUserPool", { PoolName: "p", AliasAttributes: ["email"] }))
        .UserPool as { Id: string }
    ).Id;
    const clientId = (
      (
        await call(emulator, "CreateUserPoolClient", {
          UserPoolId: pool,
          ClientName: "c",
          ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH"],
        })
      ).UserPoolClient as { ClientId: string }
    ).ClientId;
    await call(emulator, "AdminCreateUser", {
      UserPoolId: pool,
      Username: "bo",
      MessageAction: "SUPPRESS",
      UserAttributes: [
        { Name: "email", Value: "bo@example.com" },
        { Name: "email_verified", Value: "true" },
      ],
    });
    expect(emulator.outbox.list()).toEqual([]);
    expect(
      await failure(emulator, "AdminCreateUser", { UserPoolId: pool, Username: "bo" }),
    ).toMatchObject({ type: "UsernameExistsException", message: "User account already exists" });
    expect(
      await failure(emulator, "AdminCreateUser", {
        UserPoolId: pool,
        Username: "weak",
        TemporaryPassword: "short",
      }),
    ).toMatchObject({ type: "InvalidPasswordException" });
    expect(
      await failure(emulator, "AdminSetUserPassword", {
        UserPoolId: pool,
        Username: "bo",
        Password: "nouppercase1!",
        Permanent: true,
      }),
    ).toMatchObject({
      type: "InvalidPasswordException",
      message: "Password did not conform with policy: Password must have uppercase characters",
    });
    await call(emulator, "AdminSetUserPassword", {
      UserPoolId: pool,
      Username: "bo@example.com",
      Password: "Perm-Passw0rd",
      Permanent: true,
    });
    expect(
      (await call(emulator, "AdminGetUser", { UserPoolId: pool, Username: "bo" })).UserStatus,
    ).toBe("CONFIRMED");
    expect(
      (
        await call(emulator, "InitiateAuth", {
          AuthFlow: "USER_PASSWORD_AUTH",
          ClientId: clientId,
          AuthParameters: { USERNAME: "bo@example.com", PASSWORD: "Perm-Passw0rd" },
        })
      ).AuthenticationResult,
    ).toBeDefined();

    await call(emulator, "AdminUpdateUserAttributes", {
      UserPoolId: pool,
      Username: "bo",
      UserAttributes: [{ Name: "phone_number", Value: "+15555550016" }],
    });
    expect(
      await failure(emulator, "AdminSetUserMFAPreference", {
        UserPoolId: pool,
        Username: "bo",
        SoftwareTokenMfaSettings: { Enabled: true },
      }),
    ).toMatchObject({
      type: "InvalidParameterException",
      message: "User has not verified software token mfa",
    });
    await call(emulator, "AdminSetUserMFAPreference", {
      UserPoolId: pool,
      Username: "bo",
      SMSMfaSettings: { Enabled: true, PreferredMfa: true },
    });
    expect(
      await call(emulator, "AdminGetUser", { UserPoolId: pool, Username: "bo" }),
    ).toMatchObject({ UserMFASettingList: ["SMS_MFA"], PreferredMfaSetting: "SMS_MFA" });
    expect(
      await failure(emulator, "AdminUpdateUserAttributes", {
        UserPoolId: pool,
        Username: "bo",
        UserAttributes: [{ Name: "nope", Value: "x" }],
      }),
    ).toMatchObject({ type: "InvalidParameterException" });

    await call(emulator, "AdminDisableUser", { UserPoolId: pool, Username: "bo" });
    expect(
      await failure(emulator, "InitiateAuth", {
        AuthFlow: "USER_PASSWORD_AUTH",
        ClientId: clientId,
        AuthParameters: { USERNAME: "bo", PASSWORD: "Perm-Passw0rd" },
      }),
    ).toMatchObject({ type: "NotAuthorizedException", message: "User is disabled." });
    await call(emulator, "AdminDeleteUser", { UserPoolId: pool, Username: "bo" });
    expect(
      await failure(emulator, "AdminGetUser", { UserPoolId: pool, Username: "bo" }),
    ).toMatchObject({ type: "UserNotFoundException", message: "User does not exist." });
  });

  it("locks a user out after repeated wrong passwords", async () => {
    const emulator = createEmulator();
    const pool = (
      (await call(emulator, "CreateUserPool", { PoolName: "p" })).UserPool as { Id: string }
    ).Id;
    const clientId = (
      (
        await call(emulator, "CreateUserPoolClient", {
          UserPoolId: pool,
          ClientName: "c",
          ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH"],
        })
      ).UserPoolClient as { ClientId: string }
    ).ClientId;
    await call(emulator, "AdminCreateUser", {
      UserPoolId: pool,
      Username: "lo",
      MessageAction: "SUPPRESS",
    });
    await call(emulator, "AdminSetUserPassword", {
      UserPoolId: pool,
      Username: "lo",
      Password: "Right-Passw0rd",
      Permanent: true,
    });
    const attempt = (password: string) => ({
      AuthFlow: "USER_PASSWORD_AUTH",
      ClientId: clientId,
      AuthParameters: { USERNAME: "lo", PASSWORD: password },
    });
    for (let i = 0; i < 5; i++)
      expect(await failure(emulator, "InitiateAuth", attempt("Wrong-Passw0rd"))).toMatchObject({
        message: "Incorrect username or password.",
      });
    expect(await failure(emulator, "InitiateAuth", attempt("Right-Passw0rd"))).toMatchObject({
      type: "NotAuthorizedException",
      message: "Password attempts exceeded",
    });
    emulator.clock.advance(1.5);
    expect(
      (await call(emulator, "InitiateAuth", attempt("Right-Passw0rd"))).AuthenticationResult,
    ).toBeDefined();
  });
});
