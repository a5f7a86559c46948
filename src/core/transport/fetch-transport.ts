import type { ChallengeError } from "../errors/challenge-error";
import { isChallengeError } from "../errors/challenge-error";
import type {
  AssociateSoftwareTokenResponse,
  AuthResponse,
  ConfirmDeviceResponse,
  StartWebAuthnRegistrationResponse,
  VerifySoftwareTokenResponse,
} from "../protocol/wire.types";
import { createCallSignal, resolveTimeout } from "./call-signal";
import { invalidOption } from "./invalid-option";
import { errorFromAnswer, failureWithoutAnswer, readSuccessBody } from "./read-cognito-answer";
import { type CallOptions, TRANSPORT_OPERATIONS, type Transport } from "./transport.types";

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

const REGION = /^[a-z0-9]+(-[a-z0-9]+)+$/;
const TARGET_PREFIX = "AWSCognitoIdentityProviderService.";
const PROTOCOL_HEADERS = new Set(["content-type", "x-amz-target", "cache-control"]);

function resolveUrl(options: FetchTransportOptions): string {
  if ("endpoint" in options && options.endpoint !== undefined) {
    let url: URL;
    try {
      url = new URL(options.endpoint);
    } catch {
      throw invalidOption(`endpoint is not an absolute URL: ${String(options.endpoint)}`);
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      throw invalidOption(`endpoint must be an http(s) URL: ${url.href}`);
    }
    // As the SDK does: the JSON 1.1 API is served at a path ending in "/".
    if (!url.pathname.endsWith("/")) url.pathname += "/";
    return url.href;
  }
  const region = "region" in options ? options.region : undefined;
  if (typeof region !== "string" || !REGION.test(region)) {
    throw invalidOption(`region must look like "us-east-1", got ${JSON.stringify(region)}.`);
  }
  return `https://cognito-idp.${region}.amazonaws.com/`;
}

function extraHeaders(
  headers: Readonly<Record<string, string>> | undefined,
): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (!PROTOCOL_HEADERS.has(name.toLowerCase())) kept[name] = value;
  }
  return kept;
}

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
  const extra = extraHeaders(options.headers);
  const customFetch = options.fetch;

  async function call(
    operation: string,
    input: object,
    callOptions: CallOptions | undefined,
  ): Promise<Record<string, unknown>> {
    const callerSignal = callOptions?.signal;
    const callSignal = createCallSignal(timeoutMs, callerSignal);
    const how = (): { timedOut: boolean; aborted: boolean; timeoutMs: number } => ({
      timedOut: callSignal.timedOut(),
      aborted: callerSignal?.aborted === true,
      timeoutMs,
    });
    try {
      if (callSignal.signal.aborted) throw failureWithoutAnswer(undefined, how());
      // A local binding: `options.fetch(…)` would call a browser's fetch with `this` = options.
      const doFetch = customFetch ?? globalThis.fetch;
      let response: Response;
      try {
        response = await doFetch(url, {
          method: "POST",
          headers: {
            ...extra,
            "Content-Type": "application/x-amz-json-1.1",
            "X-Amz-Target": `${TARGET_PREFIX}${operation}`,
            "Cache-Control": "no-store",
          },
          body: JSON.stringify(input),
          signal: callSignal.signal,
        });
      } catch (error) {
        throw failureWithoutAnswer(error, how());
      }
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        // The answer broke off (reset, timeout, abort) after its status line.
        throw failureWithoutAnswer(error, how());
      }
      if (response.status >= 200 && response.status < 300) {
        return readSuccessBody(response.status, text);
      }
      throw errorFromAnswer(response.status, (name) => response.headers.get(name), text);
    } catch (error) {
      throw asChallengeError(error, how);
    } finally {
      callSignal.dispose();
    }
  }

  return {
    initiateAuth: async (input, o) =>
      (await call(TRANSPORT_OPERATIONS.initiateAuth, input, o)) as AuthResponse,
    respondToAuthChallenge: async (input, o) =>
      (await call(TRANSPORT_OPERATIONS.respondToAuthChallenge, input, o)) as AuthResponse,
    associateSoftwareToken: async (input, o) =>
      (await call(
        TRANSPORT_OPERATIONS.associateSoftwareToken,
        input,
        o,
      )) as AssociateSoftwareTokenResponse,
    verifySoftwareToken: async (input, o) =>
      (await call(
        TRANSPORT_OPERATIONS.verifySoftwareToken,
        input,
        o,
      )) as VerifySoftwareTokenResponse,
    confirmDevice: async (input, o) =>
      (await call(TRANSPORT_OPERATIONS.confirmDevice, input, o)) as ConfirmDeviceResponse,
    updateDeviceStatus: async (input, o) => {
      await call(TRANSPORT_OPERATIONS.updateDeviceStatus, input, o);
    },
    startWebAuthnRegistration: async (input, o) =>
      (await call(
        TRANSPORT_OPERATIONS.startWebAuthnRegistration,
        input,
        o,
      )) as StartWebAuthnRegistrationResponse,
    completeWebAuthnRegistration: async (input, o) => {
      await call(TRANSPORT_OPERATIONS.completeWebAuthnRegistration, input, o);
    },
  };
}

// Anything else thrown inside a call (a custom fetch returning something odd, JSON.stringify of a
// cyclic input) still leaves as a ChallengeError, never a raw TypeError.
function asChallengeError(
  error: unknown,
  how: () => { timedOut: boolean; aborted: boolean; timeoutMs: number },
): ChallengeError {
  return isChallengeError(error) ? error : failureWithoutAnswer(error, how());
}
