// @vitest-environment node
import { describe, expect, it } from "vitest";
import {
  type ParsedAuthResponse,
  type ParseResult,
  ProtocolError,
  parseAuthResponse,
} from "../../../src/core/index";
import { fixtureIdentity, fixtures } from "../../fixtures/cognito";

function value(result: ParseResult<ParsedAuthResponse>): ParsedAuthResponse {
  if (!result.ok) throw result.error;
  return result.value;
}

function reasonOf(response: unknown): string | undefined {
  const result = parseAuthResponse(response);
  if (result.ok) throw new Error("expected a ProtocolError");
  expect(result.error).toBeInstanceOf(ProtocolError);
  return result.error.reason;
}

const tokens = fixtures.tokens.response.AuthenticationResult ?? {};

describe("parseAuthResponse: signed in", () => {
  it("returns the tokens of a sign-in from a known device", () => {
    const parsed = value(parseAuthResponse(fixtures.tokens.response));
    expect(parsed).toStrictEqual({
      kind: "signedIn",
      tokens: {
        AccessToken: tokens.AccessToken,
        IdToken: tokens.IdToken,
        RefreshToken: tokens.RefreshToken,
        ExpiresIn: 3600,
        TokenType: "Bearer",
      },
    });
  });

  it("returns NewDeviceMetadata for a device Cognito has not seen", () => {
    const parsed = value(parseAuthResponse(fixtures.tokensNewDevice.response));
    expect(parsed.kind === "signedIn" && parsed.newDevice).toStrictEqual({
      DeviceKey: fixtureIdentity.deviceKey,
      DeviceGroupKey: fixtureIdentity.deviceGroupKey,
    });
  });

  it("a refresh without a new RefreshToken has none", () => {
    const parsed = value(parseAuthResponse(fixtures.tokensRefresh.response));
    expect(parsed.kind === "signedIn" && "RefreshToken" in parsed.tokens).toBe(false);
  });

  it("drops fields that are not tokens", () => {
    const parsed = value(
      parseAuthResponse({ AuthenticationResult: { ...tokens, Extra: "x" }, Session: null }),
    );
    expect(parsed.kind === "signedIn" && Object.keys(parsed.tokens).sort()).toStrictEqual([
      "AccessToken",
      "ExpiresIn",
      "IdToken",
      "RefreshToken",
      "TokenType",
    ]);
  });

  it.each([
    ["no AccessToken", { ...tokens, AccessToken: undefined }, "MissingToken", "AccessToken"],
    ["an empty IdToken", { ...tokens, IdToken: "" }, "MissingToken", "IdToken"],
    ["a numeric AccessToken", { ...tokens, AccessToken: 1 }, "MissingToken", "AccessToken"],
    ["no ExpiresIn", { ...tokens, ExpiresIn: undefined }, "MissingParameter", "ExpiresIn"],
    ["ExpiresIn as a string", { ...tokens, ExpiresIn: "3600" }, "MissingParameter", "ExpiresIn"],
    [
      "a numeric RefreshToken",
      { ...tokens, RefreshToken: 5 },
      "InvalidParameterType",
      "RefreshToken",
    ],
    [
      "NewDeviceMetadata without DeviceGroupKey",
      { ...tokens, NewDeviceMetadata: { DeviceKey: "k" } },
      "InvalidParameterType",
      "NewDeviceMetadata",
    ],
    [
      "NewDeviceMetadata as a string",
      { ...tokens, NewDeviceMetadata: "k" },
      "InvalidParameterType",
      "NewDeviceMetadata",
    ],
  ])("fails on %s", (_label, result, reason, field) => {
    const parsed = parseAuthResponse({ AuthenticationResult: JSON.parse(JSON.stringify(result)) });
    if (parsed.ok) throw new Error("expected a ProtocolError");
    expect(parsed.error.reason).toBe(reason);
    expect(parsed.error.message).toContain(field);
  });

  it("never puts a token in an error message", () => {
    const parsed = parseAuthResponse({
      AuthenticationResult: { ...tokens, IdToken: undefined, RefreshToken: 7 },
    });
    if (parsed.ok) throw new Error("expected a ProtocolError");
    for (const secret of [tokens.AccessToken, tokens.RefreshToken]) {
      expect(parsed.error.message).not.toContain(String(secret).slice(0, 20));
    }
  });
});

describe("parseAuthResponse: a challenge", () => {
  it("returns the challenge, its Session and no AvailableChallenges", () => {
    const parsed = value(parseAuthResponse(fixtures.smsMfa.response));
    expect(parsed).toStrictEqual({
      kind: "challenge",
      challenge: {
        name: "SMS_MFA",
        parameters: fixtures.smsMfa.response.ChallengeParameters,
        username: fixtureIdentity.internalUsername,
        codeLength: 6,
        delivery: { medium: "SMS", destination: "+*******0008" },
      },
      session: fixtures.smsMfa.response.Session,
      availableChallenges: [],
    });
  });

  it("SELECT_CHALLENGE: AvailableChallenges both on the challenge and the result", () => {
    const parsed = value(parseAuthResponse(fixtures.selectChallenge.response));
    if (parsed.kind !== "challenge") throw new Error("not a challenge");
    expect(parsed.availableChallenges).toStrictEqual([
      "PASSWORD",
      "PASSWORD_SRP",
      "WEB_AUTHN",
      "EMAIL_OTP",
      "SMS_OTP",
    ]);
    expect("options" in parsed.challenge && parsed.challenge.options).toStrictEqual(
      parsed.availableChallenges,
    );
  });

  it("passes codeLength through to the challenge", () => {
    const parsed = value(
      parseAuthResponse(fixtures.emailOtpFirstFactor.response, { codeLength: 8 }),
    );
    expect(
      parsed.kind === "challenge" &&
        "codeLength" in parsed.challenge &&
        parsed.challenge.codeLength,
    ).toBe(8);
  });

  it("reads AvailableChallenges on other challenges leniently (step-up, §13.12)", () => {
    const response = { ...fixtures.smsMfa.response, AvailableChallenges: ["WEB_AUTHN", 3, "X"] };
    const parsed = value(parseAuthResponse(response));
    expect(parsed.kind === "challenge" && parsed.availableChallenges).toStrictEqual(["WEB_AUTHN"]);
    const odd = value(
      parseAuthResponse({ ...fixtures.smsMfa.response, AvailableChallenges: "WEB_AUTHN" }),
    );
    expect(odd.kind === "challenge" && odd.availableChallenges).toStrictEqual([]);
  });

  it("an unknown challenge name is a challenge the UI can name", () => {
    const parsed = value(
      parseAuthResponse({
        ChallengeName: "FUTURE_STEP",
        Session: "s",
        ChallengeParameters: { A: "b" },
      }),
    );
    expect(parsed.kind === "challenge" && parsed.challenge).toStrictEqual({
      name: "FUTURE_STEP",
      parameters: { A: "b" },
      isUnknown: true,
    });
  });

  it("accepts a missing Session on the SRP verifiers only", () => {
    const verifier = value(parseAuthResponse(fixtures.passwordVerifier.response));
    expect(verifier.kind === "challenge" && verifier.session).toBe("");
    const { Session: _session, ...device } = fixtures.devicePasswordVerifier.response;
    const deviceVerifier = value(parseAuthResponse(device));
    expect(deviceVerifier.kind === "challenge" && deviceVerifier.session).toBe("");
  });

  it.each([
    ["a missing Session", { ...fixtures.smsMfa.response, Session: undefined }, "MissingSession"],
    ["an empty Session", { ...fixtures.smsMfa.response, Session: "" }, "MissingSession"],
    ["a numeric Session", { ...fixtures.smsMfa.response, Session: 12 }, "MissingSession"],
    [
      "a Session-less challenge of an unknown name",
      { ChallengeName: "X", ChallengeParameters: {} },
      "MissingSession",
    ],
    [
      "an empty SRP Session string",
      { ...fixtures.passwordVerifier.response, Session: "" },
      "MissingSession",
    ],
    ["neither tokens nor a challenge", { ChallengeParameters: {} }, "MissingResult"],
    ["an empty object", {}, "MissingResult"],
    ["a non-string ChallengeName", { ChallengeName: 7, Session: "s" }, "MissingChallengeName"],
    [
      "AuthenticationResult as a string",
      { AuthenticationResult: "tokens" },
      "InvalidParameterType",
    ],
    ["an array", [fixtures.smsMfa.response], "InvalidResponse"],
    ["null", null, "InvalidResponse"],
    ["a string", "{}", "InvalidResponse"],
    [
      "a malformed MFAS_CAN_CHOOSE",
      { ...fixtures.selectMfaType.response, ChallengeParameters: { MFAS_CAN_CHOOSE: "[" } },
      "MalformedJson",
    ],
  ])("fails on %s", (_label, response, reason) => {
    expect(reasonOf(JSON.parse(JSON.stringify(response) ?? "null"))).toBe(reason);
  });

  it("treats AuthenticationResult: null as absent", () => {
    const parsed = value(
      parseAuthResponse({ ...fixtures.smsMfa.response, AuthenticationResult: null }),
    );
    expect(parsed.kind).toBe("challenge");
  });
});
