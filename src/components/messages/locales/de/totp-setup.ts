import type { LocaleArea } from "../../types";
import type { totpSetup as english } from "../en/totp-setup";

/** Deutsch: MFA einrichten (Auswahl und Authenticator-App). */
export const totpSetup: LocaleArea<typeof english> = {
  "mfaSetup.title": "Zweiten Anmeldeschritt hinzufügen",
  "mfaSetup.description":
    "Ihr Konto braucht bei der Anmeldung einen zweiten Schritt. Wählen Sie, wie Sie Ihre Codes erhalten möchten.",
  "mfaSetup.legend": "Codes erhalten per",
  "mfaSetup.option.SOFTWARE_TOKEN_MFA": "Authenticator-App",
  "mfaSetup.option.EMAIL_OTP": "E-Mail",
  "mfaSetup.optionDescription.SOFTWARE_TOKEN_MFA": "Codes aus einer App auf Ihrem Telefon.",
  "mfaSetup.optionDescription.EMAIL_OTP": "Codes an Ihre E-Mail-Adresse.",
  "mfaSetup.error.required": "Wählen Sie eine Möglichkeit aus.",
  "mfaSetup.submit": "Weiter",
  "mfaSetup.unavailableTitle": "Eine Telefonnummer wird benötigt",
  "mfaSetup.unavailable":
    "Ihr Konto kann nur Codes per SMS verwenden, und diese lassen sich nicht während der Anmeldung einrichten. Fügen Sie Ihrem Konto eine Telefonnummer hinzu und melden Sie sich dann erneut an.",

  "totpSetup.title": "Authenticator-App einrichten",
  "totpSetup.instructions":
    "Scannen Sie den QR-Code mit einer Authenticator-App oder geben Sie den Einrichtungsschlüssel von Hand ein. Geben Sie dann den Code ein, den die App anzeigt.",
  "totpSetup.preparing": "Ihr Einrichtungsschlüssel wird vorbereitet …",
  "totpSetup.qrLabel": "QR-Code, um {account} zu einer Authenticator-App hinzuzufügen",
  "totpSetup.qrLoading": "QR-Code wird geladen …",
  "totpSetup.qrFailed":
    "Der QR-Code konnte nicht angezeigt werden. Geben Sie stattdessen den Einrichtungsschlüssel ein.",
  "totpSetup.secretLabel": "Einrichtungsschlüssel",
  "totpSetup.copy": "Schlüssel kopieren",
  "totpSetup.copied": "Einrichtungsschlüssel kopiert.",
  "totpSetup.copyManual":
    "Einrichtungsschlüssel markiert. Drücken Sie Strg+C (oder ⌘C), um ihn zu kopieren.",
  "totpSetup.openApp": "In Authenticator-App öffnen",
  "totpSetup.codeLabel": "Code aus der App",
  "totpSetup.codeDescription":
    "Geben Sie den {length}-stelligen Code ein, den Ihre App für {issuer} anzeigt.",
  "totpSetup.deviceNameLabel": "Name für diesen Authenticator (optional)",
  "totpSetup.deviceNameDescription":
    "Damit Sie Ihre Authenticatoren unterscheiden können, z. B. „Diensthandy“.",
  "totpSetup.error.required": "Geben Sie den Code aus Ihrer App ein.",
  "totpSetup.error.incomplete": "Geben Sie alle {length} Ziffern ein.",
  "totpSetup.submit": "Bestätigen und aktivieren",
};
