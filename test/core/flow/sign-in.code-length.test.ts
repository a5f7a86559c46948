// @vitest-environment node
import { describe, expect, it } from "vitest";
import { createSignInFlow } from "../../../src/core/flow/sign-in.store";
import type { SignInAuthFlow, SignInFlowOptions } from "../../../src/core/flow/sign-in.types";
import { createScriptedTransport, flush } from "./scripted-transport";

/**
 * `challenge.codeLength` is what a screen shows as the number of boxes. Cognito's passwordless
 * codes (EMAIL_OTP and SMS_OTP chosen as a first factor in USER_AUTH) have 8 digits
 * (aws-amplify/amplify-js#14428); MFA codes (SMS_MFA, SOFTWARE_TOKEN_MFA, EMAIL_OTP after a
 * password) have 6. The app's `codeLength` option wins when it sets one.
 */

function setup(authFlow: SignInAuthFlow, extra: Partial<SignInFlowOptions> = {}) {
  const { transport, calls } = createScriptedTransport();
  const flow = createSignInFlow({
    userPoolId: "us-east-1_Pool1",
    clientId: "client1",
    authFlow,
    transport,
    ...extra,
  });
  /** Answers the latest request with `body` and waits until the flow has settled. */
  const reply = async (body: unknown, pending: Promise<void>): Promise<void> => {
    await flush();
    calls.at(-1)?.resolve(body);
    await pending;
  };
  return { flow, calls, reply };
}

const code = (name: string, medium: "EMAIL" | "SMS") => ({
  ChallengeName: name,
  Session: `S-${name}`,
  ChallengeParameters: {
    CODE_DELIVERY_DELIVERY_MEDIUM: medium,
    CODE_DELIVERY_DESTINATION: medium === "EMAIL" ? "a***@e***.com" : "+*******0008",
    USERNAME: "sub-1",
  },
});

const selectChallenge = {
  ChallengeName: "SELECT_CHALLENGE",
  Session: "S-select",
  ChallengeParameters: { USERNAME: "sub-1" },
  AvailableChallenges: ["PASSWORD", "EMAIL_OTP", "SMS_OTP"],
};

function codeLength(flow: ReturnType<typeof setup>["flow"]): unknown {
  const challenge = flow.getSnapshot().challenge;
  return challenge && "codeLength" in challenge ? challenge.codeLength : undefined;
}

describe("code lengths per challenge", () => {
  it.each([
    ["EMAIL_OTP", "EMAIL"],
    ["SMS_OTP", "SMS"],
  ] as const)("USER_AUTH with PREFERRED_CHALLENGE %s: 8 digits", async (factor, medium) => {
    const { flow, reply, calls } = setup("USER_AUTH");
    await reply(code(factor, medium), flow.start({ username: "ada", preferredChallenge: factor }));
    expect(calls[0]?.input).toMatchObject({ AuthParameters: { PREFERRED_CHALLENGE: factor } });
    expect(flow.getSnapshot().challenge?.name).toBe(factor);
    expect(codeLength(flow)).toBe(8);
  });

  it.each([
    ["EMAIL_OTP", "EMAIL"],
    ["SMS_OTP", "SMS"],
  ] as const)(
    "%s picked at SELECT_CHALLENGE: 8 digits, and again after restart()",
    async (factor, medium) => {
      const { flow, reply, calls } = setup("USER_AUTH");
      await reply(selectChallenge, flow.start({ username: "ada" }));
      await reply(code(factor, medium), flow.respond({ challenge: factor }));
      expect(calls[1]?.input).toMatchObject({
        ChallengeName: "SELECT_CHALLENGE",
        ChallengeResponses: { ANSWER: factor },
      });
      expect(codeLength(flow)).toBe(8);
      // "Send a new code": restart() asks for the same factor with PREFERRED_CHALLENGE.
      await reply(code(factor, medium), flow.restart());
      expect(calls[2]?.input).toMatchObject({ AuthParameters: { PREFERRED_CHALLENGE: factor } });
      expect(codeLength(flow)).toBe(8);
    },
  );

  it.each([
    ["EMAIL_OTP", "EMAIL"],
    ["SMS_MFA", "SMS"],
  ] as const)("%s as MFA after a password: 6 digits", async (name, medium) => {
    const { flow, reply } = setup("USER_PASSWORD_AUTH");
    await reply(code(name, medium), flow.start({ username: "ada", password: "pw" }));
    expect(flow.getSnapshot().challenge?.name).toBe(name);
    expect(codeLength(flow)).toBe(6);
  });

  it("EMAIL_OTP as MFA after USER_AUTH's PASSWORD factor: 6 digits", async () => {
    const { flow, reply } = setup("USER_AUTH");
    await reply(
      code("EMAIL_OTP", "EMAIL"),
      flow.start({ username: "ada", password: "pw", preferredChallenge: "PASSWORD" }),
    );
    expect(codeLength(flow)).toBe(6);
  });

  it("SOFTWARE_TOKEN_MFA: 6 digits", async () => {
    const { flow, reply } = setup("USER_PASSWORD_AUTH");
    const totp = { ChallengeName: "SOFTWARE_TOKEN_MFA", Session: "S", ChallengeParameters: {} };
    await reply(totp, flow.start({ username: "ada", password: "pw" }));
    expect(codeLength(flow)).toBe(6);
  });

  it("the app's codeLength wins over both defaults (TOTP stays 6)", async () => {
    const first = setup("USER_AUTH", { codeLength: 7 });
    await first.reply(
      code("EMAIL_OTP", "EMAIL"),
      first.flow.start({ username: "ada", preferredChallenge: "EMAIL_OTP" }),
    );
    expect(codeLength(first.flow)).toBe(7);
    const mfa = setup("USER_PASSWORD_AUTH", { codeLength: 7 });
    await mfa.reply(code("SMS_MFA", "SMS"), mfa.flow.start({ username: "ada", password: "pw" }));
    expect(codeLength(mfa.flow)).toBe(7);
    const totp = setup("USER_PASSWORD_AUTH", { codeLength: 7 });
    await totp.reply(
      { ChallengeName: "SOFTWARE_TOKEN_MFA", Session: "S", ChallengeParameters: {} },
      totp.flow.start({ username: "ada", password: "pw" }),
    );
    expect(codeLength(totp.flow)).toBe(6);
  });
});
