/**
 * The one error type of this library. Every failure the flow, a transport or the parser can
 * produce is a `ChallengeError` with a stable `code` (Cognito's exception name, or one of the
 * local codes below) and a `recovery` that says what the UI should offer.
 */

import type { Words } from "../util/words";
import {
  CODE_GROUPS,
  type COGNITO_LONG_WAIT,
  type COGNITO_RESTART,
  type COGNITO_RETRY,
  type COGNITO_SHORT_WAIT,
  type LOCAL_RESTART,
  type LOCAL_RETRY,
  tableRecovery,
} from "./error-table";

/** Cognito exception names (protocol reference §10), as in `__type` after the last `#`. */
export type CognitoExceptionCode = `${Words<
  | typeof COGNITO_RETRY
  | typeof COGNITO_SHORT_WAIT
  | typeof COGNITO_LONG_WAIT
  | typeof COGNITO_RESTART
>}Exception`;

/** Every Cognito exception name this library knows, grouped by recovery (`error-table.ts`). */
export const COGNITO_EXCEPTION_CODES: readonly CognitoExceptionCode[] = /* @__PURE__ */ codes(0, 4);

/** The codes of table groups `from` to `to` (exclusive) of `CODE_GROUPS`, in table order. */
function codes<C>(from: number, to: number): C[] {
  return CODE_GROUPS.slice(from, to).flat() as C[];
}

/**
 * Codes produced by this library itself:
 * - `NetworkError`: no usable answer (offline, DNS, timeout, aborted, HTML or empty body, 5xx without a Cognito body).
 * - `ProtocolError`: Cognito's answer could not be understood (malformed parameters, missing Session, bad hex, SRP safety check).
 * - `ExpiredSession`: the challenge's Session passed its expiry before we sent it; nothing was sent.
 * - `UnknownChallenge`: Cognito sent a challenge this library has no screen for.
 * - `WebAuthnCancelled`: the passkey prompt was dismissed or timed out (browser `NotAllowedError`/`AbortError`).
 * - `WebAuthnUnsupported`: no WebAuthn in this browser or context (no `PublicKeyCredential`, not a secure context).
 * - `WebAuthnFailed`: any other WebAuthn failure (wrong RP ID, authenticator error).
 * - `InvalidAnswer`: the answer given does not fit the current step (e.g. a code with letters); nothing was sent.
 * - `UnknownError`: a Cognito error name we do not know; `message` keeps Cognito's text.
 * - `InsecureContext`: no WebCrypto (`crypto.subtle`): the page is not a secure context (plain
 *   http other than localhost). Serve it over https; the sign-in cannot go on before.
 */
export type LocalErrorCode = Words<typeof LOCAL_RETRY | typeof LOCAL_RESTART>;

/** Every local code, grouped by recovery (`error-table.ts`). */
export const LOCAL_ERROR_CODES: readonly LocalErrorCode[] = /* @__PURE__ */ codes(4, 6);

export type ChallengeErrorCode = CognitoExceptionCode | LocalErrorCode;

/**
 * What the UI should offer:
 * - `retry`: stay on this step, keep what the person typed, let them correct it and send again.
 * - `restart`: go back to the start (username kept); the Cognito session is gone.
 * - `wait`: try again later (`retryAfterMs` when known).
 */
export type Recovery = "retry" | "restart" | "wait";

/** Options of `ChallengeError`; a field left out (or `undefined`) reads as `undefined` on the error. */
export interface ChallengeErrorOptions {
  /** @default the code's recovery in the table of protocol reference §10 (`error-table.ts`) */
  readonly recovery?: Recovery | undefined;
  /** Milliseconds to wait before trying again, for `wait`. */
  readonly retryAfterMs?: number | undefined;
  /** HTTP status, when the error came over HTTP. */
  readonly status?: number | undefined;
  /** For `ProtocolError`: which check failed, e.g. `"MalformedJson"`, `"MissingSession"`. */
  readonly reason?: string | undefined;
  /** The underlying error. Never holds a password or a secret. */
  readonly cause?: unknown;
}

export class ChallengeError extends Error {
  override readonly name = "ChallengeError";
  // `declare`: no class-field code is emitted; the constructor's assignments create the same own,
  // enumerable properties in the same order, `undefined` for options not given.
  declare readonly code: ChallengeErrorCode;
  declare readonly recovery: Recovery;
  declare readonly retryAfterMs?: number | undefined;
  declare readonly status?: number | undefined;
  declare readonly reason?: string | undefined;

  constructor(code: ChallengeErrorCode, message: string, options: ChallengeErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.recovery = options.recovery ?? tableRecovery(code, message);
    this.retryAfterMs = options.retryAfterMs;
    this.status = options.status;
    this.reason = options.reason;
  }
}

/** A `ChallengeError` with code `ProtocolError`: Cognito's answer could not be understood. */
export class ProtocolError extends ChallengeError {
  /** `message` defaults to the reason (a failed SRP check names only itself). */
  constructor(reason: string, message: string = reason, cause?: unknown) {
    super("ProtocolError", message, { reason, cause });
  }
}

export function isChallengeError(value: unknown): value is ChallengeError {
  return value instanceof ChallengeError;
}
