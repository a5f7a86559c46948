// @vitest-environment node
import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  type AuthParametersInput,
  buildAuthParameters,
  buildInitiateAuthRequest,
  buildRespondToAuthChallengeRequest,
  ChallengeError,
  createSecretHashProvider,
} from "../../../src/core/index";

const clientId = "7h3lq2m9v5c1n8kp4r6t0sdbaf";
const clientSecret = "client-secret-of-the-app-client";
const secretHash = createSecretHashProvider(clientId, clientSecret);
const hashOf = (username: string) =>
  createHmac("sha256", clientSecret)
    .update(username + clientId)
    .digest("base64");

const typed = "alice@example.com";
const srpA = "1f2e3d4c5b6a";
const deviceKey = "us-east-1_6f0c3e4a-8b9d-4f2e-a1c7-5d3b9e8f0a12";

describe("buildAuthParameters: exactly the keys of each flow (protocol reference §2)", () => {
  it.each<[string, AuthParametersInput, Record<string, string>]>([
    [
      "USER_SRP_AUTH",
      { authFlow: "USER_SRP_AUTH", username: typed, srpA },
      { USERNAME: typed, SRP_A: srpA },
    ],
    // Amplify does not send DEVICE_KEY with USER_SRP_AUTH (§13.3).
    [
      "USER_SRP_AUTH with a device",
      { authFlow: "USER_SRP_AUTH", username: typed, srpA, deviceKey },
      { USERNAME: typed, SRP_A: srpA },
    ],
    [
      "USER_PASSWORD_AUTH",
      { authFlow: "USER_PASSWORD_AUTH", username: typed, password: "p w" },
      { USERNAME: typed, PASSWORD: "p w" },
    ],
    [
      "USER_PASSWORD_AUTH with a device",
      { authFlow: "USER_PASSWORD_AUTH", username: typed, password: "pw", deviceKey },
      { USERNAME: typed, PASSWORD: "pw", DEVICE_KEY: deviceKey },
    ],
    [
      "USER_AUTH without preference",
      { authFlow: "USER_AUTH", username: typed, password: "ignored", deviceKey },
      { USERNAME: typed },
    ],
    [
      "USER_AUTH preferring PASSWORD",
      { authFlow: "USER_AUTH", username: typed, preferredChallenge: "PASSWORD", password: "pw" },
      { USERNAME: typed, PREFERRED_CHALLENGE: "PASSWORD", PASSWORD: "pw" },
    ],
    [
      "USER_AUTH preferring PASSWORD_SRP",
      { authFlow: "USER_AUTH", username: typed, preferredChallenge: "PASSWORD_SRP", srpA },
      { USERNAME: typed, PREFERRED_CHALLENGE: "PASSWORD_SRP", SRP_A: srpA },
    ],
    [
      "USER_AUTH preferring WEB_AUTHN",
      { authFlow: "USER_AUTH", username: typed, preferredChallenge: "WEB_AUTHN" },
      { USERNAME: typed, PREFERRED_CHALLENGE: "WEB_AUTHN" },
    ],
    [
      "USER_AUTH preferring EMAIL_OTP",
      { authFlow: "USER_AUTH", username: typed, preferredChallenge: "EMAIL_OTP", password: "x" },
      { USERNAME: typed, PREFERRED_CHALLENGE: "EMAIL_OTP" },
    ],
    [
      "CUSTOM_AUTH",
      { authFlow: "CUSTOM_AUTH", username: typed, deviceKey },
      { USERNAME: typed, DEVICE_KEY: deviceKey },
    ],
    [
      "CUSTOM_AUTH with SRP first",
      { authFlow: "CUSTOM_AUTH", username: typed, srpFirst: true, srpA },
      { USERNAME: typed, CHALLENGE_NAME: "SRP_A", SRP_A: srpA },
    ],
    [
      "REFRESH_TOKEN_AUTH",
      { authFlow: "REFRESH_TOKEN_AUTH", username: "", refreshToken: "eyJj.a.b.c.d", deviceKey },
      { REFRESH_TOKEN: "eyJj.a.b.c.d", DEVICE_KEY: deviceKey },
    ],
    [
      "REFRESH_TOKEN",
      { authFlow: "REFRESH_TOKEN", username: "", refreshToken: "eyJj.a.b.c.d" },
      { REFRESH_TOKEN: "eyJj.a.b.c.d" },
    ],
  ])("%s", async (_label, input, expected) => {
    await expect(buildAuthParameters(input)).resolves.toStrictEqual(expected);
  });

  it("adds SECRET_HASH computed with the USERNAME as typed", async () => {
    await expect(
      buildAuthParameters({ authFlow: "USER_SRP_AUTH", username: typed, srpA }, secretHash),
    ).resolves.toStrictEqual({ USERNAME: typed, SRP_A: srpA, SECRET_HASH: hashOf(typed) });
  });

  it("hashes a refresh with the internal username given, without sending USERNAME", async () => {
    const sub = "8f1c2a9e-4b7d-4e1a-9c3b-2d5e6f708192";
    await expect(
      buildAuthParameters(
        { authFlow: "REFRESH_TOKEN_AUTH", username: sub, refreshToken: "r" },
        secretHash,
      ),
    ).resolves.toStrictEqual({ REFRESH_TOKEN: "r", SECRET_HASH: hashOf(sub) });
  });

  it.each<[string, AuthParametersInput, string, string]>([
    [
      "an empty username",
      { authFlow: "USER_SRP_AUTH", username: " ", srpA },
      "EmptyUsername",
      "retry",
    ],
    ["no password", { authFlow: "USER_PASSWORD_AUTH", username: typed }, "EmptyPassword", "retry"],
    [
      "no password for PREFERRED_CHALLENGE=PASSWORD",
      { authFlow: "USER_AUTH", username: typed, preferredChallenge: "PASSWORD" },
      "EmptyPassword",
      "retry",
    ],
    ["no SRP_A", { authFlow: "USER_SRP_AUTH", username: typed }, "InvalidSrpA", "restart"],
    [
      "no SRP_A for CUSTOM_AUTH with SRP",
      { authFlow: "CUSTOM_AUTH", username: typed, srpFirst: true },
      "InvalidSrpA",
      "restart",
    ],
    [
      "no refresh token",
      { authFlow: "REFRESH_TOKEN_AUTH", username: typed },
      "MissingRefreshToken",
      "restart",
    ],
    [
      "an unknown preference",
      { authFlow: "USER_AUTH", username: typed, preferredChallenge: "SOFTWARE_TOKEN" as never },
      "UnknownOption",
      "restart",
    ],
    [
      "a server-only flow",
      { authFlow: "ADMIN_NO_SRP_AUTH" as never, username: typed },
      "UnsupportedAuthFlow",
      "restart",
    ],
  ])("refuses %s", async (_label, input, reason, recovery) => {
    const error = await buildAuthParameters(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChallengeError);
    expect(error).toMatchObject({ code: "InvalidAnswer", reason, recovery });
  });
});

describe("request bodies", () => {
  it("InitiateAuth with only what was given", () => {
    expect(
      buildInitiateAuthRequest({
        clientId,
        authFlow: "USER_SRP_AUTH",
        authParameters: { USERNAME: typed },
      }),
    ).toStrictEqual({
      AuthFlow: "USER_SRP_AUTH",
      ClientId: clientId,
      AuthParameters: { USERNAME: typed },
    });
  });

  it("InitiateAuth with every option", () => {
    expect(
      buildInitiateAuthRequest({
        clientId,
        authFlow: "USER_AUTH",
        authParameters: { USERNAME: typed },
        session: "confirm-sign-up-session",
        clientMetadata: { source: "web" },
        analyticsEndpointId: "endpoint-1",
        userContextData: { EncodedData: "enc", IpAddress: "192.0.2.1" },
      }),
    ).toStrictEqual({
      AuthFlow: "USER_AUTH",
      ClientId: clientId,
      AuthParameters: { USERNAME: typed },
      Session: "confirm-sign-up-session",
      ClientMetadata: { source: "web" },
      AnalyticsMetadata: { AnalyticsEndpointId: "endpoint-1" },
      UserContextData: { EncodedData: "enc", IpAddress: "192.0.2.1" },
    });
  });

  it("leaves out empty options", () => {
    expect(
      buildRespondToAuthChallengeRequest({
        clientId,
        challengeName: "SMS_MFA",
        session: "s",
        challengeResponses: { USERNAME: typed, SMS_MFA_CODE: "123456" },
        clientMetadata: {},
        analyticsEndpointId: "",
        userContextData: {},
      }),
    ).toStrictEqual({
      ClientId: clientId,
      ChallengeName: "SMS_MFA",
      Session: "s",
      ChallengeResponses: { USERNAME: typed, SMS_MFA_CODE: "123456" },
    });
  });

  it("RespondToAuthChallenge without a Session when there is none to send", () => {
    const request = buildRespondToAuthChallengeRequest({
      clientId,
      challengeName: "PASSWORD_VERIFIER",
      session: "",
      challengeResponses: { USERNAME: typed },
      userContextData: { IpAddress: "192.0.2.1" },
    });
    expect(request).toStrictEqual({
      ClientId: clientId,
      ChallengeName: "PASSWORD_VERIFIER",
      ChallengeResponses: { USERNAME: typed },
      UserContextData: { IpAddress: "192.0.2.1" },
    });
  });
});
