// @vitest-environment node
import { describe, expect, it } from "vitest";
import {
  type AnyChallenge,
  type Challenge,
  type ChallengeName,
  type ParseResult,
  ProtocolError,
  parseChallenge,
  type UnknownChallenge,
} from "../../../src/core/index";
import { fixtureIdentity, fixtures, type ResponseFixture } from "../../fixtures/cognito";

const sub = fixtureIdentity.internalUsername;

/** Parses a recorded challenge response's name and parameters (AvailableChallenges included). */
function parseFixture<N extends ChallengeName>(fixture: ResponseFixture, name: N): Challenge<N> {
  const { ChallengeName, ChallengeParameters, AvailableChallenges } = fixture.response;
  expect(ChallengeName).toBe(name);
  const result = parseChallenge(name, ChallengeParameters, {
    availableChallenges: AvailableChallenges,
  });
  if (!result.ok) throw result.error;
  return result.value as Challenge<N>;
}

function failure(result: ParseResult<AnyChallenge | UnknownChallenge>): ProtocolError {
  if (result.ok) throw new Error("expected a ProtocolError");
  expect(result.error).toBeInstanceOf(ProtocolError);
  expect(result.error.code).toBe("ProtocolError");
  expect(result.error.recovery).toBe("restart");
  return result.error;
}

describe("parseChallenge on the recorded responses", () => {
  it("PASSWORD_VERIFIER: SRP values checked and kept, USER_ID_FOR_SRP as the username", () => {
    const challenge = parseFixture(fixtures.passwordVerifier, "PASSWORD_VERIFIER");
    const p = fixtures.passwordVerifier.response.ChallengeParameters ?? {};
    expect(challenge.userIdForSrp).toBe(sub);
    expect(challenge.username).toBe(sub);
    expect(challenge.salt).toBe(p.SALT);
    expect(challenge.srpB).toBe(p.SRP_B);
    expect(challenge.secretBlock).toBe(p.SECRET_BLOCK);
    expect(challenge.parameters).toStrictEqual(p);
  });

  it("SMS_MFA: the masked destination and medium, 6 digits", () => {
    const challenge = parseFixture(fixtures.smsMfa, "SMS_MFA");
    expect(challenge.delivery).toStrictEqual({ medium: "SMS", destination: "+*******0008" });
    expect(challenge.codeLength).toBe(6);
    expect(challenge.username).toBe(sub);
  });

  it("SMS_MFA to a long international number keeps the mask as sent", () => {
    const challenge = parseFixture(fixtures.smsMfaLongDestination, "SMS_MFA");
    expect(challenge.delivery?.destination).toBe("+***********4321");
  });

  it("EMAIL_OTP: masked address; a caller-given code length wins", () => {
    expect(parseFixture(fixtures.emailOtp, "EMAIL_OTP").delivery).toStrictEqual({
      medium: "EMAIL",
      destination: "a***@e***.com",
    });
    const firstFactor = parseChallenge(
      "EMAIL_OTP",
      fixtures.emailOtpFirstFactor.response.ChallengeParameters,
      { codeLength: 8 },
    );
    expect(
      firstFactor.ok && "codeLength" in firstFactor.value && firstFactor.value.codeLength,
    ).toBe(8);
  });

  it("SMS_OTP: a passwordless code is 8 digits unless told otherwise", () => {
    const challenge = parseFixture(fixtures.smsOtp, "SMS_OTP");
    expect(challenge.codeLength).toBe(8);
    expect(challenge.delivery).toStrictEqual({ medium: "SMS", destination: "+*******0008" });
    const told = parseChallenge("SMS_OTP", fixtures.smsOtp.response.ChallengeParameters, {
      codeLength: 6,
    });
    expect(told.ok && "codeLength" in told.value && told.value.codeLength).toBe(6);
  });

  it("ignores a code length that cannot be real", () => {
    for (const codeLength of [0, -6, 5.5, Number.NaN, 11, 1e9]) {
      const result = parseChallenge("SMS_MFA", {}, { codeLength });
      expect(result.ok && "codeLength" in result.value && result.value.codeLength).toBe(6);
    }
  });

  it("SOFTWARE_TOKEN_MFA: the friendly device name, always 6 digits", () => {
    const challenge = parseFixture(fixtures.softwareTokenMfa, "SOFTWARE_TOKEN_MFA");
    expect(challenge.friendlyDeviceName).toBe("Work phone");
    expect(challenge.codeLength).toBe(6);
    const told = parseChallenge("SOFTWARE_TOKEN_MFA", {}, { codeLength: 8 });
    expect(told.ok && told.value).toStrictEqual({
      name: "SOFTWARE_TOKEN_MFA",
      parameters: {},
      codeLength: 6,
    });
  });

  it("SELECT_MFA_TYPE: MFAS_CAN_CHOOSE decoded in Cognito's order", () => {
    const challenge = parseFixture(fixtures.selectMfaType, "SELECT_MFA_TYPE");
    expect(challenge.options).toStrictEqual(["SMS_MFA", "SOFTWARE_TOKEN_MFA", "EMAIL_OTP"]);
  });

  it("SELECT_MFA_TYPE: an unknown factor is dropped, the raw parameter kept", () => {
    const challenge = parseFixture(fixtures.selectMfaTypeUnknownFactor, "SELECT_MFA_TYPE");
    expect(challenge.options).toStrictEqual(["SOFTWARE_TOKEN_MFA"]);
    expect(challenge.parameters.MFAS_CAN_CHOOSE).toBe('["WEB_AUTHN_MFA","SOFTWARE_TOKEN_MFA"]');
  });

  it("MFA_SETUP: TOTP only, email only, both; nothing selected yet", () => {
    expect(parseFixture(fixtures.mfaSetupTotp, "MFA_SETUP").options).toStrictEqual([
      "SOFTWARE_TOKEN_MFA",
    ]);
    expect(parseFixture(fixtures.mfaSetupEmail, "MFA_SETUP").options).toStrictEqual(["EMAIL_OTP"]);
    const both = parseFixture(fixtures.mfaSetupBoth, "MFA_SETUP");
    expect(both.options).toStrictEqual(["SOFTWARE_TOKEN_MFA", "EMAIL_OTP"]);
    expect(both.selected).toBeUndefined();
    expect(both.totp).toBeUndefined();
  });

  it("NEW_PASSWORD_REQUIRED: required attributes without the prefix, current attributes decoded", () => {
    const challenge = parseFixture(fixtures.newPasswordRequired, "NEW_PASSWORD_REQUIRED");
    expect(challenge.requiredAttributes).toStrictEqual(["name", "phone_number"]);
    expect(challenge.userAttributes).toStrictEqual({
      email_verified: "true",
      email: fixtureIdentity.username,
    });
    const plain = parseFixture(fixtures.newPasswordRequiredNoAttributes, "NEW_PASSWORD_REQUIRED");
    expect(plain.requiredAttributes).toStrictEqual([]);
    expect(plain.userAttributes.name).toBe("Alice Liddell");
  });

  it("NEW_PASSWORD_REQUIRED: absent lists read as none; non-string attribute values are dropped", () => {
    const bare = parseChallenge("NEW_PASSWORD_REQUIRED", { USER_ID_FOR_SRP: sub });
    expect(bare.ok && bare.value).toMatchObject({ requiredAttributes: [], userAttributes: {} });
    const odd = parseChallenge("NEW_PASSWORD_REQUIRED", {
      requiredAttributes: '["userAttributes.name","custom:tier","userAttributes.name"]',
      userAttributes: '{"email":"a@example.com","age":42,"nick":null}',
    });
    expect(odd.ok && odd.value).toMatchObject({
      requiredAttributes: ["name", "custom:tier"],
      userAttributes: { email: "a@example.com" },
    });
  });

  it("CUSTOM_CHALLENGE: the trigger's public parameters without USERNAME", () => {
    const challenge = parseFixture(fixtures.customChallenge, "CUSTOM_CHALLENGE");
    expect(challenge.publicParameters).toStrictEqual({
      email: "a***@e***.com",
      attemptsLeft: "3",
      challengeType: "EMAIL_CODE",
    });
    expect(challenge.username).toBe(sub);
  });

  it("SELECT_CHALLENGE: the top-level AvailableChallenges, in order", () => {
    expect(parseFixture(fixtures.selectChallenge, "SELECT_CHALLENGE").options).toStrictEqual([
      "PASSWORD",
      "PASSWORD_SRP",
      "WEB_AUTHN",
      "EMAIL_OTP",
      "SMS_OTP",
    ]);
    const passwordOnly = parseFixture(fixtures.selectChallengePasswordOnly, "SELECT_CHALLENGE");
    expect(passwordOnly.options).toStrictEqual(["PASSWORD", "PASSWORD_SRP"]);
  });

  it("SELECT_CHALLENGE: unknown and repeated factors are dropped", () => {
    const result = parseChallenge(
      "SELECT_CHALLENGE",
      {},
      {
        availableChallenges: ["SOFTWARE_TOKEN", "EMAIL_OTP", "EMAIL_OTP", "PASSWORD"],
      },
    );
    expect(result.ok && "options" in result.value && result.value.options).toStrictEqual([
      "EMAIL_OTP",
      "PASSWORD",
    ]);
  });

  it("WEB_AUTHN: CREDENTIAL_REQUEST_OPTIONS decoded for startAuthentication", () => {
    const challenge = parseFixture(fixtures.webAuthn, "WEB_AUTHN");
    const raw = fixtures.webAuthn.response.ChallengeParameters?.CREDENTIAL_REQUEST_OPTIONS ?? "";
    expect(challenge.requestOptions).toStrictEqual(JSON.parse(raw));
    expect(challenge.requestOptions.rpId).toBe("auth.example.com");
    expect(challenge.requestOptions.allowCredentials).toHaveLength(2);
  });

  it("DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER: the user's internal username", () => {
    expect(parseFixture(fixtures.deviceSrpAuth, "DEVICE_SRP_AUTH").username).toBe(sub);
    const verifier = parseFixture(fixtures.devicePasswordVerifier, "DEVICE_PASSWORD_VERIFIER");
    expect(verifier.username).toBe(sub);
    expect(verifier.srpB).toMatch(/^[0-9a-f]+$/);
  });

  it("PASSWORD, PASSWORD_SRP, ADMIN_NO_SRP_AUTH: name, username and raw parameters", () => {
    for (const [fixture, name] of [
      [fixtures.password, "PASSWORD"],
      [fixtures.passwordSrp, "PASSWORD_SRP"],
      [fixtures.adminNoSrpAuth, "ADMIN_NO_SRP_AUTH"],
    ] as const) {
      expect(parseFixture(fixture, name)).toStrictEqual({
        name,
        parameters: { USERNAME: sub },
        username: sub,
      });
    }
  });

  it("an unknown name is carried as is, never as an error", () => {
    const result = parseChallenge("PASSKEY_STEP_UP", { HINT: "security key" });
    expect(result).toStrictEqual({
      ok: true,
      value: { name: "PASSKEY_STEP_UP", parameters: { HINT: "security key" }, isUnknown: true },
    });
    // A local step name is not a Cognito challenge either.
    expect(
      parseChallenge("REMEMBER_DEVICE", {}).ok &&
        "isUnknown" in (parseChallenge("REMEMBER_DEVICE", {}) as { value: object }).value,
    ).toBe(true);
  });

  it("lowercases SRP hex sent in upper case", () => {
    const result = parseChallenge("DEVICE_PASSWORD_VERIFIER", {
      SALT: "A4473E3A",
      SRP_B: "FFEE01",
      SECRET_BLOCK: "AAEC",
    });
    expect(result.ok && result.value).toMatchObject({ salt: "a4473e3a", srpB: "ffee01" });
  });

  it("keeps keys such as __proto__ as plain parameters", () => {
    const parameters = JSON.parse('{"__proto__":"x","toString":"y","USERNAME":"u"}');
    const result = parseChallenge("CUSTOM_CHALLENGE", parameters);
    if (!result.ok) throw result.error;
    expect(Object.getPrototypeOf(result.value.parameters)).toBe(Object.prototype);
    expect(Object.keys(result.value.parameters)).toStrictEqual([
      "__proto__",
      "toString",
      "USERNAME",
    ]);
    expect(
      Object.keys((result.value as Challenge<"CUSTOM_CHALLENGE">).publicParameters),
    ).toStrictEqual(["__proto__", "toString"]);
  });
});

const SRP = { SALT: "a4", SRP_B: "b5", SECRET_BLOCK: "c2VjcmV0", USER_ID_FOR_SRP: sub };

describe("parseChallenge on bad server data", () => {
  it.each([
    [
      "a missing USER_ID_FOR_SRP",
      "PASSWORD_VERIFIER",
      { ...SRP, USER_ID_FOR_SRP: undefined },
      "MissingParameter",
      "USER_ID_FOR_SRP",
    ],
    ["an empty SRP_B", "PASSWORD_VERIFIER", { ...SRP, SRP_B: "" }, "MissingParameter", "SRP_B"],
    ["a non-hex SRP_B", "PASSWORD_VERIFIER", { ...SRP, SRP_B: "0xZZ" }, "InvalidHex", "SRP_B"],
    ["a non-hex SALT", "DEVICE_PASSWORD_VERIFIER", { ...SRP, SALT: "12 34" }, "InvalidHex", "SALT"],
    [
      "a non-base64 SECRET_BLOCK",
      "PASSWORD_VERIFIER",
      { ...SRP, SECRET_BLOCK: "not*base64" },
      "InvalidBase64",
      "SECRET_BLOCK",
    ],
    [
      "a truncated MFAS_CAN_CHOOSE",
      "SELECT_MFA_TYPE",
      { MFAS_CAN_CHOOSE: '["SMS_MFA","SOFT' },
      "MalformedJson",
      "MFAS_CAN_CHOOSE",
    ],
    [
      "MFAS_CAN_CHOOSE not an array",
      "SELECT_MFA_TYPE",
      { MFAS_CAN_CHOOSE: '"SMS_MFA"' },
      "MalformedJson",
      "MFAS_CAN_CHOOSE",
    ],
    [
      "MFAS_CAN_CHOOSE with a number",
      "SELECT_MFA_TYPE",
      { MFAS_CAN_CHOOSE: '["SMS_MFA",7]' },
      "MalformedJson",
      "MFAS_CAN_CHOOSE",
    ],
    ["no MFAS_CAN_CHOOSE", "SELECT_MFA_TYPE", {}, "MissingParameter", "MFAS_CAN_CHOOSE"],
    [
      "an empty MFAS_CAN_SETUP",
      "MFA_SETUP",
      { MFAS_CAN_SETUP: "[]" },
      "NoOptions",
      "MFAS_CAN_SETUP",
    ],
    [
      "only unknown factors",
      "MFA_SETUP",
      { MFAS_CAN_SETUP: '["VOICE_MFA"]' },
      "NoOptions",
      "MFAS_CAN_SETUP",
    ],
    [
      "a malformed requiredAttributes",
      "NEW_PASSWORD_REQUIRED",
      { requiredAttributes: "[userAttributes.name]" },
      "MalformedJson",
      "requiredAttributes",
    ],
    [
      "userAttributes as an array",
      "NEW_PASSWORD_REQUIRED",
      { userAttributes: "[]" },
      "MalformedJson",
      "userAttributes",
    ],
    [
      "no CREDENTIAL_REQUEST_OPTIONS",
      "WEB_AUTHN",
      {},
      "MissingParameter",
      "CREDENTIAL_REQUEST_OPTIONS",
    ],
    [
      "request options without a challenge",
      "WEB_AUTHN",
      { CREDENTIAL_REQUEST_OPTIONS: '{"rpId":"example.com"}' },
      "MalformedJson",
      "CREDENTIAL_REQUEST_OPTIONS.challenge",
    ],
    [
      "allowCredentials without ids",
      "WEB_AUTHN",
      {
        CREDENTIAL_REQUEST_OPTIONS:
          '{"challenge":"abc","allowCredentials":[{"type":"public-key"}]}',
      },
      "MalformedJson",
      "allowCredentials",
    ],
    [
      "a non-string parameter",
      "SMS_MFA",
      { CODE_DELIVERY_DESTINATION: 8 },
      "InvalidParameterType",
      "CODE_DELIVERY_DESTINATION",
    ],
    [
      "a null parameter",
      "CUSTOM_CHALLENGE",
      { USERNAME: null },
      "InvalidParameterType",
      "USERNAME",
    ],
    [
      "parameters as an array",
      "SMS_MFA",
      ["+*******0008"],
      "InvalidParameterType",
      "ChallengeParameters",
    ],
    [
      "parameters as a string",
      "SMS_MFA",
      '{"CODE_DELIVERY_DESTINATION":"x"}',
      "InvalidParameterType",
      "ChallengeParameters",
    ],
  ] as const)("%s -> %s", (_label, name, parameters, reason, field) => {
    const cleaned =
      Array.isArray(parameters) || typeof parameters !== "object"
        ? parameters
        : Object.fromEntries(Object.entries(parameters).filter(([, v]) => v !== undefined));
    const error = failure(parseChallenge(name, cleaned));
    expect(error.reason).toBe(reason);
    expect(error.message).toContain(field);
  });

  it("SELECT_CHALLENGE without usable AvailableChallenges", () => {
    expect(failure(parseChallenge("SELECT_CHALLENGE", {})).reason).toBe("MissingParameter");
    expect(
      failure(parseChallenge("SELECT_CHALLENGE", {}, { availableChallenges: "PASSWORD" })).reason,
    ).toBe("InvalidParameterType");
    expect(
      failure(parseChallenge("SELECT_CHALLENGE", {}, { availableChallenges: [] })).reason,
    ).toBe("NoOptions");
    expect(
      failure(parseChallenge("SELECT_CHALLENGE", {}, { availableChallenges: [1] })).reason,
    ).toBe("InvalidParameterType");
  });

  it("an empty or non-string name", () => {
    expect(failure(parseChallenge("", {})).reason).toBe("MissingChallengeName");
    expect(failure(parseChallenge(42 as unknown as string, {})).reason).toBe(
      "MissingChallengeName",
    );
  });

  it("never repeats a parameter's value in the message", () => {
    const secretish = "SECRET!VALUE!0123456789";
    const cases = [
      parseChallenge("PASSWORD_VERIFIER", { ...SRP, SRP_B: secretish }),
      parseChallenge("PASSWORD_VERIFIER", { ...SRP, SECRET_BLOCK: secretish }),
      parseChallenge("SELECT_MFA_TYPE", { MFAS_CAN_CHOOSE: secretish }),
      parseChallenge("WEB_AUTHN", { CREDENTIAL_REQUEST_OPTIONS: `{"challenge":${secretish}` }),
      parseChallenge("NEW_PASSWORD_REQUIRED", { userAttributes: `{"x":"${secretish}"` }),
    ];
    for (const result of cases) {
      const error = failure(result);
      expect(error.message).not.toContain(secretish);
      expect(error.cause).toBeUndefined();
    }
  });

  it("absent or null parameters read as an empty map", () => {
    expect(parseChallenge("SOFTWARE_TOKEN_MFA", undefined).ok).toBe(true);
    expect(parseChallenge("DEVICE_SRP_AUTH", null).ok).toBe(true);
    const sms = parseChallenge("SMS_MFA", null);
    expect(sms.ok && sms.value).toStrictEqual({ name: "SMS_MFA", parameters: {}, codeLength: 6 });
  });

  it("a destination without a medium takes the challenge's own medium", () => {
    const result = parseChallenge("EMAIL_OTP", { CODE_DELIVERY_DESTINATION: "a***@e***.com" });
    expect(result.ok && "delivery" in result.value && result.value.delivery).toStrictEqual({
      medium: "EMAIL",
      destination: "a***@e***.com",
    });
  });
});
