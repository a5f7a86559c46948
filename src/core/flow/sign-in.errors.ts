import { ChallengeError, isChallengeError } from "../errors/challenge-error";
import { words } from "../util/words";

/**
 * The errors the flow makes itself. Messages are short texts for developers (screens look
 * messages up by `code`); none of them ever quotes an answer.
 */

/** The challenge's Session passed `expiresAt` before the answer was sent; nothing was sent (§9). */
export function expiredSessionError(): ChallengeError {
  return new ChallengeError("ExpiredSession", "ExpiredSession");
}

/**
 * The answer does not fit the step; nothing was sent. `reason` names the check (the same names
 * as the protocol's answer checks, e.g. `EmptyPassword`, `UnknownOption`), and is the message.
 */
export function invalidAnswerError(reason: string): ChallengeError {
  return new ChallengeError("InvalidAnswer", reason, { reason });
}

/** Cognito sent a challenge this library cannot answer; its name is the `reason`. */
export function unknownChallengeError(name: string): ChallengeError {
  return new ChallengeError("UnknownChallenge", `Cannot answer ${JSON.stringify(name)}`, {
    reason: name,
  });
}

/**
 * The same error with recovery `restart`: used when the step that failed cannot be tried again
 * as is (its Session is used up, or the secret it needed is gone).
 */
export function asRestart(error: ChallengeError): ChallengeError {
  if (error.recovery === "restart") return error;
  const { code, message, status, reason, cause } = error;
  return new ChallengeError(code, message, { recovery: "restart", status, reason, cause });
}

/**
 * Errors after which signing in again cannot help: the account needs something done elsewhere
 * (reset the password, confirm the sign-up), the pool or app client is misconfigured (§10), or
 * the page has no WebCrypto (`InsecureContext`). They end the flow in status `failed`.
 */
const FAILED_CODES: readonly string[] = words(
  "PasswordResetRequiredException UserNotConfirmedException InvalidUserPoolConfigurationException InvalidSmsRoleAccessPolicyException InvalidSmsRoleTrustRelationshipException InvalidEmailRoleAccessPolicyException OperationNotEnabledException FeatureUnavailableInTierException UnsupportedOperationException InsecureContext",
);

/** True when `error` ends the sign-in in status `failed` (see `FAILED_CODES`). */
export function isTerminalError(error: ChallengeError): boolean {
  return FAILED_CODES.includes(error.code);
}

/**
 * Whatever an effect threw, as a `ChallengeError`. Transports and builders only throw those; a
 * throw from app code (a device store, a SECRET_HASH provider, a WebAuthn client) becomes
 * `UnknownError` with the original as non-enumerable `cause`, its message not repeated.
 */
export function toFlowError(error: unknown): ChallengeError {
  return isChallengeError(error)
    ? error
    : new ChallengeError("UnknownError", "UnknownError", { cause: error });
}
