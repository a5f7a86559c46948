import type { LocaleArea } from "../../types";
import type { otp as english } from "../en/otp";

/** Français : code à usage unique. */
export const otp: LocaleArea<typeof english> = {
  "otp.title.SMS_MFA": "Saisissez le code reçu par SMS",
  "otp.title.SMS_OTP": "Saisissez le code reçu par SMS",
  "otp.title.EMAIL_OTP": "Consultez vos e-mails",
  "otp.title.SOFTWARE_TOKEN_MFA": "Saisissez le code de votre application d’authentification",
  "otp.description.SMS": "Nous avons envoyé un code à {length} chiffres par SMS au {destination}.",
  "otp.description.EMAIL":
    "Nous avons envoyé un code à {length} chiffres par e-mail à {destination}.",
  "otp.description.other": "Nous avons envoyé un code à {length} chiffres à {destination}.",
  "otp.description.unknown": "Nous vous avons envoyé un code à {length} chiffres.",
  "otp.description.totp":
    "Saisissez le code à {length} chiffres de votre application d’authentification.",
  "otp.description.totpDevice": "Saisissez le code à {length} chiffres affiché par {device}.",
  "otp.label": "Code de vérification",
  "otp.status": "{count} chiffres saisis sur {length}",
  "otp.error.required": "Saisissez le code.",
  "otp.error.incomplete": "Saisissez les {length} chiffres.",
  "otp.submit": "Vérifier",
  "otp.resend": "Envoyer un nouveau code",
  "otp.resendCooldown": "Vous pourrez demander un nouveau code {time}.",
  "otp.resendHint":
    "Un nouveau code relance la connexion depuis le début. Votre nom d’utilisateur est conservé.",
};
