import type { ChallengeError } from "../errors/challenge-error";
import { networkError, toChallengeError } from "../errors/to-challenge-error";
import { parseRetryAfter } from "./retry-after";

/** Reads one response header, case-insensitively; null or undefined when absent. */
export type HeaderLookup = (name: string) => string | null | undefined;

type JsonObject = Record<string, unknown>;

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parseJson(text: string): { readonly ok: boolean; readonly value?: unknown } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function stringField(body: JsonObject | undefined, key: string): string | undefined {
  const value = body?.[key];
  return typeof value === "string" ? value : undefined;
}

function unreadable(status: number, detail: string, cause?: unknown): ChallengeError {
  return networkError(
    `Cognito's answer could not be read (HTTP ${status}, ${detail}).`,
    cause,
    status,
  );
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
  if (text.trim() === "") return unreadable(status, "empty body", cause);
  const parsed = parseJson(text);
  if (!parsed.ok) return unreadable(status, "not JSON", cause);
  if (!isJsonObject(parsed.value)) return unreadable(status, "not a JSON object", cause);
  return undefined;
}

/** The body of a 2xx answer as a JSON object; throws the `checkSuccessBody` error otherwise. */
export function readSuccessBody(status: number, text: string): JsonObject {
  const problem = checkSuccessBody(status, text);
  if (problem !== undefined) throw problem;
  return JSON.parse(text) as JsonObject;
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
  const parsed = text.trim() === "" ? { ok: false } : parseJson(text);
  const body = parsed.ok && isJsonObject(parsed.value) ? parsed.value : undefined;
  const type =
    stringField(body, "__type") ?? stringField(body, "code") ?? header("x-amzn-errortype");
  if (type === undefined || type === null || type.trim() === "") {
    if (text.trim() === "") return unreadable(status, "empty body", cause);
    if (!parsed.ok) return unreadable(status, "not JSON", cause);
    return unreadable(status, "no Cognito error in the body", cause);
  }
  return toChallengeError({
    type,
    message: stringField(body, "message") ?? stringField(body, "Message"),
    status,
    retryAfterMs: parseRetryAfter(header("retry-after")),
    cause,
  });
}

/** The innermost message of an error chain: `fetch failed` → `connect ECONNREFUSED …`. */
function innermostMessage(error: unknown): string | undefined {
  let current: unknown = error;
  let message: string | undefined;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    if (current.message !== "") message = current.message;
    current = current.cause;
  }
  return message;
}

/** Why a call got no answer at all, as a `NetworkError` (no status). */
export function failureWithoutAnswer(
  error: unknown,
  how: { readonly timedOut: boolean; readonly aborted: boolean; readonly timeoutMs: number },
): ChallengeError {
  if (how.timedOut) {
    return networkError(`Cognito did not answer within ${how.timeoutMs} ms.`, error);
  }
  if (how.aborted) return networkError("The request to Cognito was aborted.", error);
  const detail = innermostMessage(error);
  return networkError(
    detail === undefined ? "Could not reach Cognito." : `Could not reach Cognito (${detail}).`,
    error,
  );
}
