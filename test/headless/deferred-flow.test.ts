import { describe, expect, it } from "vitest";
import { createSignInFlow } from "../../src/core/flow/sign-in.store";
import type { SignInFlow, SignInFlowOptions } from "../../src/core/flow/sign-in.types";
import { createDeferredSignInFlow } from "../../src/headless/deferred-flow";
import { createScriptedTransport, emailOtpChallenge, flush } from "../core/flow/scripted-transport";

/** A deferred flow whose download the test lets through (or fails) when it wants. */
function setup() {
  const { transport, calls } = createScriptedTransport();
  const options: SignInFlowOptions = {
    userPoolId: "us-east-1_Pool1",
    clientId: "client1",
    authFlow: "USER_AUTH",
    transport,
  };
  const downloads: { resolve(): void; reject(error: unknown): void }[] = [];
  const flow = createDeferredSignInFlow(
    options,
    () =>
      new Promise<SignInFlow>((resolve, reject) => {
        downloads.push({ resolve: () => resolve(createSignInFlow(options)), reject });
      }),
  );
  const seen: unknown[] = [];
  flow.subscribe(() => seen.push(flow.getSnapshot()));
  return { flow, calls, downloads, seen };
}

const emailStart = { username: "ada", preferredChallenge: "EMAIL_OTP" } as const;

describe("createDeferredSignInFlow", () => {
  it("fetches the flow at once and is an idle flow meanwhile", async () => {
    const { flow, downloads, calls } = setup();
    expect(downloads).toHaveLength(1);
    expect(flow.authFlow).toBe("USER_AUTH");
    expect(flow.getSnapshot()).toEqual({ status: "idle", isPending: false });
    expect(flow.getSnapshot()).toBe(flow.getSnapshot());
    await flow.respond({ code: "123456" });
    await flow.restart();
    await flow.registerPasskey();
    expect(flow.getSnapshot()).toEqual({ status: "idle", isPending: false });
    expect(calls).toHaveLength(0);
  });

  it("shows a start as pending until the flow arrives, then sends it once", async () => {
    const { flow, downloads, calls, seen } = setup();
    const started = flow.start(emailStart);
    // A second start while the first waits is refused, as the flow refuses one while pending.
    const again = flow.start({ username: "someone-else", preferredChallenge: "EMAIL_OTP" });
    expect(flow.getSnapshot()).toEqual({ status: "idle", isPending: true, username: "ada" });
    expect(calls).toHaveLength(0);

    downloads[0]?.resolve();
    await flush();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.operation).toBe("initiateAuth");
    expect(calls[0]?.input).toMatchObject({ AuthParameters: { USERNAME: "ada" } });
    // No listener ever saw the sign-in not pending between the two flows.
    expect(seen.every((snapshot) => (snapshot as { isPending: boolean }).isPending)).toBe(true);

    calls[0]?.resolve(emailOtpChallenge);
    await Promise.all([started, again]);
    expect(flow.getSnapshot()).toMatchObject({
      status: "challenge",
      isPending: false,
      challenge: { name: "EMAIL_OTP" },
    });
    expect(calls).toHaveLength(1);
  });

  it("hands every call to the flow once it has arrived", async () => {
    const { flow, downloads, calls } = setup();
    downloads[0]?.resolve();
    await flush();
    const started = flow.start(emailStart);
    expect(flow.getSnapshot()).toMatchObject({ status: "idle", isPending: true });
    await flush();
    calls[0]?.resolve(emailOtpChallenge);
    await started;
    expect(flow.getSnapshot().challenge?.name).toBe("EMAIL_OTP");
    flow.abort();
    expect(flow.getSnapshot()).toMatchObject({ status: "idle", isPending: false });
  });

  it("ends a waiting start with a NetworkError when the download fails, and fetches again", async () => {
    const { flow, downloads, calls } = setup();
    const started = flow.start(emailStart);
    downloads[0]?.reject(new TypeError("Failed to fetch dynamically imported module"));
    await started;
    const { error, ...rest } = flow.getSnapshot();
    expect(rest).toEqual({ status: "idle", isPending: false, username: "ada" });
    expect(error).toMatchObject({
      name: "ChallengeError",
      code: "NetworkError",
      recovery: "retry",
    });
    expect(error?.message).not.toContain("ada");

    const retried = flow.start(emailStart);
    expect(downloads).toHaveLength(2);
    expect(flow.getSnapshot()).toEqual({ status: "idle", isPending: true, username: "ada" });
    downloads[1]?.resolve();
    await flush();
    calls[0]?.resolve(emailOtpChallenge);
    await retried;
    expect(flow.getSnapshot()).toMatchObject({
      status: "challenge",
      challenge: { name: "EMAIL_OTP" },
    });
    expect(flow.getSnapshot().error).toBeUndefined();
  });

  it("a failed download nobody waited for stays silent; the next start fetches again", async () => {
    const { flow, downloads, seen } = setup();
    downloads[0]?.reject(new TypeError("offline"));
    await flush();
    expect(flow.getSnapshot()).toEqual({ status: "idle", isPending: false });
    expect(seen).toHaveLength(0);
    void flow.start(emailStart);
    expect(downloads).toHaveLength(2);
  });

  it("abort() drops a waiting start: nothing is sent when the flow arrives", async () => {
    const { flow, downloads, calls } = setup();
    const started = flow.start(emailStart);
    flow.abort();
    await started;
    expect(flow.getSnapshot()).toEqual({ status: "idle", isPending: false });
    downloads[0]?.resolve();
    await flush();
    expect(calls).toHaveLength(0);
    expect(flow.getSnapshot()).toMatchObject({ status: "idle", isPending: false });
  });
});
