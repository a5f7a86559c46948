import type { LocaleArea } from "../../types";
import type { otp as english } from "../en/otp";

/** Deutsch: Einmalcode. */
export const otp: LocaleArea<typeof english> = {
  "otp.title.SMS_MFA": "Geben Sie den Code aus der SMS ein",
  "otp.title.SMS_OTP": "Geben Sie den Code aus der SMS ein",
  "otp.title.EMAIL_OTP": "Prüfen Sie Ihre E-Mails",
  "otp.title.SOFTWARE_TOKEN_MFA": "Geben Sie Ihren Authenticator-Code ein",
  "otp.description.SMS":
    "Wir haben einen {length}-stelligen Code per SMS an {destination} gesendet.",
  "otp.description.EMAIL":
    "Wir haben einen {length}-stelligen Code per E-Mail an {destination} gesendet.",
  "otp.description.other": "Wir haben einen {length}-stelligen Code an {destination} gesendet.",
  "otp.description.unknown": "Wir haben Ihnen einen {length}-stelligen Code gesendet.",
  "otp.description.totp": "Geben Sie den {length}-stelligen Code aus Ihrer Authenticator-App ein.",
  "otp.description.totpDevice": "Geben Sie den {length}-stelligen Code aus {device} ein.",
  "otp.label": "Bestätigungscode",
  "otp.status": "{count} von {length} Ziffern eingegeben",
  "otp.error.required": "Geben Sie den Code ein.",
  "otp.error.incomplete": "Geben Sie alle {length} Ziffern ein.",
  "otp.submit": "Bestätigen",
  "otp.resend": "Neuen Code senden",
  "otp.resendCooldown": "Sie können {time} einen neuen Code anfordern.",
  "otp.resendHint":
    "Für einen neuen Code beginnt die Anmeldung von vorn. Ihr Benutzername bleibt erhalten.",
};
