import type { LocaleArea } from "../../types";
import type { password as english } from "../en/password";

/** Deutsch: Passwort. */
export const password: LocaleArea<typeof english> = {
  "password.title": "Geben Sie Ihr Passwort ein",
  "password.description": "Geben Sie das Passwort Ihres Kontos ein, um fortzufahren.",
  "password.label": "Passwort",
  "password.toggle": "Passwort anzeigen",
  "password.error.required": "Geben Sie Ihr Passwort ein.",
  "password.submit": "Anmelden",
};
