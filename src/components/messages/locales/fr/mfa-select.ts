import type { LocaleArea } from "../../types";
import type { mfaSelect as english } from "../en/mfa-select";

/** Français : choix de la méthode. */
export const mfaSelect: LocaleArea<typeof english> = {
  "mfaSelect.title.SELECT_MFA_TYPE": "Choisissez comment confirmer votre identité",
  "mfaSelect.title.SELECT_CHALLENGE": "Choisissez comment vous connecter",
  "mfaSelect.legend.SELECT_MFA_TYPE": "Méthode de vérification",
  "mfaSelect.legend.SELECT_CHALLENGE": "Méthode de connexion",
  "mfaSelect.option.SMS_MFA": "SMS",
  "mfaSelect.option.SOFTWARE_TOKEN_MFA": "Application d’authentification",
  "mfaSelect.option.EMAIL_OTP": "E-mail",
  "mfaSelect.option.SMS_OTP": "SMS",
  "mfaSelect.option.PASSWORD": "Mot de passe",
  "mfaSelect.option.WEB_AUTHN": "Clé d’accès",
  "mfaSelect.optionDescription.SMS_MFA": "Recevoir un code sur votre téléphone.",
  "mfaSelect.optionDescription.SOFTWARE_TOKEN_MFA":
    "Utiliser le code de votre application d’authentification.",
  "mfaSelect.optionDescription.EMAIL_OTP": "Recevoir un code par e-mail.",
  "mfaSelect.optionDescription.SMS_OTP": "Recevoir un code sur votre téléphone.",
  "mfaSelect.optionDescription.PASSWORD": "Se connecter avec votre mot de passe.",
  "mfaSelect.optionDescription.WEB_AUTHN":
    "Utiliser votre empreinte, votre visage ou le verrouillage de l’écran.",
  "mfaSelect.error.required": "Choisissez une option pour continuer.",
  "mfaSelect.empty":
    "Aucune méthode n’est disponible pour votre compte. Recommencez ou contactez l’assistance.",
  "mfaSelect.submit": "Continuer",
};
