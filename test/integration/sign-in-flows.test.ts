// @vitest-environment node
import { describe, expect, it } from "vitest";
import type { SignInFlowOptions } from "../../src/core/flow/sign-in.types";
import { createSecretHashProvider } from "../../src/core/protocol/secret-hash";
import { ALIAS_SUB, CLIENT_SECRET, flowsPools, PASSWORD } from "./flows-pool";
import { CODE, flowOn, SUFFIX, startHarness, TOTP_SECRET, TRANSPORTS, totpCode } from "./harness";

const harness = startHarness(flowsPools);

describe.each(TRANSPORTS)("sign-in flows (%s)", (kind) => {
  const s = SUFFIX[kind];
  const pool = (authFlow: SignInFlowOptions["authFlow"], extra: Partial<SignInFlowOptions> = {}) =>
    flowOn(harness, kind, {
      userPoolId: `us-east-1_Flows${s}`,
      clientId: `flows${s}`,
      authFlow,
      ...extra,
    });

  it("USER_SRP_AUTH: signs in with 2 requests, PASSWORD_VERIFIER answered automatically", async () => {
    const { flow, calls, snapshots } = pool("USER_SRP_AUTH");
    await flow.start({ username: "plain", password: PASSWORD });
    const snapshot = flow.getSnapshot();
    expect(snapshot).toMatchObject({ status: "signedIn", isPending: false, username: "plain" });
    expect(snapshot.tokens?.AccessToken.split(".")).toHaveLength(3);
    expect(snapshot.tokens?.IdToken.split(".")).toHaveLength(3);
    expect(snapshot.tokens?.RefreshToken).toEqual(expect.any(String));
    expect(snapshot.tokens?.ExpiresIn).toBeGreaterThan(0);
    expect(calls).toEqual(["InitiateAuth", "RespondToAuthChallenge"]);
    // The person never saw PASSWORD_VERIFIER.
    expect(snapshots.some((step) => step.challenge !== undefined)).toBe(false);
  });

  it("USER_SRP_AUTH with SMS MFA: 3 requests, the masked destination, a pasted code", async () => {
    const { flow, calls } = pool("USER_SRP_AUTH");
    const before = harness.emulator.clock.now();
    await flow.start({ username: "sms", password: PASSWORD });
    const after = harness.emulator.clock.now();
    const snapshot = flow.getSnapshot();
    expect(snapshot.status).toBe("challenge");
    expect(snapshot.challenge).toMatchObject({
      name: "SMS_MFA",
      delivery: { medium: "SMS", destination: expect.stringMatching(/^\+\*+0100$/) },
      codeLength: 6,
    });
    // The Session's expiry: when it arrived plus the client's 3 minutes.
    expect(snapshot.expiresAt).toBeGreaterThanOrEqual(before + 3 * 60_000);
    expect(snapshot.expiresAt).toBeLessThanOrEqual(after + 3 * 60_000);
    await flow.respond({ code: ` ${CODE.slice(0, 3)}-${CODE.slice(3)} ` });
    expect(flow.getSnapshot().status).toBe("signedIn");
    expect(calls).toEqual(["InitiateAuth", "RespondToAuthChallenge", "RespondToAuthChallenge"]);
  });

  it("USER_PASSWORD_AUTH: one request", async () => {
    const { flow, calls } = pool("USER_PASSWORD_AUTH");
    await flow.start({ username: "plain", password: PASSWORD });
    expect(flow.getSnapshot().status).toBe("signedIn");
    expect(calls).toEqual(["InitiateAuth"]);
  });

  it("SOFTWARE_TOKEN_MFA after SRP", async () => {
    const { flow } = pool("USER_SRP_AUTH");
    await flow.start({ username: "totp", password: PASSWORD });
    expect(flow.getSnapshot().challenge?.name).toBe("SOFTWARE_TOKEN_MFA");
    await flow.respond({ code: totpCode(harness, TOTP_SECRET) });
    expect(flow.getSnapshot().status).toBe("signedIn");
  });

  it("SELECT_MFA_TYPE: the person picks TOTP, then answers it", async () => {
    const { flow, calls } = pool("USER_SRP_AUTH");
    await flow.start({ username: "chooser", password: PASSWORD });
    expect(flow.getSnapshot().challenge).toMatchObject({
      name: "SELECT_MFA_TYPE",
      options: ["SMS_MFA", "SOFTWARE_TOKEN_MFA"],
    });
    await flow.respond({ mfaType: "SOFTWARE_TOKEN_MFA" });
    expect(flow.getSnapshot().challenge?.name).toBe("SOFTWARE_TOKEN_MFA");
    await flow.respond({ code: totpCode(harness, TOTP_SECRET) });
    expect(flow.getSnapshot().status).toBe("signedIn");
    expect(calls).toHaveLength(4);
  });

  it("EMAIL_OTP as MFA after a password", async () => {
    const { flow } = pool("USER_PASSWORD_AUTH");
    await flow.start({ username: "mailer", password: PASSWORD });
    expect(flow.getSnapshot().challenge).toMatchObject({
      name: "EMAIL_OTP",
      delivery: { medium: "EMAIL", destination: expect.stringContaining("@") },
    });
    await flow.respond({ code: CODE });
    expect(flow.getSnapshot().status).toBe("signedIn");
  });

  it("NEW_PASSWORD_REQUIRED with a required attribute, then SMS MFA, then the new password works", async () => {
    const { flow } = pool("USER_SRP_AUTH");
    await flow.start({ username: "fresh", password: "Temporary-Pass-1" });
    expect(flow.getSnapshot().challenge).toMatchObject({
      name: "NEW_PASSWORD_REQUIRED",
      requiredAttributes: ["name"],
    });
    await flow.respond({ newPassword: "Brand-New-Pass-2", attributes: { name: "Fresh" } });
    expect(flow.getSnapshot().challenge?.name).toBe("SMS_MFA");
    await flow.respond({ code: CODE });
    expect(flow.getSnapshot().status).toBe("signedIn");

    const again = pool("USER_SRP_AUTH");
    await again.flow.start({ username: "fresh", password: "Brand-New-Pass-2" });
    expect(again.flow.getSnapshot().challenge?.name).toBe("SMS_MFA");
  });

  it("USER_AUTH with SELECT_CHALLENGE: PASSWORD_SRP shown locally, then sent with SRP_A", async () => {
    const { flow, calls } = pool("USER_AUTH");
    await flow.start({ username: "plain" });
    const select = flow.getSnapshot().challenge;
    expect(select).toMatchObject({ name: "SELECT_CHALLENGE" });
    // The user has a password and no verified email or phone: the two password factors.
    expect(select && "options" in select ? select.options : []).toEqual([
      "PASSWORD",
      "PASSWORD_SRP",
    ]);
    await flow.respond({ challenge: "PASSWORD_SRP" });
    expect(flow.getSnapshot().challenge?.name).toBe("PASSWORD_SRP");
    expect(calls).toEqual(["InitiateAuth"]);
    await flow.respond({ password: PASSWORD });
    expect(flow.getSnapshot().status).toBe("signedIn");
    expect(calls).toEqual(["InitiateAuth", "RespondToAuthChallenge", "RespondToAuthChallenge"]);
  });

  it("USER_AUTH with SELECT_CHALLENGE: PASSWORD shown locally, then sent with the password", async () => {
    const { flow, calls } = pool("USER_AUTH");
    await flow.start({ username: "plain" });
    await flow.respond({ challenge: "PASSWORD" });
    expect(flow.getSnapshot().challenge?.name).toBe("PASSWORD");
    await flow.respond({ password: PASSWORD });
    expect(flow.getSnapshot().status).toBe("signedIn");
    expect(calls).toEqual(["InitiateAuth", "RespondToAuthChallenge"]);
  });

  it("USER_AUTH with SELECT_CHALLENGE: EMAIL_OTP, then the code", async () => {
    const { flow } = pool("USER_AUTH");
    await flow.start({ username: "otp" });
    await flow.respond({ challenge: "EMAIL_OTP" });
    expect(flow.getSnapshot().challenge).toMatchObject({
      name: "EMAIL_OTP",
      delivery: { medium: "EMAIL" },
    });
    await flow.respond({ code: CODE });
    expect(flow.getSnapshot().status).toBe("signedIn");
  });

  it.each([
    ["PASSWORD", 1],
    ["PASSWORD_SRP", 2],
  ] as const)(
    "USER_AUTH with PREFERRED_CHALLENGE %s signs in with %i request(s)",
    async (preferred, count) => {
      const { flow, calls } = pool("USER_AUTH");
      await flow.start({ username: "plain", password: PASSWORD, preferredChallenge: preferred });
      expect(flow.getSnapshot().status).toBe("signedIn");
      expect(calls).toHaveLength(count);
    },
  );

  it.each([
    ["EMAIL_OTP", "EMAIL"],
    ["SMS_OTP", "SMS"],
  ] as const)(
    "USER_AUTH with PREFERRED_CHALLENGE %s: the code goes out at once",
    async (preferred, medium) => {
      const { flow, calls } = pool("USER_AUTH");
      const sent = harness.emulator.outbox.list().length;
      await flow.start({ username: "otp", preferredChallenge: preferred });
      expect(flow.getSnapshot().challenge).toMatchObject({ name: preferred, delivery: { medium } });
      expect(harness.emulator.outbox.list().length).toBe(sent + 1);
      await flow.respond({ code: CODE });
      expect(flow.getSnapshot().status).toBe("signedIn");
      expect(calls).toEqual(["InitiateAuth", "RespondToAuthChallenge"]);
    },
  );

  it("restart() on a passwordless code challenge sends a new code at once, username kept", async () => {
    const { flow, calls } = pool("USER_AUTH");
    await flow.start({ username: "otp", preferredChallenge: "EMAIL_OTP" });
    const sent = harness.emulator.outbox.list().length;
    await flow.restart();
    expect(harness.emulator.outbox.list().length).toBe(sent + 1);
    expect(flow.getSnapshot()).toMatchObject({
      status: "challenge",
      username: "otp",
      challenge: { name: "EMAIL_OTP" },
    });
    expect(calls).toEqual(["InitiateAuth", "InitiateAuth"]);
    await flow.respond({ code: CODE });
    expect(flow.getSnapshot().status).toBe("signedIn");
  });

  it("restart() where the password is needed goes to idle with the username, sending nothing", async () => {
    const { flow, calls } = pool("USER_SRP_AUTH");
    await flow.start({ username: "sms", password: PASSWORD });
    await flow.restart();
    expect(flow.getSnapshot()).toEqual({ status: "idle", isPending: false, username: "sms" });
    expect(calls).toHaveLength(2);
  });

  it("CUSTOM_AUTH without SRP: CUSTOM_CHALLENGE repeated as the triggers decide", async () => {
    const { flow, calls } = pool("CUSTOM_AUTH");
    await flow.start({ username: "custom" });
    expect(flow.getSnapshot().challenge).toMatchObject({
      name: "CUSTOM_CHALLENGE",
      publicParameters: { question: "What is 2+2?" },
    });
    await flow.respond({ answer: "5" });
    expect(flow.getSnapshot()).toMatchObject({
      status: "challenge",
      challenge: { name: "CUSTOM_CHALLENGE", publicParameters: { question: "What is 2+2?" } },
    });
    await flow.respond({ answer: "4" });
    expect(flow.getSnapshot().challenge).toMatchObject({
      publicParameters: { question: "And 3+3?" },
    });
    await flow.respond({ answer: "6" });
    expect(flow.getSnapshot().status).toBe("signedIn");
    expect(calls).toEqual(["InitiateAuth", ...Array(3).fill("RespondToAuthChallenge")]);
  });

  it("CUSTOM_AUTH failed by the triggers goes back to the start (restart), username kept", async () => {
    const { flow } = pool("CUSTOM_AUTH");
    await flow.start({ username: "custom" });
    for (const wrong of ["1", "2", "3"]) await flow.respond({ answer: wrong });
    expect(flow.getSnapshot()).toMatchObject({
      status: "idle",
      username: "custom",
      error: { code: "NotAuthorizedException", recovery: "restart" },
    });
  });

  it("CUSTOM_AUTH with SRP first (CHALLENGE_NAME=SRP_A): password verified, then the questions", async () => {
    const { flow, calls } = pool("CUSTOM_AUTH", { customAuthWithSrp: true });
    await flow.start({ username: "custom", password: PASSWORD });
    expect(flow.getSnapshot().challenge).toMatchObject({ name: "CUSTOM_CHALLENGE" });
    expect(calls).toEqual(["InitiateAuth", "RespondToAuthChallenge"]);
    await flow.respond({ answer: "4" });
    await flow.respond({ answer: "6" });
    expect(flow.getSnapshot().status).toBe("signedIn");
  });

  it("a wrong password (SRP) goes back to the start with the username kept", async () => {
    const { flow } = pool("USER_SRP_AUTH");
    await flow.start({ username: "plain", password: "Wrong-Horse-9" });
    expect(flow.getSnapshot()).toMatchObject({
      status: "idle",
      username: "plain",
      error: { code: "NotAuthorizedException", recovery: "restart" },
    });
  });

  it("an alias (email-as-username pool) with a client secret: internal username and SECRET_HASH", async () => {
    const options = {
      userPoolId: `us-east-1_Alias${s}`,
      clientId: `alias${s}`,
      authFlow: "USER_SRP_AUTH" as const,
    };
    const { flow } = flowOn(harness, kind, { ...options, clientSecret: CLIENT_SECRET });
    await flow.start({ username: "ada@example.com", password: PASSWORD });
    expect(flow.getSnapshot().challenge?.name).toBe("SMS_MFA");
    await flow.respond({ code: CODE });
    expect(flow.getSnapshot()).toMatchObject({ status: "signedIn", username: "ada@example.com" });

    // The server-side alternative: SECRET_HASH computed elsewhere, asked for by username.
    const asked: string[] = [];
    const server = createSecretHashProvider(`alias${s}`, CLIENT_SECRET);
    const remote = flowOn(harness, kind, {
      ...options,
      secretHash: async (username) => {
        asked.push(username);
        return server(username);
      },
    });
    await remote.flow.start({ username: "ada@example.com", password: PASSWORD });
    await remote.flow.respond({ code: CODE });
    expect(remote.flow.getSnapshot().status).toBe("signedIn");
    expect(asked).toEqual(["ada@example.com", ALIAS_SUB, ALIAS_SUB]);
  });

  it("a client with a secret but no SECRET_HASH is refused by Cognito", async () => {
    const { flow } = flowOn(harness, kind, {
      userPoolId: `us-east-1_Flows${s}`,
      clientId: `secret${s}`,
      authFlow: "USER_PASSWORD_AUTH",
    });
    await flow.start({ username: "plain", password: PASSWORD });
    expect(flow.getSnapshot()).toMatchObject({
      status: "idle",
      error: { code: "NotAuthorizedException", recovery: "restart" },
    });
  });
});
