import {
  ChallengeError,
  type ChallengeErrorCode,
  isChallengeError,
} from "../errors/challenge-error";
import { ERROR_TABLE } from "../errors/error-table";

/**
 * The errors the flow makes itself. Messages are plain English for developers; screens look
 * messages up by `code` (and `reason` for `InvalidAnswer`). None of them ever quotes an answer.
 */

/** The challenge's Session passed `expiresAt` before the answer was sent; nothing was sent (§9). */
export function expiredSessionError(): ChallengeError {
  return new ChallengeError("ExpiredSession", ERROR_TABLE.ExpiredSession.message, {
    recovery: "restart",
  });
}

/**
 * The answer does not fit the step; nothing was sent. `reason` names the check, e.g.
 * `MissingPassword`, `MissingCode`, `NotAnOption`.
 */
export function invalidAnswerError(reason: string, message: string): ChallengeError {
  return new ChallengeError("InvalidAnswer", message, { recovery: "retry", reason });
}

/** Cognito sent a challenge this library cannot answer. */
export function unknownChallengeError(name: string): ChallengeError {
  return new ChallengeError(
    "UnknownChallenge",
    `Cognito sent the challenge ${JSON.stringify(name)}, which this sign-in cannot answer.`,
    { recovery: "restart", reason: name },
  );
}

/**
 * The same error with recovery `restart`: used when the step that failed cannot be tried again
 * as is (its Session is used up, or the secret it needed is gone).
 */
export function asRestart(error: ChallengeError): ChallengeError {
  if (error.recovery === "restart") return error;
  return new ChallengeError(error.code, error.message, {
    recovery: "restart",
    ...(error.status === undefined ? {} : { status: error.status }),
    ...(error.reason === undefined ? {} : { reason: error.reason }),
    ...(error.cause === undefined ? {} : { cause: error.cause }),
  });
}

/**
 * Errors after which signing in again cannot help: the account needs something done elsewhere
 * (reset the password, confirm the sign-up) or the pool or app client is misconfigured (§10).
 * They end the flow in status `failed` instead of `idle`.
 */
const FAILED_CODES: ReadonlySet<ChallengeErrorCode> = new Set<ChallengeErrorCode>([
  "PasswordResetRequiredException",
  "UserNotConfirmedException",
  "InvalidUserPoolConfigurationException",
  "InvalidSmsRoleAccessPolicyException",
  "InvalidSmsRoleTrustRelationshipException",
  "InvalidEmailRoleAccessPolicyException",
  "OperationNotEnabledException",
  "FeatureUnavailableInTierException",
  "UnsupportedOperationException",
]);

/** True when `error` ends the sign-in in status `failed` (see `FAILED_CODES`). */
export function isTerminalError(error: ChallengeError): boolean {
  return FAILED_CODES.has(error.code);
}

/**
 * Whatever an effect threw, as a `ChallengeError`. Transports and builders only throw those; a
 * throw from app code (a device store, a SECRET_HASH provider, a WebAuthn client) becomes
 * `UnknownError` with the original as non-enumerable `cause`, its message not repeated.
 */
export function toFlowError(error: unknown): ChallengeError {
  if (isChallengeError(error)) return error;
  return new ChallengeError("UnknownError", ERROR_TABLE.UnknownError.message, {
    recovery: "restart",
    cause: error,
  });
}
