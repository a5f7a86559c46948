import { words } from "../util/words";
import type { Recovery } from "./challenge-error";

/**
 * The recovery table of protocol reference §10: every error code, grouped by what the UI should
 * offer. One space-separated string per group, split once at load (a table of strings costs a
 * fraction of an object per code). Cognito's exception names are written without their common
 * `Exception` suffix. `challenge-error.ts` derives the code lists, and their types, from these
 * literal strings, so a code cannot exist without a recovery.
 *
 * There are no English texts here: a person sees the UI's localised message for the `code`, a
 * developer sees `code`, `reason` and Cognito's own message (or the code name when it sent none).
 */

/**
 * Same session: the person corrects what they typed and sends again (§10). Also:
 * `ConcurrentModification` (AssociateSoftwareToken raced another change to the user: sending
 * again is safe); `DeviceKeyExists` (ConfirmDevice: already confirmed; §10 says "treat as done",
 * and staying loses nothing where a restart would throw away tokens already issued); the two
 * passkey-registration codes (it runs with an access token: StartWebAuthnRegistration again fixes
 * an expired challenge, and another authenticator may be supported).
 */
export const COGNITO_RETRY =
  "AliasExists CodeMismatch EnableSoftwareTokenMFA InvalidPassword PasswordHistoryPolicyViolation ConcurrentModification DeviceKeyExists WebAuthnChallengeNotFound WebAuthnCredentialNotSupported";

/**
 * Try again after a short pause: throttling, and service faults (§10 "backoff, then retry": the
 * identical request may be sent again while the session is fresh).
 */
export const COGNITO_SHORT_WAIT = "TooManyRequests InternalError";

/** Try again later: attempt limits and lockouts last minutes; §10 "retry later" for delivery. */
export const COGNITO_LONG_WAIT = "LimitExceeded TooManyFailedAttempts CodeDeliveryFailure";

/** The Cognito session is gone, or only a new sign-in (or a developer) can fix it. */
export const COGNITO_RESTART =
  "NotAuthorized ExpiredCode MFAMethodNotFound SoftwareTokenMFANotFound InvalidParameter InvalidLambdaResponse UnexpectedLambda UserLambdaValidation PasswordResetRequired UserNotConfirmed UserNotFound UsernameExists ResourceNotFound RefreshTokenReuse Forbidden InvalidUserPoolConfiguration InvalidSmsRoleAccessPolicy InvalidSmsRoleTrustRelationship InvalidEmailRoleAccessPolicy OperationNotEnabled FeatureUnavailableInTier UnsupportedOperation WebAuthnNotEnabled WebAuthnConfigurationMissing WebAuthnClientMismatch WebAuthnOriginNotAllowed WebAuthnRelyingPartyMismatch";

/** Local codes (meanings in `challenge-error.ts`) the person can act on at once. */
export const LOCAL_RETRY = "NetworkError WebAuthnCancelled WebAuthnFailed InvalidAnswer";

/** Local codes that only a new sign-in (or a developer) can get past. */
export const LOCAL_RESTART =
  "ProtocolError ExpiredSession UnknownChallenge WebAuthnUnsupported UnknownError InsecureContext";

/** Throttling and service faults clear quickly: a short pause, then the same request again. */
export const SHORT_WAIT_MS = 2_000;
/**
 * Attempt limits and lockouts last minutes and Cognito does not say how long (§9 lockout: 1 s
 * doubling to about 15 min; §13.9): one minute is long enough to matter and short enough for a
 * person to wait out.
 */
export const LONG_WAIT_MS = 60_000;

/** NotAuthorizedException "Password attempts exceeded": a temporary lockout (§9, §10). */
export const PASSWORD_ATTEMPTS_EXCEEDED: RegExp = /password attempts exceeded/i;

/**
 * The table: each group's codes as the wire spells them (Cognito's with `Exception`), in the
 * order of `RECOVERIES`. Built once at load; a code's group is its index.
 */
export const CODE_GROUPS: readonly (readonly string[])[] = [
  COGNITO_RETRY,
  COGNITO_SHORT_WAIT,
  COGNITO_LONG_WAIT,
  COGNITO_RESTART,
  LOCAL_RETRY,
  LOCAL_RESTART,
].map((group, index) => words(group).map((name) => (index < 4 ? `${name}Exception` : name)));

/** The recovery of each group of `CODE_GROUPS`; group 2 (`COGNITO_LONG_WAIT`) waits long. */
const RECOVERIES = words("retry wait wait restart retry restart");

/** The index in `CODE_GROUPS` of the group holding `code`, −1 for none. */
const groupOf = (code: string): number => CODE_GROUPS.findIndex((group) => group.includes(code));

/** Whether `name` is one of Cognito's exception names this library knows. */
export function isCognitoCode(name: string): boolean {
  // Groups 0 to 3 are Cognito's; no group (−1) reads as 2^32 − 1 once unsigned.
  return groupOf(name) >>> 0 < 4;
}

const isLockout = (code: string, message: string | undefined): boolean =>
  code === "NotAuthorizedException" && PASSWORD_ATTEMPTS_EXCEEDED.test(message ?? "");

/**
 * The recovery of a code (its table group); `NotAuthorizedException` "Password attempts
 * exceeded" is a lockout: `wait`. A string that is no code (a JavaScript caller's typo) is
 * `restart`.
 */
export function tableRecovery(code: string, message?: string): Recovery {
  return isLockout(code, message) ? "wait" : (RECOVERIES[groupOf(code)] ?? "restart");
}

/** The default wait for a `wait` error without a usable `Retry-After`. */
export function defaultRetryAfterMs(code: string, message?: string): number {
  return groupOf(code) === 2 || isLockout(code, message) ? LONG_WAIT_MS : SHORT_WAIT_MS;
}
