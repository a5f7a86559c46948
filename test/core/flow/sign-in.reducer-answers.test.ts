// @vitest-environment node
import { describe, expect, it } from "vitest";
import { transition } from "../../../src/core/flow/sign-in.reducer";
import type { SignInState } from "../../../src/core/flow/sign-in.state";
import {
  anError,
  EXPIRES,
  mfaSetup,
  names,
  on,
  running,
  selectChallenge,
  selectMfaType,
  smsMfa,
  srpConfig,
  tokens,
  totp,
  userAuthConfig,
  webAuthn,
} from "./reducer-fixtures";

/** RESPOND rows: (state, answer) -> state, for every step a person answers. */
interface Row {
  readonly title: string;
  readonly given: SignInState;
  readonly answer: unknown;
  readonly at?: number;
  readonly expected: SignInState | "same";
}

const session = { generation: 1, names, session: "S1", expiresAt: EXPIRES, deviceKey: undefined };

function sending(
  given: SignInState,
  task: SignInState["task"],
  extra: Partial<SignInState> = {},
): SignInState {
  return { ...given, ...extra, pending: true, error: undefined, task };
}

function refused(given: SignInState, reason: string): SignInState {
  return { ...given, error: anError("InvalidAnswer", "retry", reason) as never };
}

const onSelect = on(selectChallenge, userAuthConfig);
const onLocalPassword: SignInState = {
  ...onSelect,
  challenge: { name: "PASSWORD", parameters: {}, username: "sub-1" },
  localStep: true,
  preferredChallenge: "PASSWORD",
};
const onMfaSetup = on(mfaSetup);
const onTotpSetup = on({ ...mfaSetup, selected: "SOFTWARE_TOKEN_MFA", totp });
const onRemember: SignInState = {
  ...on({ name: "REMEMBER_DEVICE", deviceKey: "dk", parameters: {} }),
  expiresAt: undefined,
  session: undefined,
  tokens,
};
const credential = {
  id: "id",
  rawId: "id",
  type: "public-key" as const,
  response: { clientDataJSON: "c", authenticatorData: "a", signature: "s" },
  clientExtensionResults: {},
};

const rows: Row[] = [
  {
    title: "a code answers the code challenge",
    given: on(smsMfa),
    answer: { code: "123 456" },
    expected: sending(on(smsMfa), {
      ...session,
      kind: "respond",
      step: { name: "SMS_MFA", input: { code: "123 456" } },
    }),
  },
  {
    title: "an empty code is refused, nothing sent",
    given: on(smsMfa),
    answer: { code: "" },
    expected: refused(on(smsMfa), "EmptyCode"),
  },
  {
    title: "a code with letters is refused by the protocol's own check, nothing sent",
    given: on(smsMfa),
    answer: { code: "12a456" },
    expected: refused(on(smsMfa), "NonNumericCode"),
  },
  {
    title: "MFA_SETUP: an email address without @ is refused before anything is sent",
    given: onMfaSetup,
    answer: { email: "ada" },
    expected: refused(onMfaSetup, "InvalidEmail"),
  },
  {
    title: "a non-object answer is refused",
    given: on(smsMfa),
    answer: "123456",
    expected: refused(on(smsMfa), "EmptyCode"),
  },
  {
    title: "an answer while pending is ignored",
    given: running(on(smsMfa), "respond"),
    answer: { code: "1" },
    expected: "same",
  },
  {
    title: "an answer with no challenge is ignored",
    given: { ...on(undefined), status: "idle" },
    answer: { code: "1" },
    expected: "same",
  },
  {
    title: "an answer after the Session expired sends nothing: ExpiredSession, back to the start",
    given: on(smsMfa),
    answer: { code: "123456" },
    at: EXPIRES,
    expected: {
      config: srpConfig,
      status: "idle",
      generation: 1,
      pending: false,
      username: "ada",
      error: anError("ExpiredSession", "restart") as never,
    },
  },
  {
    title: "an answer to an unknown challenge is ignored",
    given: on({ name: "NEW_THING", parameters: {}, isUnknown: true }),
    answer: {},
    expected: "same",
  },
  {
    title: "SELECT_MFA_TYPE sends the chosen factor",
    given: on(selectMfaType),
    answer: { mfaType: "SOFTWARE_TOKEN_MFA" },
    expected: sending(on(selectMfaType), {
      ...session,
      kind: "respond",
      step: { name: "SELECT_MFA_TYPE", input: { mfaType: "SOFTWARE_TOKEN_MFA" } },
    }),
  },
  {
    title: "SELECT_MFA_TYPE refuses a factor not offered",
    given: on(selectMfaType),
    answer: { mfaType: "EMAIL_OTP" },
    expected: refused(on(selectMfaType), "UnknownOption"),
  },
  {
    title: "SELECT_CHALLENGE with PASSWORD and no password shows a local PASSWORD step, no request",
    given: onSelect,
    answer: { challenge: "PASSWORD" },
    expected: { ...onLocalPassword, error: undefined },
  },
  {
    title: "the local PASSWORD step sends SELECT_CHALLENGE with ANSWER and PASSWORD",
    given: onLocalPassword,
    answer: { password: "pw" },
    expected: sending(onLocalPassword, {
      ...session,
      kind: "respond",
      step: { name: "SELECT_CHALLENGE", input: { challenge: "PASSWORD", password: "pw" } },
    }),
  },
  {
    title: "a PASSWORD challenge from Cognito is answered as PASSWORD",
    given: on({ name: "PASSWORD", parameters: {} }),
    answer: { password: "pw" },
    expected: sending(on({ name: "PASSWORD", parameters: {} }), {
      ...session,
      kind: "respond",
      step: { name: "PASSWORD", input: { password: "pw" } },
    }),
  },
  {
    title: "SELECT_CHALLENGE with PASSWORD_SRP and the password starts SRP from the selection",
    given: onSelect,
    answer: { challenge: "PASSWORD_SRP", password: "pw" },
    expected: sending(
      onSelect,
      { ...session, kind: "respondSrp", name: "SELECT_CHALLENGE", password: { value: "pw" } },
      { preferredChallenge: "PASSWORD_SRP" },
    ),
  },
  {
    title: "a local PASSWORD_SRP step starts SRP from the selection",
    given: {
      ...onLocalPassword,
      challenge: { name: "PASSWORD_SRP", parameters: {} },
      preferredChallenge: "PASSWORD_SRP",
    },
    answer: { password: "pw" },
    expected: sending(
      {
        ...onLocalPassword,
        challenge: { name: "PASSWORD_SRP", parameters: {} },
        preferredChallenge: "PASSWORD_SRP",
      },
      { ...session, kind: "respondSrp", name: "SELECT_CHALLENGE", password: { value: "pw" } },
    ),
  },
  {
    title: "SELECT_CHALLENGE with EMAIL_OTP sends it and remembers the factor for restart",
    given: onSelect,
    answer: { challenge: "EMAIL_OTP" },
    expected: sending(
      onSelect,
      {
        ...session,
        kind: "respond",
        step: { name: "SELECT_CHALLENGE", input: { challenge: "EMAIL_OTP" } },
      },
      { preferredChallenge: "EMAIL_OTP" },
    ),
  },
  {
    title: "SELECT_CHALLENGE refuses a factor not in AvailableChallenges",
    given: onSelect,
    answer: { challenge: "WEB_AUTHN" },
    expected: refused(onSelect, "UnknownOption"),
  },
  {
    title: "MFA_SETUP: picking TOTP associates",
    given: onMfaSetup,
    answer: { select: "SOFTWARE_TOKEN_MFA" },
    expected: sending(on({ ...mfaSetup, selected: "SOFTWARE_TOKEN_MFA" }), {
      ...session,
      kind: "associateTotp",
    }),
  },
  {
    title: "MFA_SETUP: picking email only marks it selected (the address comes next)",
    given: onMfaSetup,
    answer: { select: "EMAIL_OTP" },
    expected: { ...on({ ...mfaSetup, selected: "EMAIL_OTP" }), error: undefined },
  },
  {
    title: "MFA_SETUP: a code before the TOTP secret is shown is refused",
    given: onMfaSetup,
    answer: { code: "123456" },
    expected: refused(onMfaSetup, "NotSelected"),
  },
  {
    title: "MFA_SETUP: a code verifies the TOTP",
    given: onTotpSetup,
    answer: { code: "123456", friendlyDeviceName: "Phone" },
    expected: sending(onTotpSetup, {
      ...session,
      kind: "verifyTotp",
      code: "123456",
      friendlyDeviceName: "Phone",
    }),
  },
  {
    title: "MFA_SETUP: an email address answers EMAIL",
    given: onMfaSetup,
    answer: { email: "ada@example.com" },
    expected: sending(onMfaSetup, {
      ...session,
      kind: "respond",
      step: { name: "MFA_SETUP", input: { email: "ada@example.com" } },
    }),
  },
  {
    title: "NEW_PASSWORD_REQUIRED sends the new password and attributes",
    given: on({
      name: "NEW_PASSWORD_REQUIRED",
      parameters: {},
      requiredAttributes: ["name"],
      userAttributes: {},
    }),
    answer: { newPassword: "new-pw", attributes: { name: "Ada" } },
    expected: sending(
      on({
        name: "NEW_PASSWORD_REQUIRED",
        parameters: {},
        requiredAttributes: ["name"],
        userAttributes: {},
      }),
      {
        ...session,
        kind: "respond",
        step: {
          name: "NEW_PASSWORD_REQUIRED",
          input: { newPassword: "new-pw", attributes: { name: "Ada" } },
        },
      },
    ),
  },
  {
    title: "NEW_PASSWORD_REQUIRED refuses attributes that are not strings",
    given: on({
      name: "NEW_PASSWORD_REQUIRED",
      parameters: {},
      requiredAttributes: [],
      userAttributes: {},
    }),
    answer: { newPassword: "new-pw", attributes: { age: 3 } },
    expected: refused(
      on({
        name: "NEW_PASSWORD_REQUIRED",
        parameters: {},
        requiredAttributes: [],
        userAttributes: {},
      }),
      "InvalidAttributes",
    ),
  },
  {
    title: "CUSTOM_CHALLENGE sends the answer as typed",
    given: on({ name: "CUSTOM_CHALLENGE", parameters: {}, publicParameters: {} }),
    answer: { answer: " 42 " },
    expected: sending(on({ name: "CUSTOM_CHALLENGE", parameters: {}, publicParameters: {} }), {
      ...session,
      kind: "respond",
      step: { name: "CUSTOM_CHALLENGE", input: { answer: " 42 " } },
    }),
  },
  {
    title: "WEB_AUTHN with no credential opens the prompt in the effect",
    given: on(webAuthn),
    answer: {},
    expected: sending(on(webAuthn), {
      ...session,
      kind: "webauthn",
      requestOptions: webAuthn.requestOptions,
    }),
  },
  {
    title: "WEB_AUTHN with a credential from a custom screen sends it",
    given: on(webAuthn),
    answer: { credential },
    expected: sending(on(webAuthn), {
      ...session,
      kind: "webauthn",
      requestOptions: webAuthn.requestOptions,
      credential,
    }),
  },
  {
    title: "REMEMBER_DEVICE calls UpdateDeviceStatus with the access token (no Session, no expiry)",
    given: onRemember,
    answer: { remember: false },
    at: EXPIRES * 2,
    expected: sending(onRemember, {
      kind: "updateDeviceStatus",
      generation: 1,
      names,
      accessToken: "at",
      deviceKey: "dk",
      remember: false,
    }),
  },
  {
    title: "REMEMBER_DEVICE without a yes or no is refused",
    given: onRemember,
    answer: {},
    expected: refused(onRemember, "MissingChoice"),
  },
];

describe("transition RESPOND (answers per step)", () => {
  it.each(rows)("$title", ({ given, answer, at, expected }) => {
    const next = transition(given, {
      type: "RESPOND",
      answer: answer as never,
      at: at ?? EXPIRES - 1,
    });
    if (expected === "same") expect(next).toBe(given);
    else expect(next).toEqual(expected);
  });
});
