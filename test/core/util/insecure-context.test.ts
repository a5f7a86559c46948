// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  ChallengeError,
  computePasswordClaim,
  createSecretHashProvider,
  createSignInFlow,
  createSrpEphemeral,
} from "../../../src/core/index";
import { hmacSha256, randomBytes, sha256 } from "../../../src/core/util/crypto";
import { createScriptedTransport, flush } from "../flow/scripted-transport";

/**
 * A page on plain http (not localhost) is no secure context: browsers leave `crypto.subtle` out
 * (`getRandomValues` stays). Every path that needs WebCrypto must then fail with a typed
 * `InsecureContext` ChallengeError that says what to do, never a raw TypeError or an unhandled
 * rejection.
 */

const MESSAGE = "WebCrypto is unavailable: serve the page over https or from localhost";

const insecure = (error: unknown): void => {
  expect(error).toBeInstanceOf(ChallengeError);
  expect(error).toMatchObject({ code: "InsecureContext", recovery: "restart", message: MESSAGE });
};

describe("without crypto.subtle (an insecure context)", () => {
  const real = globalThis.crypto;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown): void => {
    unhandled.push(reason);
  };

  beforeEach(() => {
    // What a browser offers on http://example.com: getRandomValues, and no `subtle`.
    vi.stubGlobal("crypto", { getRandomValues: real.getRandomValues.bind(real) });
    process.on("unhandledRejection", onUnhandled);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    process.off("unhandledRejection", onUnhandled);
  });

  it("the crypto helpers throw InsecureContext", async () => {
    expect(globalThis.crypto.subtle).toBeUndefined();
    await sha256(new Uint8Array(1)).then(() => expect.unreachable(), insecure);
    await hmacSha256(new Uint8Array(1)).then(() => expect.unreachable(), insecure);
    expect(() => randomBytes(16)).toThrow(ChallengeError);
  });

  it("the public SRP and SECRET_HASH functions reject with it", async () => {
    await createSrpEphemeral().then(() => expect.unreachable(), insecure);
    const hash = createSecretHashProvider("client", "secret");
    await hash("ada").then(() => expect.unreachable(), insecure);
    vi.unstubAllGlobals();
    const ephemeral = await createSrpEphemeral();
    vi.stubGlobal("crypto", { getRandomValues: real.getRandomValues.bind(real) });
    const claim = computePasswordClaim({
      ephemeral,
      userPoolId: "us-east-1_Pool1",
      userIdForSrp: "sub-1",
      password: "pw",
      salt: "a1b2",
      srpB: "c0ffee".repeat(64),
      secretBlock: "c2VjcmV0",
      now: new Date(),
    });
    await claim.then(() => expect.unreachable(), insecure);
  });

  it("the flow reports it in the snapshot, status failed, nothing sent, no unhandled rejection", async () => {
    const { transport, calls } = createScriptedTransport();
    const flow = createSignInFlow({
      userPoolId: "us-east-1_Pool1",
      clientId: "client1",
      authFlow: "USER_SRP_AUTH",
      transport,
    });
    await flow.start({ username: "ada", password: "pw" });
    await flush();
    const snapshot = flow.getSnapshot();
    expect(snapshot).toMatchObject({ status: "failed", isPending: false, username: "ada" });
    insecure(snapshot.error);
    expect(calls).toEqual([]);
    expect(unhandled).toEqual([]);
  });

  it("an app client secret fails the same way before InitiateAuth is sent", async () => {
    const { transport, calls } = createScriptedTransport();
    const flow = createSignInFlow({
      userPoolId: "us-east-1_Pool1",
      clientId: "client1",
      clientSecret: "secret",
      authFlow: "USER_AUTH",
      transport,
    });
    await flow.start({ username: "ada", preferredChallenge: "EMAIL_OTP" });
    insecure(flow.getSnapshot().error);
    expect(flow.getSnapshot().status).toBe("failed");
    expect(calls).toEqual([]);
    expect(unhandled).toEqual([]);
  });
});
