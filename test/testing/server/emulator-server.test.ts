// @vitest-environment node
import {
  AdminCreateUserCommand,
  AdminSetUserMFAPreferenceCommand,
  InitiateAuthCommand,
  SetUserPoolMfaConfigCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createEmulator } from "../../../src/testing/index";
import { createEmulatorServer, type EmulatorServer } from "../../../src/testing/server/index";
import { callWire, createBasicPool, PASSWORD, passwordSignIn, sdkClient } from "./support/wire";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let server: EmulatorServer;
let clientId: string;
let poolId: string;

beforeAll(async () => {
  server = await createEmulatorServer({ emulator: createEmulator({ code: "424242" }) });
  ({ clientId, poolId } = await createBasicPool(sdkClient(server.url)));
}, 30_000);

afterAll(async () => {
  await server.close();
});

describe("the JSON 1.1 endpoint", () => {
  it("listens on 127.0.0.1 on a random port and reports its URL", () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
  });

  it("answers a sign-in with Cognito's content type and a fresh x-amzn-requestid", async () => {
    const first = await callWire(server.url, "InitiateAuth", passwordSignIn(clientId));
    const second = await callWire(server.url, "InitiateAuth", passwordSignIn(clientId));
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("application/x-amz-json-1.1");
    expect(first.headers.get("x-amzn-requestid")).toMatch(UUID);
    expect(second.headers.get("x-amzn-requestid")).not.toBe(first.headers.get("x-amzn-requestid"));
    expect(first.body).toMatchObject({
      AuthenticationResult: { TokenType: "Bearer", AccessToken: expect.any(String) },
    });
  });

  it("accepts Content-Type application/json too", async () => {
    const answer = await callWire(server.url, "InitiateAuth", passwordSignIn(clientId), {
      "content-type": "application/json; charset=utf-8",
    });
    expect(answer.status).toBe(200);
  });

  it("answers a Cognito error as {__type, message} with its status and x-amzn-ErrorType", async () => {
    const answer = await callWire(server.url, "InitiateAuth", passwordSignIn(clientId, "Wrong-1"));
    expect(answer.status).toBe(400);
    expect(answer.headers.get("content-type")).toBe("application/x-amz-json-1.1");
    expect(answer.headers.get("x-amzn-errortype")).toBe("NotAuthorizedException");
    expect(answer.body).toEqual({
      __type: "NotAuthorizedException",
      message: "Incorrect username or password.",
    });
  });

  it("lets the AWS SDK v3 read the error by name, status and request id", async () => {
    const error = await sdkClient(server.url)
      .send(
        new InitiateAuthCommand({
          AuthFlow: "USER_PASSWORD_AUTH",
          ClientId: clientId,
          AuthParameters: { USERNAME: "alice", PASSWORD: "Wrong-1" },
        }),
      )
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      name: "NotAuthorizedException",
      message: "Incorrect username or password.",
      $metadata: { httpStatusCode: 400, requestId: expect.stringMatching(UUID) },
    });
  });

  it("accepts admin calls signed with any SigV4 credentials, and unsigned ones", async () => {
    const unsigned = await callWire(server.url, "AdminGetUser", {
      UserPoolId: poolId,
      Username: "alice",
    });
    expect(unsigned.status).toBe(200);
    expect(unsigned.body).toMatchObject({ Username: "alice", UserStatus: "CONFIRMED" });
    const forged = await callWire(
      server.url,
      "AdminGetUser",
      { UserPoolId: poolId, Username: "alice" },
      {
        authorization:
          "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261126/us-east-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=00",
        "x-amz-date": "20261126T000000Z",
      },
    );
    expect(forged.status).toBe(200);
  });
});

describe("CORS for browser pages on another origin", () => {
  it("answers the preflight the AWS SDK v3 causes in a browser", async () => {
    const response = await fetch(server.url, {
      method: "OPTIONS",
      headers: {
        origin: "http://localhost:6006",
        "access-control-request-method": "POST",
        "access-control-request-headers":
          "amz-sdk-invocation-id,amz-sdk-request,content-type,x-amz-target,x-amz-user-agent,x-evil",
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toContain("POST");
    const allowed = (response.headers.get("access-control-allow-headers") ?? "").split(/,\s*/);
    expect(allowed).toEqual(
      expect.arrayContaining([
        "content-type",
        "x-amz-target",
        "x-amz-user-agent",
        "amz-sdk-invocation-id",
        "amz-sdk-request",
        "authorization",
        "x-amz-date",
        "x-amz-security-token",
        "cache-control",
      ]),
    );
    expect(allowed).not.toContain("x-evil");
  });

  it("lets the page read the request id and the error name", async () => {
    const answer = await callWire(server.url, "InitiateAuth", passwordSignIn(clientId, "Wrong-1"), {
      origin: "http://localhost:6006",
    });
    expect(answer.headers.get("access-control-allow-origin")).toBe("*");
    expect(answer.headers.get("access-control-expose-headers")).toMatch(
      /x-amzn-requestid.*x-amzn-errortype|x-amzn-errortype.*x-amzn-requestid/,
    );
  });
});

describe("the /_emulator control endpoints", () => {
  async function smsUser(): Promise<void> {
    const admin = sdkClient(server.url);
    await admin.send(
      new SetUserPoolMfaConfigCommand({
        UserPoolId: poolId,
        MfaConfiguration: "OPTIONAL",
        SmsMfaConfiguration: {
          SmsConfiguration: { SnsCallerArn: "arn:aws:iam::123456789012:role/sms", ExternalId: "x" },
        },
      }),
    );
    await admin.send(
      new AdminCreateUserCommand({
        UserPoolId: poolId,
        Username: "sam",
        TemporaryPassword: PASSWORD,
        MessageAction: "SUPPRESS",
        UserAttributes: [
          { Name: "phone_number", Value: "+15555550123" },
          { Name: "phone_number_verified", Value: "true" },
        ],
      }),
    );
    await callWire(server.url, "AdminSetUserPassword", {
      UserPoolId: poolId,
      Username: "sam",
      Password: PASSWORD,
      Permanent: true,
    });
    await admin.send(
      new AdminSetUserMFAPreferenceCommand({
        UserPoolId: poolId,
        Username: "sam",
        SMSMfaSettings: { Enabled: true, PreferredMfa: true },
      }),
    );
  }

  function samSignIn(): Promise<Awaited<ReturnType<typeof callWire>>> {
    return callWire(server.url, "InitiateAuth", {
      AuthFlow: "USER_PASSWORD_AUTH",
      ClientId: clientId,
      AuthParameters: { USERNAME: "sam", PASSWORD },
    });
  }

  it("reports health", async () => {
    const response = await fetch(`${server.url}/_emulator/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok" });
  });

  it("lists delivered codes (filtered by ?username=), which answer SMS_MFA, and clears them", async () => {
    await smsUser();
    const challenge = await samSignIn();
    expect(challenge.body).toMatchObject({
      ChallengeName: "SMS_MFA",
      ChallengeParameters: { CODE_DELIVERY_DESTINATION: "+*******0123" },
    });
    const outbox = (await (await fetch(`${server.url}/_emulator/outbox?username=sam`)).json()) as {
      code: string;
    }[];
    expect(outbox).toEqual([
      expect.objectContaining({
        username: "sam",
        medium: "SMS",
        destination: "+15555550123",
        code: "424242",
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      }),
    ]);
    const none = await (await fetch(`${server.url}/_emulator/outbox?username=nobody`)).json();
    expect(none).toEqual([]);
    const session = (challenge.body as { Session: string }).Session;
    const signedIn = await callWire(server.url, "RespondToAuthChallenge", {
      ClientId: clientId,
      ChallengeName: "SMS_MFA",
      Session: session,
      ChallengeResponses: { USERNAME: "sam", SMS_MFA_CODE: outbox[0]?.code },
    });
    expect(signedIn.body).toMatchObject({ AuthenticationResult: { TokenType: "Bearer" } });
    expect((await fetch(`${server.url}/_emulator/outbox`, { method: "DELETE" })).status).toBe(204);
    expect(await (await fetch(`${server.url}/_emulator/outbox`)).json()).toEqual([]);
  });

  it("moves the emulator clock, so a challenge session expires", async () => {
    const challenge = await samSignIn();
    const before = (await (await fetch(`${server.url}/_emulator/clock`)).json()) as { now: number };
    const moved = await fetch(`${server.url}/_emulator/clock`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ advanceSeconds: 3600 }),
    });
    const after = (await moved.json()) as { now: number; iso: string };
    expect(after.now - before.now).toBeGreaterThanOrEqual(3600_000);
    expect(after.iso).toBe(new Date(after.now).toISOString());
    const late = await callWire(server.url, "RespondToAuthChallenge", {
      ClientId: clientId,
      ChallengeName: "SMS_MFA",
      Session: (challenge.body as { Session: string }).Session,
      ChallengeResponses: { USERNAME: "sam", SMS_MFA_CODE: "424242" },
    });
    expect(late.body).toEqual({
      __type: "NotAuthorizedException",
      message: "Invalid session for the user, session is expired.",
    });
  });
});

describe("an emulator that fails itself", () => {
  it("answers InternalErrorException with 500, reports it on stderr and keeps serving", async () => {
    const real = createEmulator();
    let broken = true;
    const flaky = await createEmulatorServer({
      emulator: {
        ...real,
        handle: (operation, input) => {
          if (broken) return Promise.reject(new TypeError("engine bug"));
          return real.handle(operation, input);
        },
      },
    });
    const reported: string[] = [];
    const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
      reported.push(String(chunk));
      return true;
    });
    try {
      const answer = await callWire(flaky.url, "DescribeUserPool", { UserPoolId: "us-east-1_x" });
      expect(answer.status).toBe(500);
      expect(answer.body).toEqual({
        __type: "InternalErrorException",
        message: "An internal error occurred.",
      });
      expect(reported.join("")).toContain("TypeError: engine bug");
      broken = false;
      const next = await callWire(flaky.url, "DescribeUserPool", { UserPoolId: "us-east-1_x" });
      expect(next.body).toMatchObject({ __type: "ResourceNotFoundException" });
    } finally {
      spy.mockRestore();
      await flaky.close();
    }
  });
});

describe("close()", () => {
  it("stops serving, even with a kept-alive connection open", async () => {
    const own = await createEmulatorServer();
    expect((await fetch(`${own.url}/_emulator/health`)).status).toBe(200);
    await own.close();
    await expect(fetch(`${own.url}/_emulator/health`)).rejects.toThrow(TypeError);
  });
});
