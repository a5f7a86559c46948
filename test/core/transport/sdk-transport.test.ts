// @vitest-environment node
import {
  CognitoIdentityProviderClient,
  type CognitoIdentityProviderClientConfig,
  RespondToAuthChallengeCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ChallengeError } from "../../../src/core/errors/challenge-error";
import { createSdkTransport } from "../../../src/core/transport/sdk-transport";
import { cognitoError, type FakeCognito, type Reply, startFakeCognito } from "./fake-cognito";
import { OPERATION_CASES, successFor } from "./operation-cases";

const respond = OPERATION_CASES.find((c) => c.operation === "RespondToAuthChallenge");
if (respond === undefined) throw new Error("RespondToAuthChallenge case missing");

let server: FakeCognito;
const clients: CognitoIdentityProviderClient[] = [];

function client(config: Partial<CognitoIdentityProviderClientConfig> = {}) {
  const created = new CognitoIdentityProviderClient({
    region: "us-east-1",
    endpoint: server.url,
    ...config,
  });
  clients.push(created);
  return created;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("the call resolved");
}

beforeAll(async () => {
  server = await startFakeCognito(successFor);
});
afterAll(async () => {
  for (const created of clients) created.destroy();
  await server.close();
});
beforeEach(() => server.reset());

// Failures the SDK's default retry strategy retries: throttling, 5xx, network errors.
const RETRIED_BY_THE_SDK: readonly { readonly name: string; readonly reply: Reply }[] = [
  {
    name: "InternalErrorException, HTTP 500",
    reply: cognitoError("InternalErrorException", "x", 500),
  },
  { name: "HTTP 500 with an HTML body", reply: { status: 500, body: "<html>oops</html>" } },
  {
    name: "TooManyRequestsException with Retry-After: 1",
    reply: cognitoError("TooManyRequestsException", "Rate exceeded", 400, { "Retry-After": "1" }),
  },
  { name: "a connection reset", reply: { destroy: "before-answer" } },
];

describe("how many requests one call makes", () => {
  it("a bare SDK client with its default retry strategy sends a failing 500 three times", async () => {
    // The measurement behind docs/transports.md: the SDK's default is 3 attempts.
    server.reply(...Array(3).fill(cognitoError("InternalErrorException", "x", 500)));
    const bare = client();
    const error = await rejection(
      bare.send(new RespondToAuthChallengeCommand(respond.input as never)),
    );
    expect((error as { name?: string }).name).toBe("InternalErrorException");
    expect(server.requests).toHaveLength(3);
  });

  it("with maxAttempts: 1 a 500 produces exactly one request", async () => {
    server.reply(cognitoError("InternalErrorException", "x", 500));
    const transport = createSdkTransport(client({ maxAttempts: 1 }));
    const error = await rejection(respond.call(transport));
    expect(error).toMatchObject({ code: "InternalErrorException", status: 500 });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.headers["amz-sdk-request"]).toBe("attempt=1; max=1");
  });

  describe.each(RETRIED_BY_THE_SDK)("$name", ({ reply }) => {
    it("is sent once even by a client left at the SDK's default of 3 attempts", async () => {
      server.reply(reply, reply, reply);
      const transport = createSdkTransport(client());
      const error = await rejection(respond.call(transport));
      expect(error).toBeInstanceOf(ChallengeError);
      expect(server.requests).toHaveLength(1);
      expect(server.requests[0]?.headers["amz-sdk-request"]).toBe("attempt=1; max=3");
    });
  });

  it("is sent once even with maxAttempts: 5 and a strategy that retries everything", async () => {
    server.reply(...Array(5).fill(cognitoError("CodeMismatchException", "Invalid code", 400)));
    const everything = {
      mode: "standard",
      retry: async <T>(next: (args: unknown) => Promise<T>, args: unknown): Promise<T> => {
        let last: unknown;
        for (let attempt = 0; attempt < 5; attempt++) {
          try {
            return await next(args);
          } catch (error) {
            last = error;
          }
        }
        throw last;
      },
    };
    const transport = createSdkTransport(
      client({ maxAttempts: 5, retryStrategy: everything as never }),
    );
    const error = await rejection(respond.call(transport));
    expect(error).toMatchObject({ code: "CodeMismatchException", message: "Invalid code" });
    expect(server.requests).toHaveLength(1);
  });
});

describe("the client the app passes in", () => {
  it("is not changed: the transport's middlewares live on each command", async () => {
    const shared = client({ maxAttempts: 1 });
    const before = shared.middlewareStack.identify();
    const transport = createSdkTransport(shared);
    await respond.call(transport);
    expect(shared.middlewareStack.identify()).toStrictEqual(before);
    expect(before.join(" ")).not.toMatch(/cognitoChallengeUi/);
  });

  it("is asked for no credentials by any of the eight operations (all noAuth)", async () => {
    let lookups = 0;
    const transport = createSdkTransport(
      client({
        maxAttempts: 1,
        credentials: async () => {
          lookups += 1;
          return { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI" };
        },
      }),
    );
    for (const operationCase of OPERATION_CASES) await operationCase.call(transport);
    expect(lookups).toBe(0);
    expect(server.requests).toHaveLength(OPERATION_CASES.length);
    for (const request of server.requests) expect(request.headers.authorization).toBeUndefined();
  });

  it("a requestHandler requestTimeout that only warns does not hang the call: timeoutMs ends it", async () => {
    // node-http-handler only logs a warning past requestTimeout unless throwOnRequestTimeout.
    server.reply({ hang: true });
    const quiet = { warn: () => {}, debug: () => {}, info: () => {}, error: () => {} };
    const transport = createSdkTransport(
      client({ maxAttempts: 1, logger: quiet, requestHandler: { requestTimeout: 50 } }),
      { timeoutMs: 250 },
    );
    const error = await rejection(respond.call(transport));
    expect(error).toMatchObject({
      code: "NetworkError",
      recovery: "retry",
      message: "No answer within 250 ms",
    });
    expect(server.requests).toHaveLength(1);
  });

  it("a requestHandler timeout that throws is a NetworkError too", async () => {
    server.reply({ hang: true });
    const transport = createSdkTransport(
      client({
        maxAttempts: 1,
        requestHandler: { requestTimeout: 100, throwOnRequestTimeout: true },
      }),
    );
    const error = await rejection(respond.call(transport));
    expect(error).toMatchObject({ code: "NetworkError", recovery: "retry", status: undefined });
    expect((error as Error).message).toMatch(/^Could not reach Cognito \(/);
    expect(server.requests).toHaveLength(1);
  });

  it("rejects an unusable timeoutMs when the transport is created", () => {
    for (const timeoutMs of [0, -1, Number.NaN, 2 ** 31]) {
      expect(() => createSdkTransport(client(), { timeoutMs })).toThrowError(
        expect.objectContaining({ reason: "InvalidTransportOptions" }),
      );
    }
  });
});
