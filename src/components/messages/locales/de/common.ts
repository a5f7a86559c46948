import type { LocaleArea } from "../../types";
import type { common as english } from "../en/common";

/** Deutsch: gemeinsame Texte und Fehlermeldungen. */
export const common: LocaleArea<typeof english> = {
  "common.submit": "Weiter",
  "common.sending": "Wird gesendet …",
  "common.restart": "Neu beginnen",
  "common.required": "Dieses Feld ist erforderlich.",
  "common.tryAgainIn": "Sie können es {time} erneut versuchen.",
  "common.tryAgainLater": "Bitte versuchen Sie es in Kürze erneut.",
  "common.sessionTimeLeft": "Verbleibende Zeit für diesen Schritt: {time}",
  "common.sessionExpiring": "Für diesen Schritt bleibt weniger als eine Minute.",
  "common.sessionExpired":
    "Die Zeit für diesen Schritt ist abgelaufen. Beginnen Sie neu, um fortzufahren.",

  "error.AliasExistsException":
    "Diese E-Mail-Adresse oder Telefonnummer wird bereits von einem anderen Konto verwendet.",
  "error.CodeDeliveryFailureException":
    "Der Code konnte nicht gesendet werden. Versuchen Sie es später erneut oder wählen Sie eine andere Methode.",
  "error.CodeMismatchException":
    "Dieser Code ist nicht richtig. Prüfen Sie ihn und versuchen Sie es erneut.",
  "error.ConcurrentModificationException":
    "Ihr Konto wurde gleichzeitig geändert. Bitte versuchen Sie es erneut.",
  "error.DeviceKeyExistsException": "Dieses Gerät ist bereits gespeichert.",
  "error.EnableSoftwareTokenMFAException":
    "Der Code passt nicht zu Ihrer Authenticator-App. Geben Sie den aktuellen Code ein und versuchen Sie es erneut.",
  "error.ExpiredCodeException":
    "Dieser Code ist abgelaufen. Beginnen Sie neu, um einen neuen Code zu erhalten.",
  "error.FeatureUnavailableInTierException":
    "Diese Anmeldemethode ist für diese App nicht verfügbar.",
  "error.ForbiddenException": "Die Anfrage wurde blockiert. Bitte versuchen Sie es später erneut.",
  "error.InternalErrorException":
    "Bei uns ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut.",
  "error.InvalidEmailRoleAccessPolicyException":
    "Wegen eines Konfigurationsproblems können gerade keine E-Mails gesendet werden.",
  "error.InvalidLambdaResponseException":
    "Die Anmeldung konnte wegen eines Konfigurationsproblems nicht abgeschlossen werden.",
  "error.InvalidParameterException":
    "Die Anfrage konnte nicht verarbeitet werden. Beginnen Sie neu.",
  "error.InvalidPasswordException": "Dieses Passwort erfüllt die Passwortanforderungen nicht.",
  "error.InvalidSmsRoleAccessPolicyException":
    "Wegen eines Konfigurationsproblems können gerade keine SMS gesendet werden.",
  "error.InvalidSmsRoleTrustRelationshipException":
    "Wegen eines Konfigurationsproblems können gerade keine SMS gesendet werden.",
  "error.InvalidUserPoolConfigurationException":
    "Die Anmeldung ist für diese App nicht richtig eingerichtet.",
  "error.LimitExceededException": "Zu viele Versuche.",
  "error.MFAMethodNotFoundException":
    "Diese Bestätigungsmethode ist für Ihr Konto nicht eingerichtet. Beginnen Sie neu und wählen Sie eine andere.",
  "error.NotAuthorizedException": "Benutzername oder Passwort ist falsch.",
  "error.NotAuthorizedException.expiredSession":
    "Ihre Anmeldesitzung ist abgelaufen. Beginnen Sie neu, um fortzufahren.",
  "error.NotAuthorizedException.attemptsExceeded": "Zu viele fehlgeschlagene Versuche.",
  "error.OperationNotEnabledException": "Diese Anmeldemethode ist für diese App nicht aktiviert.",
  "error.PasswordHistoryPolicyViolationException":
    "Sie haben dieses Passwort kürzlich verwendet. Wählen Sie ein anderes.",
  "error.PasswordResetRequiredException":
    "Sie müssen Ihr Passwort zurücksetzen, bevor Sie sich anmelden können.",
  "error.RefreshTokenReuseException": "Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.",
  "error.ResourceNotFoundException":
    "Etwas, das für die Anmeldung nötig ist, wurde nicht gefunden. Beginnen Sie neu.",
  "error.SoftwareTokenMFANotFoundException":
    "Für Ihr Konto ist keine Authenticator-App eingerichtet.",
  "error.TooManyFailedAttemptsException": "Zu viele fehlgeschlagene Versuche.",
  "error.TooManyRequestsException": "Gerade gibt es zu viele Anfragen.",
  "error.UnexpectedLambdaException":
    "Die Anmeldung konnte wegen eines Konfigurationsproblems nicht abgeschlossen werden.",
  "error.UnsupportedOperationException": "Das wird für Ihr Konto nicht unterstützt.",
  "error.UserLambdaValidationException": "Die Anmeldung wurde abgelehnt.",
  "error.UserLambdaValidationException.detail": "Die Anmeldung wurde abgelehnt: {detail}",
  "error.UserNotConfirmedException":
    "Ihr Konto ist noch nicht bestätigt. Bestätigen Sie es, bevor Sie sich anmelden.",
  "error.UserNotFoundException": "Benutzername oder Passwort ist falsch.",
  "error.UsernameExistsException": "Ein Konto mit diesem Benutzernamen existiert bereits.",
  "error.WebAuthnChallengeNotFoundException":
    "Die Passkey-Anfrage ist abgelaufen. Bitte versuchen Sie es erneut.",
  "error.WebAuthnClientMismatchException": "Die Passkey-Anfrage kam von einer anderen App.",
  "error.WebAuthnConfigurationMissingException": "Passkeys sind für diese App nicht eingerichtet.",
  "error.WebAuthnCredentialNotSupportedException": "Dieser Passkey wird nicht unterstützt.",
  "error.WebAuthnNotEnabledException": "Passkeys sind für diese App nicht aktiviert.",
  "error.WebAuthnOriginNotAllowedException":
    "Passkeys können auf dieser Website nicht verwendet werden.",
  "error.WebAuthnRelyingPartyMismatchException": "Dieser Passkey gehört zu einer anderen Website.",

  "error.NetworkError":
    "Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
  "error.ProtocolError": "Wir haben eine unerwartete Antwort erhalten. Beginnen Sie neu.",
  "error.ExpiredSession":
    "Die Zeit für diesen Schritt ist abgelaufen. Beginnen Sie neu, um fortzufahren.",
  "error.UnknownChallenge": "Dieser Anmeldeschritt wird von dieser App nicht unterstützt.",
  "error.WebAuthnCancelled": "Die Passkey-Anfrage wurde abgebrochen oder ist abgelaufen.",
  "error.WebAuthnUnsupported": "Dieser Browser kann hier keine Passkeys verwenden.",
  "error.WebAuthnFailed": "Ihr Passkey konnte nicht verwendet werden.",
  "error.InvalidAnswer":
    "Diese Antwort passt nicht zu diesem Schritt. Prüfen Sie sie und versuchen Sie es erneut.",
  "error.UnknownError": "Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.",
  "error.InsecureContext":
    "Die Anmeldung ist auf dieser Seite nicht möglich, weil sie nicht sicher (über https) bereitgestellt wird.",
};
