// @vitest-environment node
import { describe, expect, it } from "vitest";
import {
  ChallengeError,
  type ChallengeErrorCode,
  COGNITO_EXCEPTION_CODES,
  LOCAL_ERROR_CODES,
  ProtocolError,
  type Recovery,
} from "../../../src/core/errors/challenge-error";
import { LONG_WAIT_MS, SHORT_WAIT_MS } from "../../../src/core/errors/error-table";
import {
  networkError,
  recoveryFor,
  toChallengeError,
} from "../../../src/core/errors/to-challenge-error";

// Written out from protocol reference §10 (and the decisions in docs/transports.md), not
// derived from the implementation's table: the `Record` type makes a missing code a type error.
const EXPECTED: Record<ChallengeErrorCode, Recovery> = {
  AliasExistsException: "retry",
  CodeDeliveryFailureException: "wait",
  CodeMismatchException: "retry",
  ConcurrentModificationException: "retry",
  DeviceKeyExistsException: "retry",
  EnableSoftwareTokenMFAException: "retry",
  ExpiredCodeException: "restart",
  FeatureUnavailableInTierException: "restart",
  ForbiddenException: "restart",
  InternalErrorException: "wait",
  InvalidEmailRoleAccessPolicyException: "restart",
  InvalidLambdaResponseException: "restart",
  InvalidParameterException: "restart",
  InvalidPasswordException: "retry",
  InvalidSmsRoleAccessPolicyException: "restart",
  InvalidSmsRoleTrustRelationshipException: "restart",
  InvalidUserPoolConfigurationException: "restart",
  LimitExceededException: "wait",
  MFAMethodNotFoundException: "restart",
  NotAuthorizedException: "restart",
  OperationNotEnabledException: "restart",
  PasswordHistoryPolicyViolationException: "retry",
  PasswordResetRequiredException: "restart",
  RefreshTokenReuseException: "restart",
  ResourceNotFoundException: "restart",
  SoftwareTokenMFANotFoundException: "restart",
  TooManyFailedAttemptsException: "wait",
  TooManyRequestsException: "wait",
  UnexpectedLambdaException: "restart",
  UnsupportedOperationException: "restart",
  UserLambdaValidationException: "restart",
  UserNotConfirmedException: "restart",
  UserNotFoundException: "restart",
  UsernameExistsException: "restart",
  WebAuthnChallengeNotFoundException: "retry",
  WebAuthnClientMismatchException: "restart",
  WebAuthnConfigurationMissingException: "restart",
  WebAuthnCredentialNotSupportedException: "retry",
  WebAuthnNotEnabledException: "restart",
  WebAuthnOriginNotAllowedException: "restart",
  WebAuthnRelyingPartyMismatchException: "restart",
  NetworkError: "retry",
  ProtocolError: "restart",
  ExpiredSession: "restart",
  UnknownChallenge: "restart",
  WebAuthnCancelled: "retry",
  WebAuthnUnsupported: "restart",
  WebAuthnFailed: "retry",
  InvalidAnswer: "retry",
  UnknownError: "restart",
  InsecureContext: "restart",
};

const EXPECTED_WAIT: Partial<Record<ChallengeErrorCode, number>> = {
  TooManyRequestsException: SHORT_WAIT_MS,
  InternalErrorException: SHORT_WAIT_MS,
  LimitExceededException: LONG_WAIT_MS,
  TooManyFailedAttemptsException: LONG_WAIT_MS,
  CodeDeliveryFailureException: LONG_WAIT_MS,
};

describe("recoveryFor", () => {
  it("has a row for every code there is", () => {
    expect(Object.keys(EXPECTED).sort()).toStrictEqual(
      [...COGNITO_EXCEPTION_CODES, ...LOCAL_ERROR_CODES].sort(),
    );
  });

  it.each(Object.entries(EXPECTED))("%s → %s", (code, recovery) => {
    expect(recoveryFor(code as ChallengeErrorCode)).toBe(recovery);
  });

  it.each([
    ["Incorrect username or password.", "restart"],
    ["Invalid session for the user, session is expired.", "restart"],
    ["Invalid session for the user, session can only be used once.", "restart"],
    ["Invalid session for the user.", "restart"],
    ["Unable to verify secret hash for client 3n4b5urk1ft4fl3mg5e62d9ado", "restart"],
    ["Client 3n4b5urk is configured for secret but secret was not received", "restart"],
    ["Access Token has expired", "restart"],
    ["User is disabled.", "restart"],
    ["Password attempts exceeded", "wait"],
    ["password attempts exceeded", "wait"],
  ])('NotAuthorizedException "%s" → %s', (message, recovery) => {
    expect(recoveryFor("NotAuthorizedException", message)).toBe(recovery);
  });

  it("the lockout message changes nothing for other codes", () => {
    expect(recoveryFor("UserNotFoundException", "Password attempts exceeded")).toBe("restart");
  });
});

describe("toChallengeError", () => {
  it.each(COGNITO_EXCEPTION_CODES)("%s keeps its name, the row's recovery, a message", (code) => {
    const error = toChallengeError({ type: code, status: 400 });
    expect(error).toBeInstanceOf(ChallengeError);
    expect(error.name).toBe("ChallengeError");
    expect(error.code).toBe(code);
    expect(error.recovery).toBe(EXPECTED[code]);
    expect(error.message.length).toBeGreaterThan(10);
    expect(error.status).toBe(400);
    expect(error.retryAfterMs).toBe(EXPECTED_WAIT[code]);
  });

  it.each([
    ["com.amazonaws.cognito.identity.idp.model#CodeMismatchException", "CodeMismatchException"],
    ["a#b#CodeMismatchException", "CodeMismatchException"],
    [
      "NotAuthorizedException:http://internal.amazon.com/coral/com.amazonaws.cognito.identity.idp.model/",
      "NotAuthorizedException",
    ],
    ["ExpiredCodeException,SomethingElse", "ExpiredCodeException"],
    ["  ExpiredCodeException  ", "ExpiredCodeException"],
  ])("reads the name out of %s", (type, code) => {
    expect(toChallengeError({ type }).code).toBe(code);
  });

  it("keeps Cognito's message; uses the default only when there is none", () => {
    const kept = toChallengeError({
      type: "CodeMismatchException",
      message: "Invalid code or auth state for the user.",
    });
    expect(kept.message).toBe("Invalid code or auth state for the user.");
    const blank = toChallengeError({ type: "CodeMismatchException", message: "  " });
    // Without one, the exception name: the UI shows its own text for the code.
    expect(blank.message).toBe("CodeMismatchException");
  });

  it("an unknown name is UnknownError keeping Cognito's message, the name in reason", () => {
    const error = toChallengeError({
      type: "ns#BrandNewFutureException",
      message: "Something new happened.",
      status: 400,
    });
    expect(error).toMatchObject({
      code: "UnknownError",
      recovery: "restart",
      message: "Something new happened.",
      reason: "BrandNewFutureException",
      status: 400,
    });
    expect(toChallengeError({ type: "BrandNewFutureException" }).message).toBe(
      "BrandNewFutureException",
    );
  });

  it("an unknown name with a 5xx status is a server fault: wait", () => {
    const error = toChallengeError({ type: "ServiceUnavailable", status: 503 });
    expect(error).toMatchObject({ code: "UnknownError", recovery: "wait", status: 503 });
    expect(error.retryAfterMs).toBe(SHORT_WAIT_MS);
  });

  it.each([undefined, "", "  ", "502", "#", ":http://x/"])(
    "no usable name (%j) is a NetworkError with the status",
    (type) => {
      const error = toChallengeError({ type, message: "Bad gateway", status: 502 });
      expect(error).toMatchObject({
        code: "NetworkError",
        recovery: "retry",
        status: 502,
        message: "Bad gateway",
      });
    },
  );

  it("Retry-After wins over the default, for wait errors only", () => {
    expect(
      toChallengeError({ type: "TooManyRequestsException", retryAfterMs: 4200 }).retryAfterMs,
    ).toBe(4200);
    expect(
      toChallengeError({ type: "NotAuthorizedException", message: "Password attempts exceeded" })
        .retryAfterMs,
    ).toBe(LONG_WAIT_MS);
    expect(
      toChallengeError({ type: "CodeMismatchException", retryAfterMs: 4200 }).retryAfterMs,
    ).toBeUndefined();
  });

  it.each([Number.NaN, -1, Number.POSITIVE_INFINITY])(
    "an unusable retryAfterMs (%s) falls back to the default",
    (retryAfterMs) => {
      expect(toChallengeError({ type: "LimitExceededException", retryAfterMs }).retryAfterMs).toBe(
        LONG_WAIT_MS,
      );
    },
  );

  it("keeps the cause, and leaves status out when there was none", () => {
    const cause = new Error("socket hang up");
    const error = toChallengeError({ type: "InternalErrorException", cause });
    expect(error.cause).toBe(cause);
    expect(error.status).toBeUndefined();
  });
});

describe("networkError", () => {
  it("is code NetworkError, recovery retry, with cause and status when given", () => {
    const cause = new TypeError("fetch failed");
    const error = networkError("Could not reach Cognito.", cause, 502);
    expect(error).toBeInstanceOf(ChallengeError);
    expect(error).toMatchObject({
      code: "NetworkError",
      recovery: "retry",
      message: "Could not reach Cognito.",
      status: 502,
    });
    expect(error.cause).toBe(cause);
    const bare = networkError("offline");
    expect(bare.status).toBeUndefined();
    expect("cause" in bare).toBe(false);
  });
});

describe("the code lists", () => {
  it("list each code once, Cognito's with their Exception suffix", () => {
    const all = [...COGNITO_EXCEPTION_CODES, ...LOCAL_ERROR_CODES];
    expect(new Set(all).size).toBe(all.length);
    for (const code of COGNITO_EXCEPTION_CODES) expect(code).toMatch(/^[A-Z]\w+Exception$/);
    expect(COGNITO_EXCEPTION_CODES).toHaveLength(41);
    expect(LOCAL_ERROR_CODES).toHaveLength(10);
  });

  it("a code near a list's name is no code: no group, no Cognito name", () => {
    expect(recoveryFor("NetworkErrorException" as ChallengeErrorCode)).toBe("restart");
    expect(toChallengeError({ type: "CodeMismatch" })).toMatchObject({
      code: "UnknownError",
      reason: "CodeMismatch",
    });
    expect(toChallengeError({ type: "NetworkError" })).toMatchObject({
      code: "UnknownError",
      reason: "NetworkError",
    });
  });

  it("has the same own, enumerable properties whatever the options", () => {
    const keys = ["name", "code", "recovery", "retryAfterMs", "status", "reason"];
    expect(Object.keys(new ChallengeError("NetworkError", "m"))).toEqual(keys);
    const full = new ChallengeError("TooManyRequestsException", "m", {
      retryAfterMs: 5,
      status: 429,
      reason: "r",
      cause: 1,
    });
    expect(Object.keys(full)).toEqual(keys);
    expect(full).toMatchObject({ retryAfterMs: 5, status: 429, reason: "r", cause: 1 });
  });

  it("a ProtocolError without a message takes its reason as the message", () => {
    expect(new ProtocolError("SrpUnsafeB")).toMatchObject({
      code: "ProtocolError",
      reason: "SrpUnsafeB",
      message: "SrpUnsafeB",
      recovery: "restart",
    });
  });

  it("a ChallengeError without a recovery gets its code's", () => {
    expect(new ChallengeError("CodeMismatchException", "m").recovery).toBe("retry");
    expect(
      new ChallengeError("NotAuthorizedException", "Password attempts exceeded").recovery,
    ).toBe("wait");
    expect(new ChallengeError("InsecureContext", "m").recovery).toBe("restart");
    expect(new ChallengeError("NetworkError", "m", { recovery: "restart" }).recovery).toBe(
      "restart",
    );
  });
});
