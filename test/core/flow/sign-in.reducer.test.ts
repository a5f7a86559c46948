// @vitest-environment node
import { describe, expect, it } from "vitest";
import { transition } from "../../../src/core/flow/sign-in.reducer";
import type { SignInEvent, SignInState } from "../../../src/core/flow/sign-in.state";
import {
  anError,
  cognitoError,
  customConfig,
  EXPIRES,
  idle,
  mfaSetup,
  names,
  on,
  running,
  smsMfa,
  srpConfig,
  tokens,
  totp,
  trackingConfig,
  userAuthConfig,
  webAuthn,
} from "./reducer-fixtures";

interface Row {
  readonly title: string;
  readonly given: SignInState;
  readonly event: SignInEvent;
  /** The whole next state, or "same" for the very same object. */
  readonly expected: SignInState | "same";
}

function check({ given, event, expected }: Row): void {
  const next = transition(given, event);
  if (expected === "same") expect(next).toBe(given);
  else expect(next).toEqual(expected);
}

const wrongCode = cognitoError("CodeMismatchException", "retry");
const throttled = cognitoError("TooManyRequestsException", "wait", { retryAfterMs: 2000 });
const wrongPassword = cognitoError("NotAuthorizedException", "restart");
const offline = cognitoError("NetworkError", "retry");
const lockout = cognitoError("NotAuthorizedException", "wait", { retryAfterMs: 60000 });
const resetNeeded = cognitoError("PasswordResetRequiredException", "restart");
const cancelled = cognitoError("WebAuthnCancelled", "retry");

const startRows: Row[] = [
  {
    title: "START with a password asks for InitiateAuth with it",
    given: idle,
    event: { type: "START", input: { username: "ada", password: "pw" } },
    expected: {
      config: srpConfig,
      status: "idle",
      generation: 1,
      pending: true,
      username: "ada",
      task: {
        kind: "initiate",
        generation: 1,
        names: { typed: "ada", active: "ada" },
        password: { value: "pw" },
      },
    },
  },
  {
    title: "START without the password SRP needs refuses with InvalidAnswer, sends nothing",
    given: idle,
    event: { type: "START", input: { username: "ada" } },
    expected: {
      config: srpConfig,
      status: "idle",
      generation: 1,
      pending: false,
      username: "ada",
      error: anError("InvalidAnswer", "retry", "EmptyPassword") as never,
    },
  },
  {
    title: "START with a blank username refuses with EmptyUsername",
    given: idle,
    event: { type: "START", input: { username: "  ", password: "pw" } },
    expected: {
      config: srpConfig,
      status: "idle",
      generation: 1,
      pending: false,
      username: "  ",
      error: anError("InvalidAnswer", "retry", "EmptyUsername") as never,
    },
  },
  {
    title: "START with a preferred challenge outside USER_AUTH is refused",
    given: idle,
    event: {
      type: "START",
      input: { username: "ada", password: "pw", preferredChallenge: "EMAIL_OTP" },
    },
    expected: {
      config: srpConfig,
      status: "idle",
      generation: 1,
      pending: false,
      username: "ada",
      preferredChallenge: "EMAIL_OTP",
      error: anError("InvalidAnswer", "retry", "PreferredChallengeNotAllowed") as never,
    },
  },
  {
    title: "START USER_AUTH passwordless drops a password it does not need",
    given: { ...idle, config: userAuthConfig },
    event: {
      type: "START",
      input: { username: "ada", password: "pw", preferredChallenge: "EMAIL_OTP" },
    },
    expected: {
      config: userAuthConfig,
      status: "idle",
      generation: 1,
      pending: true,
      username: "ada",
      preferredChallenge: "EMAIL_OTP",
      task: {
        kind: "initiate",
        generation: 1,
        names: { typed: "ada", active: "ada" },
        preferredChallenge: "EMAIL_OTP",
      },
    },
  },
  {
    title: "START while a request is pending does nothing",
    given: running(idle, "initiate"),
    event: { type: "START", input: { username: "ada", password: "pw" } },
    expected: "same",
  },
  {
    title: "START from a challenge begins a new generation and forgets the Session",
    given: on(smsMfa),
    event: { type: "START", input: { username: "bob", password: "pw" } },
    expected: {
      config: srpConfig,
      status: "idle",
      generation: 2,
      pending: true,
      username: "bob",
      task: {
        kind: "initiate",
        generation: 2,
        names: { typed: "bob", active: "bob" },
        password: { value: "pw" },
      },
    },
  },
];

const lifecycleRows: Row[] = [
  {
    title: "TASK_STARTED moves the task out of the state",
    given: {
      ...idle,
      pending: true,
      task: { kind: "initiate", generation: 0, names, password: { value: "pw" } },
    },
    event: { type: "TASK_STARTED" },
    expected: { ...idle, pending: true, running: "initiate" },
  },
  {
    title: "TASK_STARTED without a task does nothing",
    given: idle,
    event: { type: "TASK_STARTED" },
    expected: "same",
  },
  {
    title: "RESTART where a password is needed goes idle with the username kept",
    given: on(smsMfa),
    event: { type: "RESTART" },
    expected: { config: srpConfig, status: "idle", generation: 2, pending: false, username: "ada" },
  },
  {
    title: "RESTART of a passwordless USER_AUTH sign-in re-initiates with the same factor",
    given: { ...on(smsMfa, userAuthConfig), preferredChallenge: "EMAIL_OTP", error: wrongCode },
    event: { type: "RESTART" },
    expected: {
      config: userAuthConfig,
      status: "idle",
      generation: 2,
      pending: true,
      username: "ada",
      preferredChallenge: "EMAIL_OTP",
      task: {
        kind: "initiate",
        generation: 2,
        names: { typed: "ada", active: "ada" },
        preferredChallenge: "EMAIL_OTP",
      },
    },
  },
  {
    title: "RESTART of CUSTOM_AUTH without SRP re-initiates at once",
    given: on(smsMfa, customConfig),
    event: { type: "RESTART" },
    expected: {
      config: customConfig,
      status: "idle",
      generation: 2,
      pending: true,
      username: "ada",
      task: { kind: "initiate", generation: 2, names: { typed: "ada", active: "ada" } },
    },
  },
  {
    title: "RESTART of USER_AUTH with PASSWORD_SRP chosen needs the password again",
    given: { ...on(smsMfa, userAuthConfig), preferredChallenge: "PASSWORD_SRP" },
    event: { type: "RESTART" },
    expected: {
      config: userAuthConfig,
      status: "idle",
      generation: 2,
      pending: false,
      username: "ada",
      preferredChallenge: "PASSWORD_SRP",
    },
  },
  {
    title: "RESTART before any start does nothing",
    given: idle,
    event: { type: "RESTART" },
    expected: "same",
  },
  {
    title: "ABORT drops everything in flight, keeps the username",
    given: running(on(smsMfa), "respond"),
    event: { type: "ABORT" },
    expected: { config: srpConfig, status: "idle", generation: 2, pending: false, username: "ada" },
  },
  {
    title: "REGISTER_PASSKEY after sign-in asks for the registration",
    given: { ...idle, status: "signedIn", generation: 1, username: "ada", tokens },
    event: { type: "REGISTER_PASSKEY" },
    expected: {
      ...idle,
      status: "signedIn",
      generation: 1,
      username: "ada",
      tokens,
      pending: true,
      error: undefined,
      task: {
        kind: "registerPasskey",
        generation: 1,
        names: { typed: "ada", active: "ada" },
        accessToken: "at",
      },
    },
  },
  {
    title: "REGISTER_PASSKEY before sign-in does nothing",
    given: on(smsMfa),
    event: { type: "REGISTER_PASSKEY" },
    expected: "same",
  },
  {
    title: "an unknown event does nothing",
    given: on(smsMfa),
    event: { type: "NOPE" } as never,
    expected: "same",
  },
  {
    title: "a missing event does nothing",
    given: on(smsMfa),
    event: undefined as never,
    expected: "same",
  },
];

const smsRunning = running(on(smsMfa), "respond");

const resultRows: Row[] = [
  {
    title: "AUTH_RESULT with a challenge shows it with its Session and expiry",
    given: running({ ...idle, generation: 1, username: "ada" }, "initiate"),
    event: {
      type: "AUTH_RESULT",
      generation: 1,
      result: { kind: "challenge", challenge: smsMfa, session: "S1" },
      expiresAt: EXPIRES,
    },
    expected: {
      ...on(smsMfa),
      running: undefined,
      error: undefined,
      localStep: undefined,
      device: undefined,
      deviceKey: undefined,
    },
  },
  {
    title: "AUTH_RESULT of an older generation is dropped",
    given: smsRunning,
    event: { type: "AUTH_RESULT", generation: 0, result: { kind: "signedIn", tokens } },
    expected: "same",
  },
  {
    title: "AUTH_RESULT with nothing running is dropped",
    given: on(smsMfa),
    event: { type: "AUTH_RESULT", generation: 1, result: { kind: "signedIn", tokens } },
    expected: "same",
  },
  {
    title: "AUTH_RESULT with tokens signs in and drops the Session",
    given: smsRunning,
    event: { type: "AUTH_RESULT", generation: 1, result: { kind: "signedIn", tokens } },
    expected: {
      config: srpConfig,
      status: "signedIn",
      generation: 1,
      pending: false,
      username: "ada",
      activeUsername: "sub-1",
      tokens,
    },
  },
  {
    title: "AUTH_RESULT with NewDeviceMetadata confirms the device first when tracking",
    given: { ...smsRunning, config: trackingConfig },
    event: {
      type: "AUTH_RESULT",
      generation: 1,
      result: { kind: "signedIn", tokens, newDevice: { DeviceKey: "dk", DeviceGroupKey: "dg" } },
    },
    expected: {
      ...smsRunning,
      config: trackingConfig,
      running: undefined,
      pending: true,
      error: undefined,
      localStep: undefined,
      device: undefined,
      deviceKey: undefined,
      tokens,
      task: {
        kind: "confirmDevice",
        generation: 1,
        names,
        accessToken: "at",
        newDevice: { DeviceKey: "dk", DeviceGroupKey: "dg" },
      },
    },
  },
  {
    title: "AUTH_RESULT with NewDeviceMetadata signs in at once without a device store",
    given: smsRunning,
    event: {
      type: "AUTH_RESULT",
      generation: 1,
      result: { kind: "signedIn", tokens, newDevice: { DeviceKey: "dk", DeviceGroupKey: "dg" } },
    },
    expected: {
      config: srpConfig,
      status: "signedIn",
      generation: 1,
      pending: false,
      username: "ada",
      activeUsername: "sub-1",
      tokens,
    },
  },
  {
    title: "AUTH_RESULT with MFA_SETUP offering only TOTP associates at once",
    given: smsRunning,
    event: {
      type: "AUTH_RESULT",
      generation: 1,
      result: {
        kind: "challenge",
        challenge: { ...mfaSetup, options: ["SOFTWARE_TOKEN_MFA"] },
        session: "S2",
      },
      expiresAt: EXPIRES + 1,
    },
    expected: {
      ...on({ ...mfaSetup, options: ["SOFTWARE_TOKEN_MFA"], selected: "SOFTWARE_TOKEN_MFA" }),
      session: "S2",
      expiresAt: EXPIRES + 1,
      running: undefined,
      error: undefined,
      localStep: undefined,
      device: undefined,
      deviceKey: undefined,
      pending: true,
      task: {
        kind: "associateTotp",
        generation: 1,
        names,
        session: "S2",
        expiresAt: EXPIRES + 1,
        deviceKey: undefined,
      },
    },
  },
  {
    title: "AUTH_RESULT with MFA_SETUP offering only email selects it, no request",
    given: smsRunning,
    event: {
      type: "AUTH_RESULT",
      generation: 1,
      result: {
        kind: "challenge",
        challenge: { ...mfaSetup, options: ["EMAIL_OTP", "SMS_MFA"] },
        session: "S1",
      },
      expiresAt: EXPIRES,
    },
    expected: {
      ...on({ ...mfaSetup, options: ["EMAIL_OTP", "SMS_MFA"], selected: "EMAIL_OTP" }),
      running: undefined,
      error: undefined,
      localStep: undefined,
      device: undefined,
      deviceKey: undefined,
    },
  },
  {
    title: "AUTH_RESULT with a challenge this library does not know shows it with UnknownChallenge",
    given: smsRunning,
    event: {
      type: "AUTH_RESULT",
      generation: 1,
      result: {
        kind: "challenge",
        challenge: { name: "NEW_THING", parameters: {}, isUnknown: true },
        session: "S2",
      },
      expiresAt: EXPIRES,
    },
    expected: {
      ...on({ name: "NEW_THING", parameters: {}, isUnknown: true }),
      session: "S2",
      running: undefined,
      localStep: undefined,
      device: undefined,
      deviceKey: undefined,
      error: anError("UnknownChallenge", "restart", "NEW_THING") as never,
    },
  },
  {
    title: "AUTH_RESULT with an automatic challenge (the effects answer those) is a ProtocolError",
    given: smsRunning,
    event: {
      type: "AUTH_RESULT",
      generation: 1,
      result: {
        kind: "challenge",
        challenge: { name: "DEVICE_SRP_AUTH", parameters: {} },
        session: "S2",
      },
    },
    expected: {
      config: srpConfig,
      status: "idle",
      generation: 1,
      pending: false,
      username: "ada",
      error: anError("ProtocolError", "restart", "UnexpectedChallenge") as never,
    },
  },
  {
    title: "AUTH_RESULT after a stale device was forgotten clears the device",
    given: {
      ...smsRunning,
      deviceKey: "dk",
      device: { deviceKey: "dk", deviceGroupKey: "dg", remembered: true },
    },
    event: {
      type: "AUTH_RESULT",
      generation: 1,
      result: { kind: "signedIn", tokens },
      device: null,
    },
    expected: {
      config: srpConfig,
      status: "signedIn",
      generation: 1,
      pending: false,
      username: "ada",
      activeUsername: "sub-1",
      tokens,
    },
  },
  {
    title: "TOTP_ASSOCIATED shows the secret and the otpauth URI with the new Session",
    given: running(on({ ...mfaSetup, selected: "SOFTWARE_TOKEN_MFA" }), "associateTotp"),
    event: { type: "TOTP_ASSOCIATED", generation: 1, totp, session: "S2", expiresAt: EXPIRES + 5 },
    expected: {
      ...on({ ...mfaSetup, selected: "SOFTWARE_TOKEN_MFA", totp }),
      running: undefined,
      session: "S2",
      expiresAt: EXPIRES + 5,
    },
  },
  {
    title: "TOTP_VERIFIED answers MFA_SETUP with VerifySoftwareToken's Session",
    given: running(on({ ...mfaSetup, selected: "SOFTWARE_TOKEN_MFA", totp }), "verifyTotp"),
    event: { type: "TOTP_VERIFIED", generation: 1, session: "S3", expiresAt: EXPIRES + 9 },
    expected: {
      ...running(on({ ...mfaSetup, selected: "SOFTWARE_TOKEN_MFA", totp }), "verifyTotp"),
      running: undefined,
      session: "S3",
      expiresAt: EXPIRES + 9,
      task: {
        kind: "respond",
        generation: 1,
        names,
        session: "S3",
        expiresAt: EXPIRES + 9,
        deviceKey: undefined,
        step: { name: "MFA_SETUP", input: {} },
      },
    },
  },
  {
    title: "DEVICE_CONFIRMED needing the person's say shows REMEMBER_DEVICE",
    given: { ...running(on(smsMfa, trackingConfig), "confirmDevice"), tokens },
    event: {
      type: "DEVICE_CONFIRMED",
      generation: 1,
      device: { deviceKey: "dk", deviceGroupKey: "dg", remembered: false },
      userConfirmationNecessary: true,
    },
    expected: {
      config: trackingConfig,
      status: "challenge",
      generation: 1,
      pending: false,
      running: undefined,
      username: "ada",
      activeUsername: "sub-1",
      tokens,
      device: { deviceKey: "dk", deviceGroupKey: "dg", remembered: false },
      challenge: { name: "REMEMBER_DEVICE", deviceKey: "dk", parameters: {}, username: "sub-1" },
    },
  },
  {
    title: "DEVICE_CONFIRMED remembered at once signs in with the device",
    given: { ...running(on(smsMfa, trackingConfig), "confirmDevice"), tokens },
    event: {
      type: "DEVICE_CONFIRMED",
      generation: 1,
      device: { deviceKey: "dk", deviceGroupKey: "dg", remembered: true },
      userConfirmationNecessary: false,
    },
    expected: {
      config: trackingConfig,
      status: "signedIn",
      generation: 1,
      pending: false,
      username: "ada",
      activeUsername: "sub-1",
      tokens,
      device: { deviceKey: "dk", deviceGroupKey: "dg", remembered: true },
    },
  },
  {
    title: "DEVICE_STATUS_UPDATED signs in with the person's choice",
    given: {
      ...running(
        on({ name: "REMEMBER_DEVICE", deviceKey: "dk", parameters: {} }, trackingConfig),
        "updateDeviceStatus",
      ),
      tokens,
      device: { deviceKey: "dk", deviceGroupKey: "dg", remembered: false },
    },
    event: { type: "DEVICE_STATUS_UPDATED", generation: 1, remembered: true },
    expected: {
      config: trackingConfig,
      status: "signedIn",
      generation: 1,
      pending: false,
      username: "ada",
      activeUsername: "sub-1",
      tokens,
      device: { deviceKey: "dk", deviceGroupKey: "dg", remembered: true },
    },
  },
  {
    title: "PASSKEY_REGISTERED says so",
    given: running(
      { ...idle, status: "signedIn", generation: 1, username: "ada", tokens },
      "registerPasskey",
    ),
    event: { type: "PASSKEY_REGISTERED", generation: 1 },
    expected: {
      ...idle,
      status: "signedIn",
      generation: 1,
      username: "ada",
      tokens,
      pending: false,
      running: undefined,
      error: undefined,
      passkeyRegistered: true,
    },
  },
];

/** Every recovery: what each kind of failure does to each kind of step. */
const failureRows: Row[] = [
  {
    title: "retry (wrong code) keeps the challenge and its Session",
    given: smsRunning,
    event: { type: "FAILED", generation: 1, error: wrongCode },
    expected: { ...on(smsMfa), running: undefined, error: wrongCode },
  },
  {
    title: "wait (throttled) keeps the challenge and says how long",
    given: smsRunning,
    event: { type: "FAILED", generation: 1, error: throttled },
    expected: { ...on(smsMfa), running: undefined, error: throttled },
  },
  {
    title: "retry (cancelled passkey prompt) keeps the WEB_AUTHN challenge",
    given: running(on(webAuthn), "webauthn"),
    event: { type: "FAILED", generation: 1, error: cancelled },
    expected: { ...on(webAuthn), running: undefined, error: cancelled },
  },
  {
    title: "retry (wrong TOTP during set-up) keeps the challenge and takes the newer Session",
    given: running(on({ ...mfaSetup, selected: "SOFTWARE_TOKEN_MFA", totp }), "verifyTotp"),
    event: {
      type: "FAILED",
      generation: 1,
      error: wrongCode,
      session: "S9",
      expiresAt: EXPIRES + 7,
    },
    expected: {
      ...on({ ...mfaSetup, selected: "SOFTWARE_TOKEN_MFA", totp }),
      running: undefined,
      error: wrongCode,
      session: "S9",
      expiresAt: EXPIRES + 7,
    },
  },
  {
    title: "restart (wrong password, spent session) goes back to the start with the username",
    given: smsRunning,
    event: { type: "FAILED", generation: 1, error: wrongPassword },
    expected: {
      config: srpConfig,
      status: "idle",
      generation: 1,
      pending: false,
      username: "ada",
      error: wrongPassword,
    },
  },
  {
    title: "a retry error in an automatic step becomes restart (its Session is spent)",
    given: smsRunning,
    event: { type: "FAILED", generation: 1, error: offline, automatic: true },
    expected: {
      config: srpConfig,
      status: "idle",
      generation: 1,
      pending: false,
      username: "ada",
      error: anError("NetworkError", "restart") as never,
    },
  },
  {
    title: "a wait error in an automatic step (lockout) stays wait, at the start",
    given: running({ ...idle, generation: 1, username: "ada" }, "initiate"),
    event: { type: "FAILED", generation: 1, error: lockout, automatic: true },
    expected: {
      config: srpConfig,
      status: "idle",
      generation: 1,
      pending: false,
      username: "ada",
      error: lockout,
    },
  },
  {
    title: "retry on InitiateAuth itself (offline) stays retry, at the start",
    given: running({ ...idle, generation: 1, username: "ada" }, "initiate"),
    event: { type: "FAILED", generation: 1, error: offline },
    expected: {
      config: srpConfig,
      status: "idle",
      generation: 1,
      pending: false,
      username: "ada",
      error: offline,
    },
  },
  {
    title: "an error a new attempt cannot fix ends in failed",
    given: running({ ...idle, generation: 1, username: "ada" }, "initiate"),
    event: { type: "FAILED", generation: 1, error: resetNeeded },
    expected: {
      config: srpConfig,
      status: "failed",
      generation: 1,
      pending: false,
      username: "ada",
      error: resetNeeded,
    },
  },
  {
    title: "a failed device confirmation still signs in, with the error",
    given: { ...running(on(smsMfa, trackingConfig), "confirmDevice"), tokens },
    event: { type: "FAILED", generation: 1, error: offline },
    expected: {
      config: trackingConfig,
      status: "signedIn",
      generation: 1,
      pending: false,
      username: "ada",
      activeUsername: "sub-1",
      tokens,
      error: offline,
    },
  },
  {
    title: "a failed UpdateDeviceStatus still signs in, device not remembered",
    given: {
      ...running(
        on({ name: "REMEMBER_DEVICE", deviceKey: "dk", parameters: {} }, trackingConfig),
        "updateDeviceStatus",
      ),
      tokens,
      device: { deviceKey: "dk", deviceGroupKey: "dg", remembered: false },
    },
    event: { type: "FAILED", generation: 1, error: throttled },
    expected: {
      config: trackingConfig,
      status: "signedIn",
      generation: 1,
      pending: false,
      username: "ada",
      activeUsername: "sub-1",
      tokens,
      device: { deviceKey: "dk", deviceGroupKey: "dg", remembered: false },
      error: throttled,
    },
  },
  {
    title: "a failed passkey registration stays signed in, with the error",
    given: running(
      { ...idle, status: "signedIn", generation: 1, username: "ada", tokens },
      "registerPasskey",
    ),
    event: { type: "FAILED", generation: 1, error: cancelled },
    expected: {
      ...idle,
      status: "signedIn",
      generation: 1,
      username: "ada",
      tokens,
      pending: false,
      running: undefined,
      error: cancelled,
    },
  },
  {
    title: "a failure of an older generation is dropped",
    given: smsRunning,
    event: { type: "FAILED", generation: 0, error: wrongPassword },
    expected: "same",
  },
];

describe("transition (sign-in reducer)", () => {
  describe("start", () => it.each(startRows)("$title", check));
  describe("restart, abort, passkeys, unknown events", () =>
    it.each(lifecycleRows)("$title", check));
  describe("effect results", () => it.each(resultRows)("$title", check));
  describe("failures and their recovery", () => it.each(failureRows)("$title", check));
});
