import type { ChallengeErrorCode, Recovery } from "./challenge-error";

/**
 * The recovery table of protocol reference §10, one row per code, with the English message used
 * when Cognito sent none and, for `wait`, how long to wait when no `Retry-After` header said so.
 */
export interface ErrorTableRow {
  readonly recovery: Recovery;
  /** Used only when Cognito's answer carried no message (or for local codes). */
  readonly message: string;
  /** Default `retryAfterMs` for `wait` rows. */
  readonly waitMs?: number;
}

/** Throttling and service faults clear quickly: a short pause, then the same request again. */
export const SHORT_WAIT_MS = 2_000;
/**
 * Attempt limits and lockouts last minutes and Cognito does not say how long (§9 lockout: 1 s
 * doubling to about 15 min; §13.9): one minute is long enough to matter and short enough for a
 * person to wait out.
 */
export const LONG_WAIT_MS = 60_000;

const restart = (message: string): ErrorTableRow => ({ recovery: "restart", message });
const retry = (message: string): ErrorTableRow => ({ recovery: "retry", message });
const wait = (message: string, waitMs: number): ErrorTableRow => ({
  recovery: "wait",
  message,
  waitMs,
});

/**
 * Every `ChallengeErrorCode` has a row (the `satisfies` clause makes a missing one a compile
 * error). Decisions beyond §10's wording are commented on the row.
 */
export const ERROR_TABLE: Readonly<Record<ChallengeErrorCode, ErrorTableRow>> = {
  // Same session: the person corrects what they typed and sends again (§10).
  AliasExistsException: retry(
    "An account with this email address or phone number already exists. Use a different one.",
  ),
  CodeMismatchException: retry("The code is incorrect. Check it and try again."),
  EnableSoftwareTokenMFAException: retry(
    "The authenticator code is incorrect. Enter the current code from your app.",
  ),
  InvalidPasswordException: retry("The password does not meet the password policy."),
  PasswordHistoryPolicyViolationException: retry(
    "This password was used recently. Choose a different one.",
  ),
  // AssociateSoftwareToken raced another change to the same user; sending again is safe.
  ConcurrentModificationException: retry("Another change was in progress. Try again."),
  // ConfirmDevice: the device is already confirmed. §10 says "treat as done"; nothing is lost by
  // staying on the step, whereas a restart would throw away tokens already issued.
  DeviceKeyExistsException: retry("This device is already remembered."),
  // Passkey registration runs with an access token: calling StartWebAuthnRegistration again
  // (a new prompt) fixes an expired challenge, and another authenticator may be supported.
  WebAuthnChallengeNotFoundException: retry("The passkey registration expired. Start it again."),
  WebAuthnCredentialNotSupportedException: retry(
    "This passkey is not supported. Try another authenticator.",
  ),

  // Restart: the Cognito session is gone, or only a new sign-in (or a developer) can fix it.
  NotAuthorizedException: restart("Sign-in was not authorized."),
  ExpiredCodeException: restart("The code has expired. Sign in again to get a new one."),
  MFAMethodNotFoundException: restart("This verification method is not available."),
  SoftwareTokenMFANotFoundException: restart("Authenticator-app verification is not set up."),
  InvalidParameterException: restart("The request was not valid."),
  InvalidLambdaResponseException: restart("A sign-in trigger returned an invalid response."),
  UnexpectedLambdaException: restart("A sign-in trigger failed."),
  UserLambdaValidationException: restart("A sign-in trigger rejected the request."),
  PasswordResetRequiredException: restart("A password reset is required."),
  UserNotConfirmedException: restart("The account is not confirmed."),
  UserNotFoundException: restart("Incorrect username or password."),
  UsernameExistsException: restart("This username already exists."),
  ResourceNotFoundException: restart("The user pool, app client or device was not found."),
  RefreshTokenReuseException: restart("The refresh token was already used. Sign in again."),
  ForbiddenException: restart("The request was blocked."),
  InvalidUserPoolConfigurationException: restart("The user pool is not configured for this."),
  InvalidSmsRoleAccessPolicyException: restart("The user pool cannot send text messages."),
  InvalidSmsRoleTrustRelationshipException: restart("The user pool cannot send text messages."),
  InvalidEmailRoleAccessPolicyException: restart("The user pool cannot send email."),
  OperationNotEnabledException: restart("This operation is not enabled for the user pool."),
  FeatureUnavailableInTierException: restart(
    "This feature is not available in the user pool's plan.",
  ),
  UnsupportedOperationException: restart("This operation is not supported."),
  WebAuthnNotEnabledException: restart("Passkeys are not enabled for the user pool."),
  WebAuthnConfigurationMissingException: restart("Passkeys are not configured for the user pool."),
  WebAuthnClientMismatchException: restart(
    "The passkey registration was started by a different app client.",
  ),
  WebAuthnOriginNotAllowedException: restart(
    "This site is not allowed to use passkeys for the user pool.",
  ),
  WebAuthnRelyingPartyMismatchException: restart("The passkey belongs to a different site."),

  // Wait: try again later.
  TooManyRequestsException: wait("Too many requests. Try again in a moment.", SHORT_WAIT_MS),
  // §10 says "backoff, then retry" for a service fault: the identical request may be sent again
  // after a short pause while the session is fresh, so this is `wait` with the short default.
  InternalErrorException: wait("Cognito had an internal error. Try again.", SHORT_WAIT_MS),
  LimitExceededException: wait("Attempt limit exceeded. Try again later.", LONG_WAIT_MS),
  TooManyFailedAttemptsException: wait("Too many failed attempts. Try again later.", LONG_WAIT_MS),
  // §10: "retry later or choose another method".
  CodeDeliveryFailureException: wait(
    "The verification code could not be delivered. Try again later.",
    LONG_WAIT_MS,
  ),

  // Local codes (challenge-error.ts).
  NetworkError: retry("Could not reach Cognito. Check the connection and try again."),
  ProtocolError: restart("Cognito's answer could not be understood."),
  ExpiredSession: restart("The sign-in session has expired. Sign in again."),
  UnknownChallenge: restart("Cognito asked for a step this app cannot show."),
  WebAuthnCancelled: retry("The passkey prompt was closed. Try again."),
  WebAuthnUnsupported: restart("Passkeys are not supported in this browser."),
  WebAuthnFailed: retry("The passkey could not be used. Try again."),
  InvalidAnswer: retry("The answer does not fit this step."),
  UnknownError: restart("Sign-in failed with an unexpected error."),
} satisfies Record<ChallengeErrorCode, ErrorTableRow>;

/** NotAuthorizedException "Password attempts exceeded": a temporary lockout (§9, §10). */
export const PASSWORD_ATTEMPTS_EXCEEDED: RegExp = /password attempts exceeded/i;
