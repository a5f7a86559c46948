// @vitest-environment node
import * as OTPAuth from "otpauth";
import { describe, expect, it } from "vitest";
import type { SignInFlow } from "../../src/core/flow/sign-in.types";
import { isUnknownChallenge } from "../../src/core/protocol/challenge.types";
import { ALL_FLOWS, CODE, flowOn, type Harness, SUFFIX, startHarness, TRANSPORTS } from "./harness";

const PASSWORD = "Correct-Horse-9";

/** Pools with MFA required and users without a factor: Cognito answers MFA_SETUP. */
function setupPools(suffix: string) {
  const users = ["ada", "bob", "cy", "dee", "eve"].map((name) => ({
    Username: name,
    Password: PASSWORD,
  }));
  return [
    {
      Id: `us-east-1_Totp${suffix}`,
      PoolName: "Totp",
      MfaConfig: {
        MfaConfiguration: "ON" as const,
        SoftwareTokenMfaConfiguration: { Enabled: true },
      },
      Clients: [{ ClientId: `totp${suffix}`, ClientName: "web", ExplicitAuthFlows: ALL_FLOWS }],
      Users: users,
    },
    {
      Id: `us-east-1_Both${suffix}`,
      PoolName: "Both",
      UserPoolTier: "ESSENTIALS" as const,
      MfaConfig: {
        MfaConfiguration: "ON" as const,
        SoftwareTokenMfaConfiguration: { Enabled: true },
        EmailMfaConfiguration: {},
      },
      Clients: [{ ClientId: `both${suffix}`, ClientName: "web", ExplicitAuthFlows: ALL_FLOWS }],
      // Without an email on file, both factors need setting up.
      Users: users,
    },
  ];
}

const harness = startHarness(setupPools);

function currentCode(harness: Harness, flow: SignInFlow): string {
  const challenge = flow.getSnapshot().challenge;
  if (
    !challenge ||
    isUnknownChallenge(challenge) ||
    challenge.name !== "MFA_SETUP" ||
    !challenge.totp
  ) {
    throw new Error("not on a TOTP set-up");
  }
  return new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromBase32(challenge.totp.secretCode),
  }).generate({
    timestamp: harness.emulator.clock.now(),
  });
}

describe.each(TRANSPORTS)("MFA set-up during sign-in (%s)", (kind) => {
  const s = SUFFIX[kind];
  const totpPool = () =>
    flowOn(harness, kind, {
      userPoolId: `us-east-1_Totp${s}`,
      clientId: `totp${s}`,
      authFlow: "USER_SRP_AUTH",
    });

  it("TOTP only: associates at once, shows the otpauth URI, verifies: 5 requests", async () => {
    const { flow, calls } = totpPool();
    await flow.start({ username: "ada", password: PASSWORD });
    const challenge = flow.getSnapshot().challenge;
    expect(challenge).toMatchObject({
      name: "MFA_SETUP",
      options: ["SOFTWARE_TOKEN_MFA"],
      selected: "SOFTWARE_TOKEN_MFA",
      totp: {
        issuer: `Totp${s}`,
        accountName: "ada",
        secretCode: expect.stringMatching(/^[A-Z2-7]+=*$/),
      },
    });
    const totp = challenge && "totp" in challenge ? challenge.totp : undefined;
    expect(totp?.uri).toBe(
      `otpauth://totp/Totp${s}:ada?secret=${totp?.secretCode.replace(/=/g, "")}&issuer=Totp${s}`,
    );
    await flow.respond({ code: currentCode(harness, flow), friendlyDeviceName: "Phone" });
    expect(flow.getSnapshot().status).toBe("signedIn");
    expect(calls).toEqual([
      "InitiateAuth",
      "RespondToAuthChallenge",
      "AssociateSoftwareToken",
      "VerifySoftwareToken",
      "RespondToAuthChallenge",
    ]);
  });

  it("TOTP: a wrong code keeps the set-up (retry), the right one finishes it", async () => {
    const { flow } = flowOn(harness, kind, {
      userPoolId: `us-east-1_Totp${s}`,
      clientId: `totp${s}`,
      authFlow: "USER_SRP_AUTH",
      totpIssuer: "Acme & Co",
    });
    await flow.start({ username: "bob", password: PASSWORD });
    const before = flow.getSnapshot().challenge;
    expect(before && "totp" in before ? before.totp?.uri : "").toMatch(
      /^otpauth:\/\/totp\/Acme%20%26%20Co:bob\?secret=[A-Z2-7]+&issuer=Acme%20%26%20Co$/,
    );
    const right = currentCode(harness, flow);
    const wrong = right === "000000" ? "111111" : "000000";
    await flow.respond({ code: wrong });
    expect(flow.getSnapshot()).toMatchObject({
      status: "challenge",
      error: { recovery: "retry" },
    });
    expect(["EnableSoftwareTokenMFAException", "CodeMismatchException"]).toContain(
      flow.getSnapshot().error?.code,
    );
    expect(flow.getSnapshot().challenge).toBe(before);
    await flow.respond({ code: right });
    expect(flow.getSnapshot().status).toBe("signedIn");
  });

  it("TOTP: the next sign-in asks for the code of the app just set up", async () => {
    const { flow } = totpPool();
    await flow.start({ username: "cy", password: PASSWORD });
    const challenge = flow.getSnapshot().challenge;
    const secret = challenge && "totp" in challenge ? challenge.totp?.secretCode : undefined;
    await flow.respond({ code: currentCode(harness, flow) });
    const next = totpPool();
    await next.flow.start({ username: "cy", password: PASSWORD });
    expect(next.flow.getSnapshot().challenge?.name).toBe("SOFTWARE_TOKEN_MFA");
    const code = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret ?? "") }).generate({
      timestamp: harness.emulator.clock.now(),
    });
    await next.flow.respond({ code });
    expect(next.flow.getSnapshot().status).toBe("signedIn");
  });

  it("TOTP or email: the person picks email, gives an address, answers EMAIL_OTP", async () => {
    const { flow, calls } = flowOn(harness, kind, {
      userPoolId: `us-east-1_Both${s}`,
      clientId: `both${s}`,
      authFlow: "USER_SRP_AUTH",
    });
    await flow.start({ username: "ada", password: PASSWORD });
    expect(flow.getSnapshot().challenge).toMatchObject({
      name: "MFA_SETUP",
      options: ["SOFTWARE_TOKEN_MFA", "EMAIL_OTP"],
    });
    expect(flow.getSnapshot().challenge).not.toHaveProperty("selected");
    await flow.respond({ select: "EMAIL_OTP" });
    expect(flow.getSnapshot().challenge).toMatchObject({
      name: "MFA_SETUP",
      selected: "EMAIL_OTP",
    });
    expect(calls).toHaveLength(2);
    await flow.respond({ email: "ada@example.com" });
    expect(flow.getSnapshot().challenge).toMatchObject({ name: "EMAIL_OTP" });
    await flow.respond({ code: CODE });
    expect(flow.getSnapshot().status).toBe("signedIn");
  });

  it("TOTP or email: the person picks TOTP, which associates then", async () => {
    const { flow, calls } = flowOn(harness, kind, {
      userPoolId: `us-east-1_Both${s}`,
      clientId: `both${s}`,
      authFlow: "USER_SRP_AUTH",
    });
    await flow.start({ username: "bob", password: PASSWORD });
    await flow.respond({ select: "SOFTWARE_TOKEN_MFA" });
    expect(flow.getSnapshot().challenge).toMatchObject({
      selected: "SOFTWARE_TOKEN_MFA",
      totp: { accountName: "bob" },
    });
    await flow.respond({ code: currentCode(harness, flow) });
    expect(flow.getSnapshot().status).toBe("signedIn");
    expect(calls).toHaveLength(5);
  });

  it("VerifySoftwareToken faults: a wrong code (retry) keeps the set-up; a lost token ends it", async () => {
    const { flow } = totpPool();
    await flow.start({ username: "dee", password: PASSWORD });
    const before = flow.getSnapshot().challenge;
    harness.emulator.faults.inject({
      operation: "VerifySoftwareToken",
      kind: "exception",
      type: "EnableSoftwareTokenMFAException",
      message: "Code mismatch and fail enable Software Token MFA",
    });
    await flow.respond({ code: currentCode(harness, flow) });
    expect(flow.getSnapshot()).toMatchObject({
      status: "challenge",
      error: { code: "EnableSoftwareTokenMFAException", recovery: "retry" },
    });
    expect(flow.getSnapshot().challenge).toBe(before);
    harness.emulator.faults.inject({
      operation: "VerifySoftwareToken",
      kind: "exception",
      type: "SoftwareTokenMFANotFoundException",
    });
    await flow.respond({ code: currentCode(harness, flow) });
    expect(flow.getSnapshot()).toMatchObject({
      status: "idle",
      username: "dee",
      error: { code: "SoftwareTokenMFANotFoundException", recovery: "restart" },
    });
  });

  it("AssociateSoftwareToken fault (retry): the set-up stays selected; selecting again associates", async () => {
    const { flow, calls } = totpPool();
    harness.emulator.faults.inject({
      operation: "AssociateSoftwareToken",
      kind: "exception",
      type: "ConcurrentModificationException",
    });
    await flow.start({ username: "eve", password: PASSWORD });
    expect(flow.getSnapshot()).toMatchObject({
      status: "challenge",
      challenge: { name: "MFA_SETUP", selected: "SOFTWARE_TOKEN_MFA" },
      error: { code: "ConcurrentModificationException", recovery: "retry" },
    });
    expect(flow.getSnapshot().challenge).not.toHaveProperty("totp");
    await flow.respond({ select: "SOFTWARE_TOKEN_MFA" });
    expect(flow.getSnapshot().challenge).toMatchObject({ totp: { accountName: "eve" } });
    await flow.respond({ code: currentCode(harness, flow) });
    expect(flow.getSnapshot().status).toBe("signedIn");
    expect(calls.filter((call) => call === "AssociateSoftwareToken")).toHaveLength(2);
  });
});
