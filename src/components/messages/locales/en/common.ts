/**
 * Shared texts and one message per error code: every Cognito exception of
 * `COGNITO_EXCEPTION_CODES` and every local code of `LOCAL_ERROR_CODES`, keyed `error.<code>`
 * (stable codes, never Cognito's English text). Two refinements of `NotAuthorizedException`
 * are keyed by what Cognito says (see `describeError`).
 */
// Texts said for more than one code, written once.
const CONFIGURATION = "Sign-in couldn't be completed because of a configuration problem.";
const SMS_CONFIGURATION =
  "We can't send text messages right now because of a configuration problem.";
const TOO_MANY_ATTEMPTS = "Too many failed attempts.";
const WRONG_CREDENTIALS = "Incorrect username or password.";
const TIMED_OUT = "This step has timed out. Start again to continue.";

export const common = {
  "common.submit": "Continue",
  "common.sending": "Sending…",
  "common.restart": "Start again",
  "common.required": "This field is required.",
  "common.tryAgainIn": "You can try again {time}.",
  "common.tryAgainLater": "Please try again in a little while.",
  "common.sessionTimeLeft": "Time left for this step: {time}",
  "common.sessionExpiring": "Less than a minute left to finish this step.",
  "common.sessionExpired": TIMED_OUT as string,

  "error.AliasExistsException":
    "This email address or phone number is already used by another account.",
  "error.CodeDeliveryFailureException":
    "We couldn't send the code. Try again later or choose another method.",
  "error.CodeMismatchException": "That code isn't right. Check it and try again.",
  "error.ConcurrentModificationException":
    "Your account was being changed at the same time. Please try again.",
  "error.DeviceKeyExistsException": "This device is already remembered.",
  "error.EnableSoftwareTokenMFAException":
    "That code didn't match your authenticator app. Enter the current code and try again.",
  "error.ExpiredCodeException": "This code has expired. Start again to get a new one.",
  "error.FeatureUnavailableInTierException": "This sign-in method isn't available for this app.",
  "error.ForbiddenException": "The request was blocked. Please try again later.",
  "error.InternalErrorException": "Something went wrong on our side. Please try again.",
  "error.InvalidEmailRoleAccessPolicyException":
    "We can't send email right now because of a configuration problem.",
  "error.InvalidLambdaResponseException": CONFIGURATION as string,
  "error.InvalidParameterException": "The request couldn't be processed. Start again.",
  "error.InvalidPasswordException": "This password doesn't meet the password requirements.",
  "error.InvalidSmsRoleAccessPolicyException": SMS_CONFIGURATION as string,
  "error.InvalidSmsRoleTrustRelationshipException": SMS_CONFIGURATION as string,
  "error.InvalidUserPoolConfigurationException": "Sign-in isn't set up correctly for this app.",
  "error.LimitExceededException": "Too many attempts.",
  "error.MFAMethodNotFoundException":
    "This verification method isn't set up for your account. Start again and choose another one.",
  "error.NotAuthorizedException": WRONG_CREDENTIALS as string,
  "error.NotAuthorizedException.expiredSession":
    "Your sign-in session has expired. Start again to continue.",
  "error.NotAuthorizedException.attemptsExceeded": TOO_MANY_ATTEMPTS as string,
  "error.OperationNotEnabledException": "This sign-in method isn't turned on for this app.",
  "error.PasswordHistoryPolicyViolationException":
    "You've used this password recently. Choose a different one.",
  "error.PasswordResetRequiredException": "You need to reset your password before you can sign in.",
  "error.RefreshTokenReuseException": "Your session has ended. Please sign in again.",
  "error.ResourceNotFoundException": "Something needed for sign-in couldn't be found. Start again.",
  "error.SoftwareTokenMFANotFoundException": "No authenticator app is set up for your account.",
  "error.TooManyFailedAttemptsException": TOO_MANY_ATTEMPTS as string,
  "error.TooManyRequestsException": "Too many requests right now.",
  "error.UnexpectedLambdaException": CONFIGURATION as string,
  "error.UnsupportedOperationException": "This isn't supported for your account.",
  "error.UserLambdaValidationException": "Sign-in was refused.",
  "error.UserLambdaValidationException.detail": "Sign-in was refused: {detail}",
  "error.UserNotConfirmedException":
    "Your account isn't confirmed yet. Confirm it before you sign in.",
  // Same text as a wrong password on purpose: the answer must not reveal whether an account exists.
  "error.UserNotFoundException": WRONG_CREDENTIALS as string,
  "error.UsernameExistsException": "An account with this username already exists.",
  "error.WebAuthnChallengeNotFoundException": "The passkey request expired. Please try again.",
  "error.WebAuthnClientMismatchException": "The passkey request came from a different app.",
  "error.WebAuthnConfigurationMissingException": "Passkeys aren't set up for this app.",
  "error.WebAuthnCredentialNotSupportedException": "This passkey isn't supported.",
  "error.WebAuthnNotEnabledException": "Passkeys aren't turned on for this app.",
  "error.WebAuthnOriginNotAllowedException": "Passkeys can't be used on this website.",
  "error.WebAuthnRelyingPartyMismatchException": "This passkey belongs to a different website.",

  "error.NetworkError": "We couldn't reach the server. Check your connection and try again.",
  "error.ProtocolError": "We received an unexpected response. Start again.",
  "error.ExpiredSession": TIMED_OUT as string,
  "error.UnknownChallenge": "This sign-in step isn't supported by this app.",
  "error.WebAuthnCancelled": "The passkey request was cancelled or timed out.",
  "error.WebAuthnUnsupported": "This browser can't use passkeys here.",
  "error.WebAuthnFailed": "Your passkey couldn't be used.",
  "error.InvalidAnswer": "That answer doesn't fit this step. Check it and try again.",
  "error.UnknownError": "Something went wrong. Please try again.",
  "error.InsecureContext":
    "Sign-in can't run on this page because it isn't served securely (https).",
};
