import type { ChallengeError } from "../errors/challenge-error";
import { networkError, toChallengeError } from "../errors/to-challenge-error";
import { asRecord, isString, parseJson } from "../protocol/parse-parameters";
import { parseRetryAfter } from "./retry-after";

/** Reads one response header, case-insensitively; null or undefined when absent. */
export type HeaderLookup = (name: string) => string | null | undefined;

type JsonObject = Record<string, unknown>;

/** A `NetworkError` for an answer that is not Cognito's: `Unreadable answer (HTTP 502, not JSON)`. */
function unreadable(status: number, text: string, cause?: unknown): ChallengeError {
  const body = parseJson(text);
  const detail = !text.trim()
    ? "empty body"
    : body === undefined
      ? "not JSON"
      : asRecord(body)
        ? "no Cognito error in the body"
        : "not a JSON object";
  return networkError(`Unreadable answer (HTTP ${status}, ${detail})`, cause, status);
}

/**
 * Why a 2xx answer is unusable, or undefined when it is a JSON object. Anything but a JSON
 * object (an empty body, HTML from a captive portal or proxy, `null`) is a `NetworkError`: the
 * request may not have reached Cognito. `{}` is a valid answer (UpdateDeviceStatus,
 * CompleteWebAuthnRegistration).
 */
export function checkSuccessBody(
  status: number,
  text: string,
  cause?: unknown,
): ChallengeError | undefined {
  return asRecord(parseJson(text)) ? undefined : unreadable(status, text, cause);
}

/** The body of a 2xx answer as a JSON object; throws the `checkSuccessBody` error otherwise. */
export function readSuccessBody(status: number, text: string): JsonObject {
  const body = asRecord(parseJson(text));
  if (!body) throw unreadable(status, text);
  return body as JsonObject;
}

/**
 * The `ChallengeError` for an answer with status ≥ 300 (protocol reference §1): the name from
 * `__type` (`namespace#Name`), else `code` (as the classic SDK and SDK v3 also read it), else
 * the `x-amzn-ErrorType` header (`Name:…`), which also covers an unusable body. No name at all
 * (an HTML error page, an empty 5xx) is a `NetworkError` with the status.
 */
export function errorFromAnswer(
  status: number,
  header: HeaderLookup,
  text: string,
  cause?: unknown,
): ChallengeError {
  const record = asRecord(parseJson(text)) ?? {};
  const field = (key: string): string | undefined => {
    const value = record[key];
    return isString(value) ? value : undefined;
  };
  const type = field("__type") ?? field("code") ?? header("x-amzn-errortype");
  if (!type?.trim()) return unreadable(status, text, cause);
  return toChallengeError({
    type,
    message: field("message") ?? field("Message"),
    status,
    retryAfterMs: parseRetryAfter(header("retry-after")),
    cause,
  });
}
