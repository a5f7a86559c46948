import type { LocaleArea } from "../../types";
import type { emailSetup as english } from "../en/email-setup";

/** Deutsch: Codes per E-Mail einrichten. */
export const emailSetup: LocaleArea<typeof english> = {
  "emailSetup.title": "Codes per E-Mail einrichten",
  "emailSetup.description":
    "Geben Sie die E-Mail-Adresse ein, an die Ihre Anmeldecodes gehen sollen. Wir senden einen Code, um sie zu prüfen.",
  "emailSetup.label": "E-Mail-Adresse",
  "emailSetup.error.required": "Geben Sie Ihre E-Mail-Adresse ein.",
  "emailSetup.error.invalid": "Geben Sie eine E-Mail-Adresse wie name@example.com ein.",
  "emailSetup.submit": "Code senden",
};
