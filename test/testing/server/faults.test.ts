// @vitest-environment node
import { InitiateAuthCommand } from "@aws-sdk/client-cognito-identity-provider";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createFetchTransport } from "../../../src/core/transport/fetch-transport";
import { createEmulatorServer, type EmulatorServer } from "../../../src/testing/server/index";
import { callWire, createBasicPool, PASSWORD, passwordSignIn, sdkClient } from "./support/wire";

// Faults injected over HTTP (POST /_emulator/faults), seen by a raw client, the AWS SDK v3 and
// this library's fetch transport.

let server: EmulatorServer;
let clientId: string;

beforeAll(async () => {
  server = await createEmulatorServer();
  ({ clientId } = await createBasicPool(sdkClient(server.url)));
}, 30_000);

afterEach(async () => {
  await fetch(`${server.url}/_emulator/faults`, { method: "DELETE" });
});

afterAll(async () => {
  await server.close();
});

async function inject(spec: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${server.url}/_emulator/faults`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(spec),
  });
  expect(response.status).toBe(204);
}

function signIn(): ReturnType<typeof callWire> {
  return callWire(server.url, "InitiateAuth", passwordSignIn(clientId));
}

describe("injected faults over HTTP", () => {
  it("http500: a bare 500 without a Cognito body, for `times` calls, then normal answers", async () => {
    await inject({ operation: "InitiateAuth", kind: "http500", times: 2 });
    for (const answer of [await signIn(), await signIn()]) {
      expect(answer.status).toBe(500);
      expect(answer.text).toBe("");
      expect(answer.headers.get("x-amzn-errortype")).toBeNull();
    }
    expect((await signIn()).status).toBe(200);
  });

  it("http500: the fetch transport reports a NetworkError with status 500", async () => {
    await inject({ operation: "InitiateAuth", kind: "http500" });
    const transport = createFetchTransport({ endpoint: server.url });
    const error = await transport
      .initiateAuth({
        AuthFlow: "USER_PASSWORD_AUTH",
        ClientId: clientId,
        AuthParameters: { USERNAME: "alice", PASSWORD },
      })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: "ChallengeError", code: "NetworkError", status: 500 });
  });

  it("drop: the connection is cut, a client sees a network error, the next call works", async () => {
    await inject({ operation: "InitiateAuth", kind: "drop" });
    await expect(signIn()).rejects.toThrow(TypeError);
    expect((await signIn()).status).toBe(200);
  });

  it("drop: the AWS SDK v3 (no retries) rejects with a connection error", async () => {
    await inject({ operation: "InitiateAuth", kind: "drop" });
    const error = await sdkClient(server.url)
      .send(
        new InitiateAuthCommand({
          AuthFlow: "USER_PASSWORD_AUTH",
          ClientId: clientId,
          AuthParameters: { USERNAME: "alice", PASSWORD },
        }),
      )
      .then(
        () => undefined,
        (caught: unknown) =>
          caught as Error & { code?: string; $metadata?: { httpStatusCode?: number } },
      );
    // No HTTP answer at all: the SDK saw the socket close, not a Cognito error.
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ $metadata: { attempts: 1 } });
    expect(error?.$metadata?.httpStatusCode).toBeUndefined();
    expect(`${error?.name} ${error?.code} ${error?.message}`).toMatch(
      /ECONNRESET|EPIPE|socket hang up/i,
    );
  });

  it("delay: the answer comes no sooner than the delay, and is the normal answer", async () => {
    await inject({ operation: "InitiateAuth", kind: "delay", ms: 300 });
    const started = performance.now();
    const answer = await signIn();
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(answer.status).toBe(200);
  });

  it("exception: any Cognito exception, with its message and status", async () => {
    await inject({
      operation: "*",
      kind: "exception",
      type: "InternalErrorException",
      message: "Try again later.",
      statusCode: 500,
    });
    const internal = await signIn();
    expect(internal.status).toBe(500);
    expect(internal.headers.get("x-amzn-errortype")).toBe("InternalErrorException");
    expect(internal.body).toEqual({
      __type: "InternalErrorException",
      message: "Try again later.",
    });
    await inject({
      operation: "InitiateAuth",
      kind: "exception",
      type: "TooManyRequestsException",
    });
    const throttled = await signIn();
    expect(throttled.status).toBe(400);
    expect(throttled.body).toMatchObject({ __type: "TooManyRequestsException" });
    expect((await signIn()).status).toBe(200);
  });

  it("DELETE /_emulator/faults clears faults that have not fired", async () => {
    await inject({ operation: "InitiateAuth", kind: "http500", times: 5 });
    const cleared = await fetch(`${server.url}/_emulator/faults`, { method: "DELETE" });
    expect(cleared.status).toBe(204);
    expect((await signIn()).status).toBe(200);
  });
});
