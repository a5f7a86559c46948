import {
  ChallengeError,
  type ChallengeErrorCode,
  COGNITO_EXCEPTION_CODES,
  type CognitoExceptionCode,
  type Recovery,
} from "./challenge-error";
import {
  ERROR_TABLE,
  LONG_WAIT_MS,
  PASSWORD_ATTEMPTS_EXCEEDED,
  SHORT_WAIT_MS,
} from "./error-table";

/** What a transport learned about a failed call. */
export interface CognitoErrorInput {
  /**
   * Cognito's exception name as found on the wire: `__type` (`namespace#Name`) or the
   * `x-amzn-ErrorType` header (`Name:…`). Missing or empty means there was no Cognito error in
   * the answer, which makes a `NetworkError`.
   */
  readonly type?: string | undefined;
  /** Cognito's message. Kept as is: Cognito's messages carry no secrets. */
  readonly message?: string | undefined;
  /** HTTP status of the answer. */
  readonly status?: number | undefined;
  /** From a `Retry-After` header; used for `wait` errors, else the code's default applies. */
  readonly retryAfterMs?: number | undefined;
  /** The underlying error. Must not hold a request body. */
  readonly cause?: unknown;
}

const EXCEPTION_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

const cognitoCodes: ReadonlySet<string> = new Set(COGNITO_EXCEPTION_CODES);

function isCognitoExceptionCode(name: string): name is CognitoExceptionCode {
  return cognitoCodes.has(name);
}

/**
 * `com.amazonaws…#NotAuthorizedException` → `NotAuthorizedException`;
 * `NotAuthorizedException:http://internal.amazon.com/…` → `NotAuthorizedException` (§1).
 * The header form is cut at its first `:` before the namespace is dropped, so a `#` inside the
 * URL part cannot matter.
 */
export function normalizeErrorName(type: string): string {
  const first = type.split(",")[0] ?? "";
  const beforeColon = first.split(":")[0] ?? "";
  const afterHash = beforeColon.slice(beforeColon.lastIndexOf("#") + 1);
  return afterHash.trim();
}

/**
 * Recovery for a Cognito exception name + message: the table of protocol reference §10.
 * `NotAuthorizedException` is `restart` (wrong password, any "Invalid session…", a failed custom
 * challenge, a bad SECRET_HASH), except "Password attempts exceeded", a temporary lockout: `wait`.
 */
export function recoveryFor(code: ChallengeErrorCode, message?: string): Recovery {
  if (code === "NotAuthorizedException" && isLockout(message)) return "wait";
  // `?? "restart"` covers JavaScript callers passing a string that is not a code.
  return ERROR_TABLE[code]?.recovery ?? "restart";
}

function isLockout(message: string | undefined): boolean {
  return message !== undefined && PASSWORD_ATTEMPTS_EXCEEDED.test(message);
}

/** The default wait for a `wait` error without a usable `Retry-After`. */
export function defaultRetryAfterMs(code: ChallengeErrorCode, message?: string): number {
  if (code === "NotAuthorizedException" && isLockout(message)) return LONG_WAIT_MS;
  return ERROR_TABLE[code]?.waitMs ?? SHORT_WAIT_MS;
}

function usableMessage(message: string | undefined): string | undefined {
  return typeof message === "string" && message.trim() !== "" ? message : undefined;
}

function usableDelay(ms: number | undefined): number | undefined {
  return typeof ms === "number" && Number.isFinite(ms) && ms >= 0 ? Math.round(ms) : undefined;
}

/**
 * A Cognito error → `ChallengeError` with the recovery of protocol §10.
 *
 * - The name is taken after the last `#` of `__type`, or before the first `:` of the
 *   `x-amzn-ErrorType` header.
 * - A name outside `COGNITO_EXCEPTION_CODES` becomes `UnknownError`, keeping Cognito's message,
 *   with the name in `reason`. Its recovery is `restart`, or `wait` when the HTTP status is 5xx
 *   (a server fault, like `InternalErrorException`).
 * - No name at all (or one that is not an identifier) means the answer was not a Cognito error:
 *   `NetworkError` (`retry`).
 * - Cognito's message is kept; the table's English text is used only when there is none.
 * - `wait` errors carry `retryAfterMs`: the `Retry-After` value when given, else the default.
 */
export function toChallengeError(input: CognitoErrorInput): ChallengeError {
  const raw = typeof input.type === "string" ? normalizeErrorName(input.type) : "";
  // Only an identifier is an exception name; `"502"` from a proxy's `{"code":502}` is not.
  const name = EXCEPTION_NAME.test(raw) ? raw : "";
  const message = usableMessage(input.message);
  const status = input.status;
  const cause = input.cause;
  if (name === "") {
    return networkError(message ?? ERROR_TABLE.NetworkError.message, cause, status);
  }
  const code: ChallengeErrorCode = isCognitoExceptionCode(name) ? name : "UnknownError";
  const recovery: Recovery =
    code === "UnknownError" && status !== undefined && status >= 500
      ? "wait"
      : recoveryFor(code, message);
  const text =
    message ??
    (code === "UnknownError"
      ? `Cognito answered with an error this library does not know (${name}).`
      : ERROR_TABLE[code].message);
  return new ChallengeError(code, text, {
    recovery,
    ...(recovery === "wait"
      ? { retryAfterMs: usableDelay(input.retryAfterMs) ?? defaultRetryAfterMs(code, message) }
      : {}),
    ...(status === undefined ? {} : { status }),
    ...(code === "UnknownError" ? { reason: name } : {}),
    ...(cause === undefined ? {} : { cause }),
  });
}

/** A `NetworkError` ChallengeError (recovery `retry`), with the HTTP status when there was one. */
export function networkError(message: string, cause?: unknown, status?: number): ChallengeError {
  return new ChallengeError("NetworkError", message, {
    recovery: "retry",
    ...(status === undefined ? {} : { status }),
    ...(cause === undefined ? {} : { cause }),
  });
}
