// @vitest-environment node
import { describe, expect, it } from "vitest";
import { ChallengeError } from "../../src/core/errors/challenge-error";
import {
  createEmulator,
  createEmulatorTransport,
  EmulatorError,
  EmulatorFault,
} from "../../src/testing";
import { CLIENT_ID, CODE, PASSWORD, setup } from "./helpers";

const pool = { Users: [{ Username: "tra", Password: PASSWORD }] };
const signIn = {
  AuthFlow: "USER_PASSWORD_AUTH" as const,
  ClientId: CLIENT_ID,
  AuthParameters: { USERNAME: "tra", PASSWORD },
};

async function rejection(promise: Promise<unknown>): Promise<ChallengeError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ChallengeError);
  return error as ChallengeError;
}

describe("createEmulatorTransport", () => {
  it("answers like Cognito and maps exceptions with toChallengeError", async () => {
    const transport = createEmulatorTransport(await setup(pool));
    expect((await transport.initiateAuth(signIn)).AuthenticationResult?.AccessToken).toBeTruthy();
    const wrong = await rejection(
      transport.initiateAuth({
        ...signIn,
        AuthParameters: { USERNAME: "tra", PASSWORD: "Wrong-Passw0rd" },
      }),
    );
    expect(wrong).toMatchObject({
      code: "NotAuthorizedException",
      message: "Incorrect username or password.",
      recovery: "restart",
      status: 400,
    });
    const session = await rejection(
      transport.respondToAuthChallenge({
        ClientId: CLIENT_ID,
        ChallengeName: "SMS_MFA",
        Session: "made-up",
        ChallengeResponses: { USERNAME: "tra", SMS_MFA_CODE: CODE },
      }),
    );
    expect(session).toMatchObject({
      code: "NotAuthorizedException",
      message: "Invalid session for the user.",
    });
  });

  it("sends only what survives JSON, like the wire", async () => {
    const emulator = createEmulator();
    let seen: unknown;
    const spy = {
      ...emulator,
      handle: async (operation: string, input: unknown) => {
        seen = input;
        return emulator.handle(operation, input);
      },
    };
    const transport = createEmulatorTransport(spy);
    await transport
      .initiateAuth({ ...signIn, ClientId: "x", AnalyticsMetadata: undefined } as never)
      .catch(() => undefined);
    expect(seen).toEqual({
      AuthFlow: "USER_PASSWORD_AUTH",
      ClientId: "x",
      AuthParameters: { USERNAME: "tra", PASSWORD },
    });
  });

  it("injected faults: exceptions for N calls, bare 500, dropped connections, delays", async () => {
    const emulator = await setup(pool);
    const transport = createEmulatorTransport(emulator);
    emulator.faults.inject({
      operation: "InitiateAuth",
      kind: "exception",
      type: "TooManyRequestsException",
      message: "Rate exceeded",
      times: 2,
    });
    for (let i = 0; i < 2; i++) {
      expect(await rejection(transport.initiateAuth(signIn))).toMatchObject({
        code: "TooManyRequestsException",
        recovery: "wait",
      });
    }
    expect((await transport.initiateAuth(signIn)).AuthenticationResult).toBeDefined();

    emulator.faults.inject({ operation: "InitiateAuth", kind: "http500" });
    expect(await rejection(transport.initiateAuth(signIn))).toMatchObject({
      code: "NetworkError",
      status: 500,
    });
    emulator.faults.inject({ operation: "*", kind: "drop" });
    expect(await rejection(transport.initiateAuth(signIn))).toMatchObject({ code: "NetworkError" });
    emulator.faults.inject({
      operation: "InitiateAuth",
      kind: "exception",
      type: "InternalErrorException",
      message: "boom",
    });
    expect(await rejection(transport.initiateAuth(signIn))).toMatchObject({
      code: "InternalErrorException",
      status: 500,
    });

    // A delayed call is overtaken by an undelayed one, then answers normally.
    emulator.faults.inject({ operation: "InitiateAuth", kind: "delay", ms: 200 });
    let delayedDone = false;
    const delayed = transport.initiateAuth(signIn).then((r) => {
      delayedDone = true;
      return r;
    });
    await emulator.handle("DescribeUserPool", { UserPoolId: "us-east-1_TestPool1" });
    expect(delayedDone).toBe(false);
    expect((await delayed).AuthenticationResult).toBeDefined();
    expect(emulator.faults.pending()).toEqual([]);

    emulator.faults.inject({ operation: "InitiateAuth", kind: "drop" });
    await expect(emulator.handle("InitiateAuth", signIn)).rejects.toBeInstanceOf(EmulatorFault);
    emulator.faults.inject({ operation: "InitiateAuth", kind: "drop" });
    emulator.faults.clear();
    expect(await emulator.handle("InitiateAuth", signIn)).toHaveProperty("AuthenticationResult");
  });

  it("an aborted call rejects with NetworkError", async () => {
    const emulator = await setup(pool);
    const transport = createEmulatorTransport(emulator);
    const controller = new AbortController();
    controller.abort();
    expect(
      await rejection(transport.initiateAuth(signIn, { signal: controller.signal })),
    ).toMatchObject({ code: "NetworkError" });
    emulator.faults.inject({ operation: "InitiateAuth", kind: "delay", ms: 200 });
    const late = new AbortController();
    const pending = transport.initiateAuth(signIn, { signal: late.signal });
    late.abort();
    expect(await rejection(pending)).toMatchObject({ code: "NetworkError" });
  });

  it("rate limits per operation on the emulator clock", async () => {
    const emulator = await setup(pool, { rateLimit: 2 });
    await emulator.handle("InitiateAuth", signIn);
    await emulator.handle("InitiateAuth", signIn);
    await expect(emulator.handle("InitiateAuth", signIn)).rejects.toMatchObject({
      type: "TooManyRequestsException",
    });
    await expect(
      emulator.handle("DescribeUserPool", { UserPoolId: "us-east-1_TestPool1" }),
    ).resolves.toBeDefined();
    emulator.clock.advance(1);
    await expect(emulator.handle("InitiateAuth", signIn)).resolves.toBeDefined();
  });

  it("the outbox notifies subscribers and can be cleared", async () => {
    const emulator = await setup({
      Users: [
        {
          Username: "ob",
          Password: PASSWORD,
          Attributes: { phone_number: "+15555550018" },
          MfaPreference: { SMSMfaSettings: { Enabled: true } },
        },
      ],
      MfaConfig: { MfaConfiguration: "OPTIONAL", SmsMfaConfiguration: {} },
    });
    const seen: string[] = [];
    const stop = emulator.outbox.subscribe((message) =>
      seen.push(`${message.medium} ${message.destination} ${message.code}`),
    );
    await emulator.handle("InitiateAuth", {
      ...signIn,
      AuthParameters: { USERNAME: "ob", PASSWORD },
    });
    stop();
    await emulator.handle("InitiateAuth", {
      ...signIn,
      AuthParameters: { USERNAME: "ob", PASSWORD },
    });
    expect(seen).toEqual([`SMS +15555550018 ${CODE}`]);
    expect(emulator.outbox.list()).toHaveLength(2);
    expect(emulator.outbox.list()[0]?.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    emulator.outbox.clear();
    expect(emulator.outbox.list()).toEqual([]);
  });

  it("EmulatorError carries __type and status", () => {
    expect(new EmulatorError("NotAuthorizedException", "m")).toMatchObject({
      type: "NotAuthorizedException",
      statusCode: 400,
      message: "m",
    });
    expect(new EmulatorError("InternalErrorException", "m").statusCode).toBe(500);
    expect(() => emulatorFaults()).toThrow(EmulatorError);
    expect(() => emulatorFaults()).toThrow(/^Invalid FaultSpec: an exception fault needs a type/);
  });
});

function emulatorFaults(): void {
  createEmulator().faults.inject({ operation: "InitiateAuth", kind: "exception", type: "" });
}
