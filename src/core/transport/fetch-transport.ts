import { isChallengeError } from "../errors/challenge-error";
import { invalidOption } from "../errors/invalid-option";
import { isString } from "../protocol/parse-parameters";
import { createCallSignal, resolveTimeout } from "./call-signal";
import { errorFromAnswer, readSuccessBody } from "./read-cognito-answer";
import { TRANSPORT_OPERATIONS, type Transport } from "./transport.types";

/** Options of `createFetchTransport`: where Cognito is, and how to call it. */
export type FetchTransportOptions = (
  | {
      /** The user pool's region (the part of the pool id before `_`), e.g. `"eu-west-1"`. */
      readonly region: string;
    }
  | {
      /** A full URL instead of `https://cognito-idp.<region>.amazonaws.com/` (the emulator, a proxy). Wins over `region`. */
      readonly endpoint: string;
    }
) & {
  /** Per-request timeout in milliseconds, response body included. @default 15000 */
  readonly timeoutMs?: number | undefined;
  /** The fetch to use. @default globalThis.fetch */
  readonly fetch?: typeof fetch | undefined;
  /** Extra request headers. They cannot replace the three protocol headers. */
  readonly headers?: Readonly<Record<string, string>> | undefined;
};

function resolveUrl(options: FetchTransportOptions): string {
  // An endpoint left undefined counts as absent: the region is used then.
  const { endpoint, region } = options as { endpoint?: string; region?: unknown };
  if (endpoint !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(endpoint);
    } catch {
      // Reported below.
    }
    if (!url || !/^https?:$/.test(url.protocol)) {
      throw invalidOption("endpoint: not an absolute http(s) URL");
    }
    // As the SDK does: the JSON 1.1 API is served at a path ending in "/".
    if (!url.pathname.endsWith("/")) url.pathname += "/";
    return url.href;
  }
  if (!isString(region) || !/^[a-z\d]+(-[a-z\d]+)+$/.test(region)) {
    throw invalidOption('region: not like "us-east-1"');
  }
  return `https://cognito-idp.${region}.amazonaws.com/`;
}

/** The operations that answer nothing (`{}`): their methods resolve with `undefined`. */
const NO_RESULT: readonly string[] = ["UpdateDeviceStatus", "CompleteWebAuthnRegistration"];

/**
 * A `Transport` that speaks Cognito's JSON 1.1 API over `fetch` (protocol reference §1), for apps
 * that do without the AWS SDK. Exactly one HTTP request per call, never retried: a
 * RespondToAuthChallenge sent twice with the same Session can burn it. Every failure is a
 * `ChallengeError`: Cognito's exceptions by name, everything else (no connection, timeout,
 * aborted, an answer that is not Cognito's JSON) a `NetworkError` with the HTTP status if any.
 */
export function createFetchTransport(options: FetchTransportOptions): Transport {
  const url = resolveUrl(options);
  const timeoutMs = resolveTimeout(options.timeoutMs);
  // Extra headers first, without any that would replace a protocol header.
  const extra = Object.fromEntries(
    Object.entries(options.headers ?? {}).filter(
      ([name]) => !/^(content-type|x-amz-target|cache-control)$/i.test(name),
    ),
  );
  const transport: Record<string, unknown> = {};
  for (const [method, operation] of Object.entries(TRANSPORT_OPERATIONS)) {
    transport[method] = async (input: object, callOptions?: { signal?: AbortSignal }) => {
      const { signal, fail, dispose } = createCallSignal(timeoutMs, callOptions?.signal);
      try {
        // A local binding: `options.fetch(…)` would call a browser's fetch with `this` = options.
        const doFetch = options.fetch ?? globalThis.fetch;
        const response = await doFetch(url, {
          method: "POST",
          headers: {
            ...extra,
            "Content-Type": "application/x-amz-json-1.1",
            "X-Amz-Target": `AWSCognitoIdentityProviderService.${operation}`,
            "Cache-Control": "no-store",
          },
          body: JSON.stringify(input),
          signal,
        });
        // The answer may break off (reset, timeout, abort) after its status line.
        const text = await response.text();
        const status = response.status;
        if (status < 200 || status >= 300) {
          throw errorFromAnswer(status, (name) => response.headers.get(name), text);
        }
        const body = readSuccessBody(status, text);
        return NO_RESULT.includes(operation) ? undefined : body;
      } catch (error) {
        // Our own ChallengeErrors (Cognito's exceptions, unreadable answers) and one a custom
        // fetch throws pass as they are. Anything else (fetch failing: offline, timeout, abort;
        // the body breaking off; a custom fetch returning something odd; JSON.stringify of a
        // cyclic input) is a NetworkError, never a raw TypeError.
        throw isChallengeError(error) ? error : fail(error);
      } finally {
        dispose();
      }
    };
  }
  return transport as unknown as Transport;
}
