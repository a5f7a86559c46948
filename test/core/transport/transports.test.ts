// @vitest-environment node
import { inspect } from "node:util";
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
// The SDK's browser request handler (a dependency of the SDK): runs the SDK transport on the
// code path browsers take, fetch with a web ReadableStream body.
import { FetchHttpHandler } from "@smithy/fetch-http-handler";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ChallengeError } from "../../../src/core/errors/challenge-error";
import { LONG_WAIT_MS, SHORT_WAIT_MS } from "../../../src/core/errors/error-table";
import { createFetchTransport } from "../../../src/core/transport/fetch-transport";
import { createSdkTransport } from "../../../src/core/transport/sdk-transport";
import type { Transport } from "../../../src/core/transport/transport.types";
import {
  closedPort,
  cognitoError,
  type FakeCognito,
  type Reply,
  startFakeCognito,
} from "./fake-cognito";
import { OPERATION_CASES, successFor } from "./operation-cases";

// The same server answers, the same expectations, for both transports.

const TIMEOUT_MS = 300;

interface Subject {
  readonly transport: Transport;
  readonly dispose: () => void;
}

const KINDS: readonly { readonly kind: string; readonly create: (url: string) => Subject }[] = [
  {
    kind: "fetch transport",
    create: (url) => ({
      transport: createFetchTransport({ endpoint: url, timeoutMs: TIMEOUT_MS }),
      dispose: () => {},
    }),
  },
  {
    kind: "SDK transport",
    create: (url) => {
      const client = new CognitoIdentityProviderClient({
        region: "us-east-1",
        endpoint: url,
        maxAttempts: 1,
        // The eight operations are noAuth (protocol §11): a credential lookup would fail the test.
        credentials: () => Promise.reject(new Error("credentials were looked up")),
      });
      return {
        transport: createSdkTransport(client, { timeoutMs: TIMEOUT_MS }),
        dispose: () => client.destroy(),
      };
    },
  },
  {
    kind: "SDK transport over the browser's FetchHttpHandler",
    create: (url) => {
      const client = new CognitoIdentityProviderClient({
        region: "us-east-1",
        endpoint: url,
        maxAttempts: 1,
        credentials: () => Promise.reject(new Error("credentials were looked up")),
        requestHandler: new FetchHttpHandler(),
      });
      return {
        transport: createSdkTransport(client, { timeoutMs: TIMEOUT_MS }),
        dispose: () => client.destroy(),
      };
    },
  },
];

const respond = OPERATION_CASES.find((c) => c.operation === "RespondToAuthChallenge");
if (respond === undefined) throw new Error("RespondToAuthChallenge case missing");
const SECRETS = ["AYABeC1-session-opaque-string", "c2lnbmF0dXJl", "c2VjcmV0LWJsb2Nr"];

async function failure(promise: Promise<unknown>): Promise<ChallengeError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ChallengeError);
    return error as ChallengeError;
  }
  throw new Error("the call resolved");
}

/** What a UI sees of an error. */
function seen(error: ChallengeError) {
  return {
    code: error.code,
    recovery: error.recovery,
    message: error.message,
    status: error.status,
    retryAfterMs: error.retryAfterMs,
    reason: error.reason,
  };
}

const HEADER_TYPE =
  "ExpiredCodeException:http://internal.amazon.com/coral/com.amazonaws.cognito.identity.idp.model/";

const ERROR_CASES: readonly {
  readonly name: string;
  readonly reply: Reply;
  readonly expected: ReturnType<typeof seen>;
}[] = [
  {
    name: "a plain __type",
    reply: cognitoError("CodeMismatchException", "Invalid code or auth state for the user."),
    expected: {
      code: "CodeMismatchException",
      recovery: "retry",
      message: "Invalid code or auth state for the user.",
      status: 400,
      retryAfterMs: undefined,
      reason: undefined,
    },
  },
  {
    name: "a namespace#Name __type",
    reply: cognitoError(
      "com.amazonaws.cognito.identity.idp.model#NotAuthorizedException",
      "Incorrect username or password.",
    ),
    expected: {
      code: "NotAuthorizedException",
      recovery: "restart",
      message: "Incorrect username or password.",
      status: 400,
      retryAfterMs: undefined,
      reason: undefined,
    },
  },
  {
    name: "only the x-amzn-ErrorType header, empty body",
    reply: { status: 400, headers: { "x-amzn-ErrorType": HEADER_TYPE } },
    expected: {
      code: "ExpiredCodeException",
      recovery: "restart",
      message: "ExpiredCodeException",
      status: 400,
      retryAfterMs: undefined,
      reason: undefined,
    },
  },
  {
    name: "the x-amzn-ErrorType header with an HTML body",
    reply: {
      status: 400,
      headers: { "x-amzn-ErrorType": "CodeMismatchException:", "content-type": "text/html" },
      body: "<html><body>Bad request</body></html>",
    },
    expected: {
      code: "CodeMismatchException",
      recovery: "retry",
      message: "CodeMismatchException",
      status: 400,
      retryAfterMs: undefined,
      reason: undefined,
    },
  },
  {
    name: "an exception name this library does not know",
    reply: cognitoError("BrandNewFutureException", "Something new happened."),
    expected: {
      code: "UnknownError",
      recovery: "restart",
      message: "Something new happened.",
      status: 400,
      retryAfterMs: undefined,
      reason: "BrandNewFutureException",
    },
  },
  {
    name: "TooManyRequestsException with Retry-After",
    reply: cognitoError("TooManyRequestsException", "Rate exceeded", 400, { "Retry-After": "7" }),
    expected: {
      code: "TooManyRequestsException",
      recovery: "wait",
      message: "Rate exceeded",
      status: 400,
      retryAfterMs: 7000,
      reason: undefined,
    },
  },
  {
    name: "TooManyRequestsException without Retry-After",
    reply: cognitoError("TooManyRequestsException", "Rate exceeded"),
    expected: {
      code: "TooManyRequestsException",
      recovery: "wait",
      message: "Rate exceeded",
      status: 400,
      retryAfterMs: SHORT_WAIT_MS,
      reason: undefined,
    },
  },
  {
    name: 'NotAuthorizedException "Password attempts exceeded"',
    reply: cognitoError("NotAuthorizedException", "Password attempts exceeded"),
    expected: {
      code: "NotAuthorizedException",
      recovery: "wait",
      message: "Password attempts exceeded",
      status: 400,
      retryAfterMs: LONG_WAIT_MS,
      reason: undefined,
    },
  },
  {
    name: 'NotAuthorizedException "Invalid session…"',
    reply: cognitoError(
      "NotAuthorizedException",
      "Invalid session for the user, session is expired.",
    ),
    expected: {
      code: "NotAuthorizedException",
      recovery: "restart",
      message: "Invalid session for the user, session is expired.",
      status: 400,
      retryAfterMs: undefined,
      reason: undefined,
    },
  },
  {
    name: "InternalErrorException (HTTP 500 with a Cognito body)",
    reply: cognitoError("InternalErrorException", "Internal server error.", 500),
    expected: {
      code: "InternalErrorException",
      recovery: "wait",
      message: "Internal server error.",
      status: 500,
      retryAfterMs: SHORT_WAIT_MS,
      reason: undefined,
    },
  },
  {
    name: "HTTP 500 with an HTML body",
    reply: { status: 500, headers: { "content-type": "text/html" }, body: "<html>oops</html>" },
    expected: {
      code: "NetworkError",
      recovery: "retry",
      message: "Unreadable answer (HTTP 500, not JSON)",
      status: 500,
      retryAfterMs: undefined,
      reason: undefined,
    },
  },
  {
    name: "HTTP 503 with an empty body",
    reply: { status: 503 },
    expected: {
      code: "NetworkError",
      recovery: "retry",
      message: "Unreadable answer (HTTP 503, empty body)",
      status: 503,
      retryAfterMs: undefined,
      reason: undefined,
    },
  },
  {
    name: "HTTP 502 with JSON that names no error",
    reply: { status: 502, body: { message: "Bad gateway" } },
    expected: {
      code: "NetworkError",
      recovery: "retry",
      message: "Unreadable answer (HTTP 502, no Cognito error in the body)",
      status: 502,
      retryAfterMs: undefined,
      reason: undefined,
    },
  },
  {
    name: "HTTP 200 with an HTML body (captive portal)",
    reply: { status: 200, headers: { "content-type": "text/html" }, body: "<html>Log in</html>" },
    expected: {
      code: "NetworkError",
      recovery: "retry",
      message: "Unreadable answer (HTTP 200, not JSON)",
      status: 200,
      retryAfterMs: undefined,
      reason: undefined,
    },
  },
  {
    name: "HTTP 200 with an empty body",
    reply: { status: 200 },
    expected: {
      code: "NetworkError",
      recovery: "retry",
      message: "Unreadable answer (HTTP 200, empty body)",
      status: 200,
      retryAfterMs: undefined,
      reason: undefined,
    },
  },
  {
    name: "HTTP 200 with JSON null",
    reply: { status: 200, body: "null" },
    expected: {
      code: "NetworkError",
      recovery: "retry",
      message: "Unreadable answer (HTTP 200, not a JSON object)",
      status: 200,
      retryAfterMs: undefined,
      reason: undefined,
    },
  },
  {
    name: "HTTP 200 with a JSON array",
    reply: { status: 200, body: "[]" },
    expected: {
      code: "NetworkError",
      recovery: "retry",
      message: "Unreadable answer (HTTP 200, not a JSON object)",
      status: 200,
      retryAfterMs: undefined,
      reason: undefined,
    },
  },
];

describe.each(KINDS)("$kind", ({ create }) => {
  let server: FakeCognito;
  let subject: Subject;

  beforeAll(async () => {
    server = await startFakeCognito(successFor);
    subject = create(server.url);
  });
  afterAll(async () => {
    subject.dispose();
    await server.close();
  });
  beforeEach(() => server.reset());

  describe.each(OPERATION_CASES)("$operation", (operationCase) => {
    it("sends one POST / with the protocol headers and the body exactly as given", async () => {
      await operationCase.call(subject.transport);
      expect(server.requests).toHaveLength(1);
      const [request] = server.requests;
      expect(request?.method).toBe("POST");
      expect(request?.url).toBe("/");
      expect(request?.headers["content-type"]).toBe("application/x-amz-json-1.1");
      expect(request?.headers["x-amz-target"]).toBe(
        `AWSCognitoIdentityProviderService.${operationCase.operation}`,
      );
      expect(request?.body).toStrictEqual(operationCase.input);
    });

    it("resolves with Cognito's answer", async () => {
      const result = await operationCase.call(subject.transport);
      if (operationCase.returnsBody) expect(result).toStrictEqual(operationCase.answer);
      else expect(result).toBeUndefined();
    });

    it("rejects with Cognito's error, named and with its recovery", async () => {
      server.reply(cognitoError("NotAuthorizedException", "Access Token has expired", 400));
      const error = await failure(operationCase.call(subject.transport));
      expect(seen(error)).toMatchObject({
        code: "NotAuthorizedException",
        recovery: "restart",
        message: "Access Token has expired",
        status: 400,
      });
    });
  });

  describe.each(ERROR_CASES)("answer: $name", ({ reply, expected }) => {
    it("becomes the same ChallengeError, after exactly one request", async () => {
      server.reply(reply);
      const error = await failure(respond.call(subject.transport));
      expect(seen(error)).toStrictEqual(expected);
      expect(server.requests).toHaveLength(1);
    });

    it("puts no Session, proof or token in the error, its cause included", async () => {
      server.reply(reply);
      const error = await failure(respond.call(subject.transport));
      const everything = inspect(error, { depth: 10, showHidden: true });
      for (const secret of SECRETS) expect(everything).not.toContain(secret);
    });
  });

  describe("no answer", () => {
    it("a connection reset before the answer is a NetworkError without status", async () => {
      server.reply({ destroy: "before-answer" });
      const error = await failure(respond.call(subject.transport));
      expect(error).toMatchObject({ code: "NetworkError", recovery: "retry", status: undefined });
      expect(error.message).toMatch(/^Could not reach Cognito/);
      expect(server.requests).toHaveLength(1);
    });

    it("an answer cut off mid-body is a NetworkError", async () => {
      server.reply({ destroy: "mid-body" });
      const error = await failure(respond.call(subject.transport));
      expect(error).toMatchObject({ code: "NetworkError", recovery: "retry" });
      expect(server.requests).toHaveLength(1);
    });

    it("no answer within timeoutMs is a NetworkError that says so", async () => {
      server.reply({ hang: true });
      const error = await failure(respond.call(subject.transport));
      expect(seen(error)).toMatchObject({
        code: "NetworkError",
        recovery: "retry",
        message: `No answer within ${TIMEOUT_MS} ms`,
        status: undefined,
      });
      expect(server.requests).toHaveLength(1);
    });

    it("the caller's signal aborts the request in flight", async () => {
      server.reply({ hang: true });
      const controller = new AbortController();
      const pending = failure(respond.call(subject.transport, controller.signal));
      await expect.poll(() => server.requests.length).toBe(1);
      controller.abort();
      const error = await pending;
      expect(seen(error)).toMatchObject({
        code: "NetworkError",
        recovery: "retry",
        message: "Aborted",
      });
    });

    it("an already aborted signal sends nothing", async () => {
      const error = await failure(respond.call(subject.transport, AbortSignal.abort()));
      expect(error).toMatchObject({
        code: "NetworkError",
        message: "Aborted",
      });
      expect(server.requests).toHaveLength(0);
    });

    it("a refused connection is a NetworkError naming the cause", async () => {
      const port = await closedPort();
      const refused = create(`http://127.0.0.1:${port}`);
      try {
        const error = await failure(respond.call(refused.transport));
        expect(error).toMatchObject({ code: "NetworkError", recovery: "retry", status: undefined });
        expect(error.message).toMatch(/^Could not reach Cognito \(.*ECONNREFUSED/);
      } finally {
        refused.dispose();
      }
    });
  });
});
