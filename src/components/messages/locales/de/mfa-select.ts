import type { LocaleArea } from "../../types";
import type { mfaSelect as english } from "../en/mfa-select";

/** Deutsch: Methodenauswahl. */
export const mfaSelect: LocaleArea<typeof english> = {
  "mfaSelect.title.SELECT_MFA_TYPE": "Wählen Sie, wie Sie sich bestätigen",
  "mfaSelect.title.SELECT_CHALLENGE": "Wählen Sie, wie Sie sich anmelden",
  "mfaSelect.legend.SELECT_MFA_TYPE": "Bestätigungsmethode",
  "mfaSelect.legend.SELECT_CHALLENGE": "Anmeldemethode",
  "mfaSelect.option.SMS_MFA": "SMS",
  "mfaSelect.option.SOFTWARE_TOKEN_MFA": "Authenticator-App",
  "mfaSelect.option.EMAIL_OTP": "E-Mail",
  "mfaSelect.option.SMS_OTP": "SMS",
  "mfaSelect.option.PASSWORD": "Passwort",
  "mfaSelect.option.WEB_AUTHN": "Passkey",
  "mfaSelect.optionDescription.SMS_MFA": "Einen Code auf Ihr Telefon erhalten.",
  "mfaSelect.optionDescription.SOFTWARE_TOKEN_MFA":
    "Den Code aus Ihrer Authenticator-App verwenden.",
  "mfaSelect.optionDescription.EMAIL_OTP": "Einen Code per E-Mail erhalten.",
  "mfaSelect.optionDescription.SMS_OTP": "Einen Code auf Ihr Telefon erhalten.",
  "mfaSelect.optionDescription.PASSWORD": "Mit Ihrem Passwort anmelden.",
  "mfaSelect.optionDescription.WEB_AUTHN":
    "Fingerabdruck, Gesichtserkennung oder Bildschirmsperre verwenden.",
  "mfaSelect.error.required": "Wählen Sie eine Option, um fortzufahren.",
  "mfaSelect.empty":
    "Für Ihr Konto ist keine Methode verfügbar. Beginnen Sie neu oder wenden Sie sich an den Support.",
  "mfaSelect.submit": "Weiter",
};
