// @vitest-environment node
import { describe, expect, it } from "vitest";
import { ChallengeError } from "../../../src/core/errors/challenge-error";
import { createFlowDeps } from "../../../src/core/flow/sign-in.deps";
import { runTask } from "../../../src/core/flow/sign-in.effects";
import type { SecretBox, SignInTask } from "../../../src/core/flow/sign-in.state";
import type { SignInAuthFlow } from "../../../src/core/flow/sign-in.types";
import { createScriptedTransport, flush, signedIn } from "./scripted-transport";

/** The effects hand the password on and let go of it: the box is empty before the next request. */

function setup(authFlow: SignInAuthFlow) {
  const { transport, calls } = createScriptedTransport();
  const deps = createFlowDeps({
    userPoolId: "us-east-1_Pool1",
    clientId: "client1",
    authFlow,
    transport,
  });
  return { deps, calls };
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++)
    await new Promise((resolve) => setTimeout(resolve, 5));
  expect(condition()).toBe(true);
}

const verifier = {
  ChallengeName: "PASSWORD_VERIFIER",
  Session: "S1",
  ChallengeParameters: {
    SALT: "a1b2c3d4e5f60718293a4b5c6d7e8f90",
    SRP_B: "c0ffee".repeat(64),
    SECRET_BLOCK: "c2VjcmV0LWJsb2Nr",
    USER_ID_FOR_SRP: "sub-1",
    USERNAME: "sub-1",
  },
};

function initiate(password: SecretBox): SignInTask {
  return { kind: "initiate", generation: 1, names: { typed: "ada", active: "ada" }, password };
}

describe("runTask and the password", () => {
  it("SRP: the box is empty once the PASSWORD_VERIFIER claim exists, before it is sent", async () => {
    const { deps, calls } = setup("USER_SRP_AUTH");
    const box: SecretBox = { value: "pw" };
    const done = runTask(initiate(box), deps, new AbortController().signal);
    await flush();
    expect(calls[0]?.input).toMatchObject({
      AuthFlow: "USER_SRP_AUTH",
      AuthParameters: { USERNAME: "ada" },
    });
    expect(JSON.stringify(calls[0]?.input)).not.toContain("pw");
    expect(box.value).toBe("pw");
    calls[0]?.resolve(verifier);
    await until(() => calls.length === 2);
    expect(box.value).toBeUndefined();
    expect(calls[1]?.input).toMatchObject({
      ChallengeName: "PASSWORD_VERIFIER",
      Session: "S1",
      ChallengeResponses: {
        USERNAME: "sub-1",
        PASSWORD_CLAIM_SECRET_BLOCK: "c2VjcmV0LWJsb2Nr",
        PASSWORD_CLAIM_SIGNATURE: expect.stringMatching(/^[A-Za-z0-9+/]{43}=$/),
        TIMESTAMP: expect.stringMatching(
          /^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{1,2} \d{2}:\d{2}:\d{2} UTC \d{4}$/,
        ),
      },
    });
    calls[1]?.resolve(signedIn);
    expect(await done).toMatchObject({
      type: "AUTH_RESULT",
      username: "sub-1",
      result: { kind: "signedIn" },
    });
  });

  it("USER_PASSWORD_AUTH: the box is empty once InitiateAuth is answered", async () => {
    const { deps, calls } = setup("USER_PASSWORD_AUTH");
    const box: SecretBox = { value: "pw" };
    const done = runTask(initiate(box), deps, new AbortController().signal);
    await flush();
    expect(calls[0]?.input).toMatchObject({ AuthParameters: { USERNAME: "ada", PASSWORD: "pw" } });
    calls[0]?.resolve(signedIn);
    await done;
    expect(box.value).toBeUndefined();
  });

  it("a failure empties the box too", async () => {
    const { deps, calls } = setup("USER_SRP_AUTH");
    const box: SecretBox = { value: "pw" };
    const done = runTask(initiate(box), deps, new AbortController().signal);
    await flush();
    calls[0]?.reject(new ChallengeError("NetworkError", "offline", { recovery: "retry" }));
    expect(await done).toMatchObject({ type: "FAILED", error: { code: "NetworkError" } });
    expect(box.value).toBeUndefined();
  });

  it("a PASSWORD_VERIFIER without an SRP start is a ProtocolError in an automatic step", async () => {
    const { deps, calls } = setup("USER_PASSWORD_AUTH");
    const done = runTask(initiate({ value: "pw" }), deps, new AbortController().signal);
    await flush();
    calls[0]?.resolve(verifier);
    expect(await done).toMatchObject({
      type: "FAILED",
      automatic: true,
      error: { code: "ProtocolError", reason: "UnexpectedChallenge" },
    });
    expect(calls).toHaveLength(1);
  });

  it("VerifySoftwareToken answering Status ERROR is a wrong code (retry) carrying the newer Session", async () => {
    const { deps, calls } = setup("USER_SRP_AUTH");
    const task: SignInTask = {
      kind: "verifyTotp",
      generation: 3,
      names: { typed: "ada", active: "sub-1" },
      session: "S-associate",
      expiresAt: undefined,
      deviceKey: undefined,
      code: "123 456",
    };
    const done = runTask(task, deps, new AbortController().signal);
    await flush();
    expect(calls[0]?.input).toEqual({ Session: "S-associate", UserCode: "123456" });
    calls[0]?.resolve({ Status: "ERROR", Session: "S-newer" });
    expect(await done).toMatchObject({
      type: "FAILED",
      generation: 3,
      session: "S-newer",
      error: { code: "EnableSoftwareTokenMFAException", recovery: "retry", reason: "StatusError" },
    });
  });
});
