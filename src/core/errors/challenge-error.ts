/**
 * The one error type of this library. Every failure the flow, a transport or the parser can
 * produce is a `ChallengeError` with a stable `code` (Cognito's exception name, or one of the
 * local codes below) and a `recovery` that says what the UI should offer.
 */

/** Cognito exception names (protocol reference §10), as in `__type` after the last `#`. */
export const COGNITO_EXCEPTION_CODES = [
  "AliasExistsException",
  "CodeDeliveryFailureException",
  "CodeMismatchException",
  "ConcurrentModificationException",
  "DeviceKeyExistsException",
  "EnableSoftwareTokenMFAException",
  "ExpiredCodeException",
  "FeatureUnavailableInTierException",
  "ForbiddenException",
  "InternalErrorException",
  "InvalidEmailRoleAccessPolicyException",
  "InvalidLambdaResponseException",
  "InvalidParameterException",
  "InvalidPasswordException",
  "InvalidSmsRoleAccessPolicyException",
  "InvalidSmsRoleTrustRelationshipException",
  "InvalidUserPoolConfigurationException",
  "LimitExceededException",
  "MFAMethodNotFoundException",
  "NotAuthorizedException",
  "OperationNotEnabledException",
  "PasswordHistoryPolicyViolationException",
  "PasswordResetRequiredException",
  "RefreshTokenReuseException",
  "ResourceNotFoundException",
  "SoftwareTokenMFANotFoundException",
  "TooManyFailedAttemptsException",
  "TooManyRequestsException",
  "UnexpectedLambdaException",
  "UnsupportedOperationException",
  "UserLambdaValidationException",
  "UserNotConfirmedException",
  "UserNotFoundException",
  "UsernameExistsException",
  "WebAuthnChallengeNotFoundException",
  "WebAuthnClientMismatchException",
  "WebAuthnConfigurationMissingException",
  "WebAuthnCredentialNotSupportedException",
  "WebAuthnNotEnabledException",
  "WebAuthnOriginNotAllowedException",
  "WebAuthnRelyingPartyMismatchException",
] as const;

export type CognitoExceptionCode = (typeof COGNITO_EXCEPTION_CODES)[number];

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
 */
export const LOCAL_ERROR_CODES = [
  "NetworkError",
  "ProtocolError",
  "ExpiredSession",
  "UnknownChallenge",
  "WebAuthnCancelled",
  "WebAuthnUnsupported",
  "WebAuthnFailed",
  "InvalidAnswer",
  "UnknownError",
] as const;

export type LocalErrorCode = (typeof LOCAL_ERROR_CODES)[number];

export type ChallengeErrorCode = CognitoExceptionCode | LocalErrorCode;

/**
 * What the UI should offer:
 * - `retry`: stay on this step, keep what the person typed, let them correct it and send again.
 * - `restart`: go back to the start (username kept); the Cognito session is gone.
 * - `wait`: try again later (`retryAfterMs` when known).
 */
export type Recovery = "retry" | "restart" | "wait";

export interface ChallengeErrorOptions {
  readonly recovery: Recovery;
  /** Milliseconds to wait before trying again, for `wait`. */
  readonly retryAfterMs?: number;
  /** HTTP status, when the error came over HTTP. */
  readonly status?: number;
  /** For `ProtocolError`: which check failed, e.g. `"MalformedJson"`, `"MissingSession"`. */
  readonly reason?: string;
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

  constructor(code: ChallengeErrorCode, message: string, options: ChallengeErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.recovery = options.recovery;
    if (options.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
    if (options.status !== undefined) this.status = options.status;
    if (options.reason !== undefined) this.reason = options.reason;
  }
}

/** A `ChallengeError` with code `ProtocolError`: Cognito's answer could not be understood. */
export class ProtocolError extends ChallengeError {
  constructor(reason: string, message: string, cause?: unknown) {
    super("ProtocolError", message, {
      recovery: "restart",
      reason,
      ...(cause === undefined ? {} : { cause }),
    });
  }
}

export function isChallengeError(value: unknown): value is ChallengeError {
  return value instanceof ChallengeError;
}
