// @vitest-environment node
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ChallengeError } from "../../../src/core/errors/challenge-error";
import {
  createFetchTransport,
  type FetchTransportOptions,
} from "../../../src/core/transport/fetch-transport";
import { type FakeCognito, startFakeCognito } from "./fake-cognito";
import { OPERATION_CASES, successFor } from "./operation-cases";

const initiate = OPERATION_CASES.find((c) => c.operation === "InitiateAuth");
if (initiate === undefined) throw new Error("InitiateAuth case missing");

let server: FakeCognito;

beforeAll(async () => {
  server = await startFakeCognito(successFor);
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.reset());

async function rejection(promise: Promise<unknown>): Promise<ChallengeError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ChallengeError);
    return error as ChallengeError;
  }
  throw new Error("the call resolved");
}

/** A fetch that records the URL it was given and sends the request to the local server. */
function forwardingFetch(seen: string[]): typeof fetch {
  return (input, init) => {
    seen.push(String(input));
    return fetch(server.url, init);
  };
}

describe("where requests go", () => {
  it("region → POST https://cognito-idp.<region>.amazonaws.com/", async () => {
    const seen: string[] = [];
    const transport = createFetchTransport({ region: "eu-west-1", fetch: forwardingFetch(seen) });
    await initiate.call(transport);
    expect(seen).toStrictEqual(["https://cognito-idp.eu-west-1.amazonaws.com/"]);
    expect(server.requests[0]?.operation).toBe("InitiateAuth");
  });

  it("endpoint wins over region; a path gets its trailing slash as with the SDK", async () => {
    const transport = createFetchTransport({
      endpoint: `${server.url}/cognito`,
      region: "eu-west-1",
    } as FetchTransportOptions);
    await initiate.call(transport);
    expect(server.requests[0]?.url).toBe("/cognito/");
  });

  it.each([
    ["a region with a host in it", { region: "evil.example/#" }],
    ["an empty region", { region: "" }],
    ["an endpoint that is not a URL", { endpoint: "cognito-idp" }],
    ["an endpoint that is not http(s)", { endpoint: "ftp://127.0.0.1/" }],
    ["timeoutMs 0", { region: "us-east-1", timeoutMs: 0 }],
    ["timeoutMs NaN", { region: "us-east-1", timeoutMs: Number.NaN }],
  ])("rejects %s when created, as a ChallengeError", (_name, options) => {
    let thrown: unknown;
    try {
      createFetchTransport(options as FetchTransportOptions);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ChallengeError);
    expect(thrown).toMatchObject({
      code: "InvalidParameterException",
      reason: "InvalidTransportOptions",
    });
  });
});

describe("request headers", () => {
  it("sends Cache-Control: no-store, as the classic SDK does", async () => {
    await initiate.call(createFetchTransport({ endpoint: server.url }));
    expect(server.requests[0]?.headers["cache-control"]).toBe("no-store");
  });

  it("adds the extra headers but never lets them replace the protocol headers", async () => {
    const transport = createFetchTransport({
      endpoint: server.url,
      headers: {
        "X-Request-Source": "checkout",
        "x-amz-target": "AWSCognitoIdentityProviderService.AdminDeleteUser",
        "content-type": "text/plain",
        "CACHE-CONTROL": "max-age=600",
      },
    });
    await initiate.call(transport);
    const headers = server.requests[0]?.headers;
    expect(headers?.["x-request-source"]).toBe("checkout");
    expect(headers?.["x-amz-target"]).toBe("AWSCognitoIdentityProviderService.InitiateAuth");
    expect(headers?.["content-type"]).toBe("application/x-amz-json-1.1");
    expect(headers?.["cache-control"]).toBe("no-store");
  });
});

describe("the fetch option", () => {
  it("is called as a plain function, so a browser's window.fetch works", async () => {
    const receivers: unknown[] = [];
    const transport = createFetchTransport({
      endpoint: server.url,
      fetch: function (this: unknown, input, init) {
        receivers.push(this);
        return fetch(input, init);
      },
    });
    await initiate.call(transport);
    expect(receivers).toStrictEqual([undefined]);
  });

  it("a ChallengeError it throws reaches the caller as it is, not as a NetworkError", async () => {
    const own = new ChallengeError("ExpiredSession", "ExpiredSession");
    const transport = createFetchTransport({
      endpoint: server.url,
      fetch: () => Promise.reject(own),
    });
    expect(await rejection(initiate.call(transport))).toBe(own);
    expect(server.requests).toHaveLength(0);
  });

  it("anything it throws, even a non-Error, becomes a NetworkError", async () => {
    const transport = createFetchTransport({
      endpoint: server.url,
      fetch: () => Promise.reject("offline"),
    });
    const error = await rejection(initiate.call(transport));
    expect(error).toMatchObject({ code: "NetworkError", recovery: "retry" });
    expect(error.message).toBe("Could not reach Cognito");
  });
});

describe("the default timeout", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("is 15 seconds", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    let signal: AbortSignal | undefined;
    const transport = createFetchTransport({
      endpoint: server.url,
      // Resolves never; rejects when the transport aborts it, as fetch does.
      fetch: (_input, init) =>
        new Promise((_resolve, reject) => {
          signal = init?.signal ?? undefined;
          signal?.addEventListener("abort", () =>
            reject(new DOMException("aborted", "AbortError")),
          );
        }),
    });
    const outcome = rejection(initiate.call(transport));
    await vi.advanceTimersByTimeAsync(14_999);
    expect(signal?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(signal?.aborted).toBe(true);
    expect((await outcome).message).toBe("No answer within 15000 ms");
  });
});
