// @vitest-environment node
import { describe, expect, it } from "vitest";
import { ChallengeError } from "../../../src/core/errors/challenge-error";
import { createSignInFlow } from "../../../src/core/flow/sign-in.store";
import type { SignInFlowOptions } from "../../../src/core/flow/sign-in.types";
import { createScriptedTransport, emailOtpChallenge, flush, signedIn } from "./scripted-transport";

function setup(extra: Partial<SignInFlowOptions> = {}) {
  const { transport, calls } = createScriptedTransport();
  let now = 1_000_000;
  const flow = createSignInFlow({
    userPoolId: "us-east-1_Pool1",
    clientId: "client1",
    authFlow: "USER_AUTH",
    transport,
    now: () => now,
    ...extra,
  });
  return { flow, calls, advance: (ms: number) => (now += ms), at: () => now };
}

/** Starts an EMAIL_OTP sign-in and answers InitiateAuth with the EMAIL_OTP challenge. */
async function onEmailOtp(context: ReturnType<typeof setup>) {
  const started = context.flow.start({ username: "ada", preferredChallenge: "EMAIL_OTP" });
  await flush();
  context.calls[0]?.resolve(emailOtpChallenge);
  await started;
}

describe("createSignInFlow (store)", () => {
  it("sends one request for ten rapid respond() calls, and all of them resolve when it settles", async () => {
    const context = setup();
    await onEmailOtp(context);
    const answers = Array.from({ length: 10 }, () => context.flow.respond({ code: "123456" }));
    await flush();
    expect(context.calls.map((call) => call.operation)).toEqual([
      "initiateAuth",
      "respondToAuthChallenge",
    ]);
    let settled = 0;
    for (const answer of answers) void answer.then(() => settled++);
    await flush();
    expect(settled).toBe(0);
    context.calls[1]?.resolve(signedIn);
    await Promise.all(answers);
    expect(settled).toBe(10);
    expect(context.flow.getSnapshot().status).toBe("signedIn");
    expect(context.calls).toHaveLength(2);
  });

  it("publishes pending at once and keeps the same snapshot object until something changes", async () => {
    const context = setup();
    const seen: unknown[] = [];
    context.flow.subscribe(() => seen.push(context.flow.getSnapshot()));
    const first = context.flow.getSnapshot();
    expect(context.flow.getSnapshot()).toBe(first);
    expect(first).toEqual({ status: "idle", isPending: false });
    void context.flow.start({ username: "ada", preferredChallenge: "EMAIL_OTP" });
    expect(context.flow.getSnapshot()).toMatchObject({
      status: "idle",
      isPending: true,
      username: "ada",
    });
    await flush();
    // Nothing changed while the request is in flight: no new snapshot, no notification.
    expect(seen).toHaveLength(1);
    context.calls[0]?.resolve(emailOtpChallenge);
    await flush();
    expect(seen).toHaveLength(2);
    const onChallenge = context.flow.getSnapshot();
    expect(onChallenge.challenge?.name).toBe("EMAIL_OTP");
    expect(onChallenge.expiresAt).toBe(context.at() + 3 * 60_000);
    expect(Object.isFrozen(onChallenge)).toBe(true);
  });

  it("drops a response that arrives after abort(), and aborts its request", async () => {
    const context = setup();
    await onEmailOtp(context);
    void context.flow.respond({ code: "123456" });
    await flush();
    context.flow.abort();
    expect(context.calls[1]?.signal?.aborted).toBe(true);
    expect(context.flow.getSnapshot()).toEqual({
      status: "idle",
      isPending: false,
      username: "ada",
    });
    context.calls[1]?.resolve(signedIn);
    await flush();
    expect(context.flow.getSnapshot()).toEqual({
      status: "idle",
      isPending: false,
      username: "ada",
    });
  });

  it("drops a response that arrives after restart(), and re-initiates the passwordless factor", async () => {
    const context = setup();
    await onEmailOtp(context);
    void context.flow.respond({ code: "123456" });
    await flush();
    const restarted = context.flow.restart();
    await flush();
    expect(context.calls.map((call) => call.operation)).toEqual([
      "initiateAuth",
      "respondToAuthChallenge",
      "initiateAuth",
    ]);
    expect(context.calls[2]?.input).toMatchObject({
      AuthFlow: "USER_AUTH",
      AuthParameters: { USERNAME: "ada", PREFERRED_CHALLENGE: "EMAIL_OTP" },
    });
    context.calls[1]?.resolve(signedIn);
    await flush();
    expect(context.flow.getSnapshot().status).not.toBe("signedIn");
    context.calls[2]?.resolve({ ...emailOtpChallenge, Session: "S2" });
    await restarted;
    expect(context.flow.getSnapshot()).toMatchObject({
      status: "challenge",
      challenge: { name: "EMAIL_OTP" },
    });
  });

  it("sends nothing once the Session has expired: ExpiredSession, restart, username kept", async () => {
    const context = setup({ sessionValidityMinutes: 5 });
    await onEmailOtp(context);
    context.advance(5 * 60_000);
    await context.flow.respond({ code: "123456" });
    expect(context.calls).toHaveLength(1);
    expect(context.flow.getSnapshot()).toMatchObject({
      status: "idle",
      username: "ada",
      error: { code: "ExpiredSession", recovery: "restart" },
    });
  });

  it("keeps the challenge on a wrong code and sends the retry with the same Session", async () => {
    const context = setup();
    await onEmailOtp(context);
    const first = context.flow.respond({ code: "111111" });
    await flush();
    context.calls[1]?.reject(
      new ChallengeError("CodeMismatchException", "Invalid code or auth state for the user.", {
        recovery: "retry",
      }),
    );
    await first;
    const snapshot = context.flow.getSnapshot();
    expect(snapshot).toMatchObject({
      status: "challenge",
      isPending: false,
      error: { code: "CodeMismatchException" },
    });
    const second = context.flow.respond({ code: "222 222" });
    await flush();
    expect(context.calls[2]?.input).toMatchObject({
      ChallengeName: "EMAIL_OTP",
      Session: "S1",
      ChallengeResponses: { USERNAME: "sub-1", EMAIL_OTP_CODE: "222222" },
    });
    context.calls[2]?.resolve(signedIn);
    await second;
    expect(context.flow.getSnapshot().tokens?.AccessToken).toBe("at");
  });

  it("refuses a second start() while the first is pending", async () => {
    const context = setup();
    void context.flow.start({ username: "ada", preferredChallenge: "EMAIL_OTP" });
    void context.flow.start({ username: "bob", preferredChallenge: "EMAIL_OTP" });
    await flush();
    expect(context.calls).toHaveLength(1);
    expect(context.flow.getSnapshot().username).toBe("ada");
  });

  it("unsubscribes", async () => {
    const context = setup();
    let calls = 0;
    const unsubscribe = context.flow.subscribe(() => calls++);
    unsubscribe();
    void context.flow.start({ username: "ada", preferredChallenge: "EMAIL_OTP" });
    expect(calls).toBe(0);
  });
});

describe("createSignInFlow request extras", () => {
  it("sends ClientMetadata, AnalyticsMetadata and UserContextData (asked per typed username)", async () => {
    const asked: string[] = [];
    const context = setup({
      clientMetadata: { app: "web" },
      analyticsEndpointId: "endpoint-1",
      userContextData: (username) => {
        asked.push(username);
        return { EncodedData: `data-for-${username}` };
      },
    });
    await onEmailOtp(context);
    void context.flow.respond({ code: "123456" });
    await flush();
    const extras = {
      ClientMetadata: { app: "web" },
      AnalyticsMetadata: { AnalyticsEndpointId: "endpoint-1" },
      UserContextData: { EncodedData: "data-for-ada" },
    };
    expect(context.calls[0]?.input).toMatchObject(extras);
    expect(context.calls[1]?.input).toMatchObject(extras);
    expect(asked).toEqual(["ada", "ada"]);
  });
});
