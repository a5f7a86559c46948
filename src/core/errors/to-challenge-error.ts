import { isString } from "../protocol/parse-parameters";
import { ChallengeError, type ChallengeErrorCode, type Recovery } from "./challenge-error";
import { defaultRetryAfterMs, isCognitoCode, tableRecovery } from "./error-table";

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

/**
 * Recovery for a Cognito exception name + message: the table of protocol reference §10.
 * `NotAuthorizedException` is `restart` (wrong password, any "Invalid session…", a failed custom
 * challenge, a bad SECRET_HASH), except "Password attempts exceeded", a temporary lockout: `wait`.
 */
export function recoveryFor(code: ChallengeErrorCode, message?: string): Recovery {
  return tableRecovery(code, message);
}

/**
 * A Cognito error → `ChallengeError` with the recovery of protocol §10.
 *
 * - The name is taken after the last `#` of `__type`, or before the first `:` of the
 *   `x-amzn-ErrorType` header (a `#` in the header's URL part cannot matter).
 * - A name outside `COGNITO_EXCEPTION_CODES` becomes `UnknownError`, keeping Cognito's message,
 *   with the name in `reason`. Its recovery is `restart`, or `wait` when the HTTP status is 5xx
 *   (a server fault, like `InternalErrorException`).
 * - No name at all (or one that is not an identifier: `"502"` from a proxy's `{"code":502}`)
 *   means the answer was not a Cognito error: `NetworkError` (`retry`).
 * - Cognito's message is kept; without one the message is the exception name.
 * - `wait` errors carry `retryAfterMs`: the `Retry-After` value when given, else the default.
 */
export function toChallengeError(input: CognitoErrorInput): ChallengeError {
  const type = isString(input.type) ? input.type : "";
  // `a#b#Name`, `Name:http://…`, `Name,Other` → `Name`.
  const raw = type.split(/[,:]/)[0] as string;
  const name = raw.slice(raw.lastIndexOf("#") + 1).trim();
  const message = isString(input.message) && input.message.trim() ? input.message : undefined;
  const { status, cause } = input;
  if (!/^[A-Za-z]\w*$/.test(name))
    return networkError(message ?? "No Cognito error", cause, status);
  const known = isCognitoCode(name);
  const code: ChallengeErrorCode = known ? (name as ChallengeErrorCode) : "UnknownError";
  // An absent status compares as NaN: not ≥ 500.
  const recovery = !known && (status as number) >= 500 ? "wait" : tableRecovery(code, message);
  const delay = input.retryAfterMs as number;
  return new ChallengeError(code, message ?? name, {
    recovery,
    retryAfterMs:
      recovery !== "wait"
        ? undefined
        : Number.isFinite(delay) && delay >= 0
          ? Math.round(delay)
          : defaultRetryAfterMs(code, message),
    status,
    reason: known ? undefined : name,
    cause,
  });
}

/** A `NetworkError` ChallengeError (recovery `retry`), with the HTTP status when there was one. */
export function networkError(message: string, cause?: unknown, status?: number): ChallengeError {
  return new ChallengeError("NetworkError", message, { status, cause });
}
