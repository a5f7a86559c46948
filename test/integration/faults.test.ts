// @vitest-environment node
import { describe, expect, it } from "vitest";
import type { Recovery } from "../../src/core/errors/challenge-error";
import type { SignInStatus } from "../../src/core/flow/sign-in.types";
import { ALL_FLOWS, CODE, flowOn, SUFFIX, startHarness, TRANSPORTS } from "./harness";

/**
 * Faults injected through the emulator, each ending in the documented state (docs/flow.md,
 * "Errors and recovery"). The step under test is an EMAIL_OTP challenge (USER_AUTH, one
 * InitiateAuth away); where the recovery is retry or wait the same challenge object stays and the
 * same Session then signs in.
 */
function faultPools(suffix: string) {
  return [
    {
      Id: `us-east-1_Faults${suffix}`,
      PoolName: "Faults",
      UserPoolTier: "ESSENTIALS" as const,
      Policies: { SignInPolicy: { AllowedFirstAuthFactors: ["PASSWORD", "EMAIL_OTP"] as const } },
      Clients: [
        {
          ClientId: `faults${suffix}`,
          ClientName: "web",
          ExplicitAuthFlows: ALL_FLOWS,
          AuthSessionValidity: 3,
        },
      ],
      Users: [
        {
          Username: "otp",
          Password: "Correct-Horse-9",
          Attributes: { email: "otp@example.com", email_verified: "true" },
        },
      ],
    },
  ];
}

const harness = startHarness(faultPools);

interface Expected {
  readonly status: SignInStatus;
  readonly recovery: Recovery;
  readonly code?: string;
}

const challengeKept = (recovery: Recovery): Expected => ({ status: "challenge", recovery });
const backToStart = (recovery: Recovery = "restart"): Expected => ({ status: "idle", recovery });
const failed: Expected = { status: "failed", recovery: "restart" };

/** Every exception RespondToAuthChallenge declares (protocol reference §10), and what it does. */
const respondExceptions: readonly [string, Expected, string?][] = [
  ["AliasExistsException", challengeKept("retry")],
  ["CodeMismatchException", challengeKept("retry")],
  ["ExpiredCodeException", backToStart()],
  ["ForbiddenException", backToStart()],
  ["InternalErrorException", challengeKept("wait")],
  ["InvalidEmailRoleAccessPolicyException", failed],
  ["InvalidLambdaResponseException", backToStart()],
  ["InvalidParameterException", backToStart()],
  ["InvalidPasswordException", challengeKept("retry")],
  ["InvalidSmsRoleAccessPolicyException", failed],
  ["InvalidSmsRoleTrustRelationshipException", failed],
  ["InvalidUserPoolConfigurationException", failed],
  ["MFAMethodNotFoundException", backToStart()],
  [
    "NotAuthorizedException",
    backToStart(),
    "Invalid session for the user, session can only be used once.",
  ],
  ["NotAuthorizedException", challengeKept("wait"), "Password attempts exceeded"],
  ["OperationNotEnabledException", failed],
  ["PasswordHistoryPolicyViolationException", challengeKept("retry")],
  ["PasswordResetRequiredException", failed],
  ["ResourceNotFoundException", backToStart()],
  ["SoftwareTokenMFANotFoundException", backToStart()],
  ["TooManyRequestsException", challengeKept("wait")],
  ["UnexpectedLambdaException", backToStart()],
  ["UserLambdaValidationException", backToStart(), "CreateAuthChallenge failed with error boom."],
  ["UserNotConfirmedException", failed],
  ["UserNotFoundException", backToStart()],
  ["SomethingNewException", backToStart()],
];

/** Every exception InitiateAuth declares: the flow stays at (or ends at) the start. */
const initiateExceptions: readonly [string, Expected][] = [
  ["FeatureUnavailableInTierException", failed],
  ["ForbiddenException", backToStart()],
  ["InternalErrorException", backToStart("wait")],
  ["InvalidEmailRoleAccessPolicyException", failed],
  ["InvalidLambdaResponseException", backToStart()],
  ["InvalidParameterException", backToStart()],
  ["InvalidSmsRoleAccessPolicyException", failed],
  ["InvalidSmsRoleTrustRelationshipException", failed],
  ["InvalidUserPoolConfigurationException", failed],
  ["NotAuthorizedException", backToStart()],
  ["OperationNotEnabledException", failed],
  ["PasswordResetRequiredException", failed],
  ["ResourceNotFoundException", backToStart()],
  ["TooManyRequestsException", backToStart("wait")],
  ["UnexpectedLambdaException", backToStart()],
  ["UnsupportedOperationException", failed],
  ["UserLambdaValidationException", backToStart()],
  ["UserNotConfirmedException", failed],
  ["UserNotFoundException", backToStart()],
];

describe.each(TRANSPORTS)("faults (%s)", (kind) => {
  const s = SUFFIX[kind];
  const flowFor = (extra: { timeoutMs?: number; sessionValidityMinutes?: number } = {}) =>
    flowOn(harness, kind, {
      userPoolId: `us-east-1_Faults${s}`,
      clientId: `faults${s}`,
      authFlow: "USER_AUTH",
      ...extra,
    });

  async function onCode(extra: Parameters<typeof flowFor>[0] = {}) {
    const context = flowFor(extra);
    await context.flow.start({ username: "otp", preferredChallenge: "EMAIL_OTP" });
    expect(context.flow.getSnapshot().challenge?.name).toBe("EMAIL_OTP");
    return context;
  }

  async function expectOutcome(
    context: Awaited<ReturnType<typeof onCode>>,
    expected: Expected,
    code?: string,
  ) {
    const before = context.flow.getSnapshot();
    await context.flow.respond({ code: CODE });
    const after = context.flow.getSnapshot();
    expect(after).toMatchObject({
      status: expected.status,
      isPending: false,
      username: "otp",
      error: { code: code ?? expect.any(String), recovery: expected.recovery },
    });
    if (expected.status === "challenge") {
      // Unchanged: the same challenge object and expiry; the same Session then signs in.
      expect(after.challenge).toBe(before.challenge);
      expect(after.expiresAt).toBe(before.expiresAt);
      if (expected.recovery === "wait") expect(after.error?.retryAfterMs).toBeGreaterThan(0);
      await context.flow.respond({ code: CODE });
      expect(context.flow.getSnapshot().status).toBe("signedIn");
    } else {
      expect(after.challenge).toBeUndefined();
      expect(after.expiresAt).toBeUndefined();
    }
  }

  it.each(respondExceptions)(
    "RespondToAuthChallenge %s (%j %s)",
    async (type, expected, message) => {
      const context = await onCode();
      harness.emulator.faults.inject({
        operation: "RespondToAuthChallenge",
        kind: "exception",
        type,
        ...(message ? { message } : {}),
      });
      await expectOutcome(
        context,
        expected,
        type === "SomethingNewException" ? "UnknownError" : type,
      );
    },
  );

  it.each(initiateExceptions)("InitiateAuth %s", async (type, expected) => {
    const { flow, calls } = flowFor();
    harness.emulator.faults.inject({ operation: "InitiateAuth", kind: "exception", type });
    await flow.start({ username: "otp", preferredChallenge: "EMAIL_OTP" });
    expect(flow.getSnapshot()).toMatchObject({
      status: expected.status,
      username: "otp",
      error: { code: type, recovery: expected.recovery },
    });
    expect(calls).toEqual(["InitiateAuth"]);
  });

  it("a bare HTTP 500 on an answer: NetworkError, retry, challenge kept", async () => {
    const context = await onCode();
    harness.emulator.faults.inject({ operation: "RespondToAuthChallenge", kind: "http500" });
    await expectOutcome(context, challengeKept("retry"), "NetworkError");
  });

  it("a dropped connection on an answer: NetworkError, retry, challenge kept", async () => {
    const context = await onCode();
    harness.emulator.faults.inject({ operation: "RespondToAuthChallenge", kind: "drop" });
    await expectOutcome(context, challengeKept("retry"), "NetworkError");
  });

  it("a dropped connection at the start: NetworkError, retry, at the start", async () => {
    const { flow } = flowFor();
    harness.emulator.faults.inject({ operation: "InitiateAuth", kind: "drop" });
    await flow.start({ username: "otp", preferredChallenge: "EMAIL_OTP" });
    expect(flow.getSnapshot()).toMatchObject({
      status: "idle",
      error: { code: "NetworkError", recovery: "retry" },
    });
    await flow.start({ username: "otp", preferredChallenge: "EMAIL_OTP" });
    expect(flow.getSnapshot().challenge?.name).toBe("EMAIL_OTP");
  });

  it("an expired Session: respond() sends nothing, ExpiredSession, restart, username kept", async () => {
    const context = await onCode();
    harness.emulator.clock.advance(3 * 60 + 1);
    await context.flow.respond({ code: CODE });
    expect(context.flow.getSnapshot()).toMatchObject({
      status: "idle",
      username: "otp",
      error: { code: "ExpiredSession", recovery: "restart" },
    });
    expect(context.calls).toEqual(["InitiateAuth"]);
    await context.flow.restart();
    await context.flow.respond({ code: CODE });
    expect(context.flow.getSnapshot().status).toBe("signedIn");
  });

  it("a Session Cognito expired first (validity set too long): NotAuthorizedException, restart", async () => {
    const context = await onCode({ sessionValidityMinutes: 15 });
    harness.emulator.clock.advance(4 * 60);
    await context.flow.respond({ code: CODE });
    expect(context.flow.getSnapshot()).toMatchObject({
      status: "idle",
      username: "otp",
      error: {
        code: "NotAuthorizedException",
        recovery: "restart",
        message: expect.stringMatching(/expired/i),
      },
    });
    expect(context.calls).toEqual(["InitiateAuth", "RespondToAuthChallenge"]);
  });

  it("ten rapid respond() calls send one request", async () => {
    const context = await onCode();
    await Promise.all(Array.from({ length: 10 }, () => context.flow.respond({ code: CODE })));
    expect(context.flow.getSnapshot().status).toBe("signedIn");
    expect(context.calls).toEqual(["InitiateAuth", "RespondToAuthChallenge"]);
  });

  it("a reused Session (answered twice) goes back to the start", async () => {
    const context = await onCode();
    await context.flow.respond({ code: "000000" });
    expect(context.flow.getSnapshot().error?.code).toBe("CodeMismatchException");
    harness.emulator.faults.inject({
      operation: "RespondToAuthChallenge",
      kind: "exception",
      type: "NotAuthorizedException",
      message: "Invalid session for the user, session can only be used once.",
    });
    await context.flow.respond({ code: CODE });
    expect(context.flow.getSnapshot()).toMatchObject({
      status: "idle",
      error: { recovery: "restart" },
    });
  });
});

// Only the HTTP transports have a per-request timeout; the in-process one answers in-process.
describe.each(["AWS SDK over HTTP", "fetch over HTTP"] as const)("timeouts (%s)", (kind) => {
  it("an answer slower than the transport's timeout: NetworkError, retry, challenge kept", async () => {
    const context = flowOn(harness, kind, {
      userPoolId: `us-east-1_Faults${SUFFIX[kind]}`,
      clientId: `faults${SUFFIX[kind]}`,
      authFlow: "USER_AUTH",
      timeoutMs: 150,
    });
    await context.flow.start({ username: "otp", preferredChallenge: "EMAIL_OTP" });
    const before = context.flow.getSnapshot();
    harness.emulator.faults.inject({ operation: "RespondToAuthChallenge", kind: "delay", ms: 600 });
    // A wrong code, so the late request cannot use the Session up.
    await context.flow.respond({ code: "000000" });
    expect(context.flow.getSnapshot()).toMatchObject({
      status: "challenge",
      error: { code: "NetworkError", recovery: "retry" },
    });
    expect(context.flow.getSnapshot().challenge).toBe(before.challenge);
    await new Promise((resolve) => setTimeout(resolve, 700));
    await context.flow.respond({ code: CODE });
    expect(context.flow.getSnapshot().status).toBe("signedIn");
  });
});
