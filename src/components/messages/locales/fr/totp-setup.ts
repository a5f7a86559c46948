import type { LocaleArea } from "../../types";
import type { totpSetup as english } from "../en/totp-setup";

/** Français : configuration de la double authentification (choix et application d'authentification). */
export const totpSetup: LocaleArea<typeof english> = {
  "mfaSetup.title": "Ajoutez une deuxième étape de connexion",
  "mfaSetup.description":
    "Votre compte exige une deuxième étape à la connexion. Choisissez comment recevoir vos codes.",
  "mfaSetup.legend": "Recevoir les codes par",
  "mfaSetup.option.SOFTWARE_TOKEN_MFA": "Application d'authentification",
  "mfaSetup.option.EMAIL_OTP": "E-mail",
  "mfaSetup.optionDescription.SOFTWARE_TOKEN_MFA":
    "Des codes fournis par une application sur votre téléphone.",
  "mfaSetup.optionDescription.EMAIL_OTP": "Des codes envoyés à votre adresse e-mail.",
  "mfaSetup.error.required": "Choisissez une option pour continuer.",
  "mfaSetup.submit": "Continuer",
  "mfaSetup.unavailableTitle": "Un numéro de téléphone est nécessaire",
  "mfaSetup.unavailable":
    "Votre compte ne peut utiliser que des codes par SMS, qui ne peuvent pas être configurés pendant la connexion. Ajoutez un numéro de téléphone à votre compte, puis reconnectez-vous.",

  "totpSetup.title": "Configurez votre application d'authentification",
  "totpSetup.instructions":
    "Scannez le code QR avec une application d'authentification ou saisissez la clé de configuration à la main. Saisissez ensuite le code affiché par l'application.",
  "totpSetup.preparing": "Préparation de votre clé de configuration…",
  "totpSetup.qrLabel": "Code QR pour ajouter {account} à une application d'authentification",
  "totpSetup.qrLoading": "Chargement du code QR…",
  "totpSetup.qrFailed":
    "Le code QR n'a pas pu être affiché. Saisissez plutôt la clé de configuration.",
  "totpSetup.secretLabel": "Clé de configuration",
  "totpSetup.copy": "Copier la clé",
  "totpSetup.copied": "Clé de configuration copiée.",
  "totpSetup.copyManual":
    "Clé de configuration sélectionnée. Appuyez sur Ctrl+C (ou ⌘C) pour la copier.",
  "totpSetup.openApp": "Ouvrir dans l'application d'authentification",
  "totpSetup.codeLabel": "Code de l'application",
  "totpSetup.codeDescription":
    "Saisissez le code à {length} chiffres que votre application affiche pour {issuer}.",
  "totpSetup.deviceNameLabel": "Nom de cet authentificateur (facultatif)",
  "totpSetup.deviceNameDescription":
    "Pour distinguer vos authentificateurs, par exemple « Téléphone pro ».",
  "totpSetup.error.required": "Saisissez le code de votre application.",
  "totpSetup.error.incomplete": "Saisissez les {length} chiffres.",
  "totpSetup.submit": "Vérifier et activer",
};
