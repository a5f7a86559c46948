/**
 * The one error type of this library. Every failure the flow, a transport or the parser can
 * produce is a `ChallengeError` with a stable `code` (Cognito's exception name, or one of the
 * local codes below) and a `recovery` that says what the UI should offer.
 */

import { type Words, words } from "../util/words";
import {
  COGNITO_LONG_WAIT,
  COGNITO_RESTART,
  COGNITO_RETRY,
  COGNITO_SHORT_WAIT,
  LOCAL_RESTART,
  LOCAL_RETRY,
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
export const COGNITO_EXCEPTION_CODES: readonly CognitoExceptionCode[] = /* @__PURE__ */ suffixed(
  words(`${COGNITO_RETRY} ${COGNITO_SHORT_WAIT} ${COGNITO_LONG_WAIT} ${COGNITO_RESTART}`),
);

function suffixed<N extends string>(names: readonly N[]): `${N}Exception`[] {
  return names.map((name) => `${name}Exception` as const);
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
export const LOCAL_ERROR_CODES: readonly LocalErrorCode[] = /* @__PURE__ */ words(
  `${LOCAL_RETRY} ${LOCAL_RESTART}`,
);

export type ChallengeErrorCode = CognitoExceptionCode | LocalErrorCode;

/**
 * What the UI should offer:
 * - `retry`: stay on this step, keep what the person typed, let them correct it and send again.
 * - `restart`: go back to the start (username kept); the Cognito session is gone.
 * - `wait`: try again later (`retryAfterMs` when known).
 */
export type Recovery = "retry" | "restart" | "wait";

/** Options of `ChallengeError`; fields left out (or `undefined`) are not set on the error. */
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
  readonly code: ChallengeErrorCode;
  readonly recovery: Recovery;
  readonly retryAfterMs?: number;
  readonly status?: number;
  readonly reason?: string;

  constructor(code: ChallengeErrorCode, message: string, options: ChallengeErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.recovery = options.recovery ?? tableRecovery(code, message);
    if (options.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
    if (options.status !== undefined) this.status = options.status;
    if (options.reason !== undefined) this.reason = options.reason;
  }
}

/** A `ChallengeError` with code `ProtocolError`: Cognito's answer could not be understood. */
export class ProtocolError extends ChallengeError {
  constructor(reason: string, message: string, cause?: unknown) {
    super("ProtocolError", message, { reason, cause });
  }
}

export function isChallengeError(value: unknown): value is ChallengeError {
  return value instanceof ChallengeError;
}
