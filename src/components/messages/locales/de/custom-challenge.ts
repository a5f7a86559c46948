import type { LocaleArea } from "../../types";
import type { customChallenge as english } from "../en/custom-challenge";

/** Deutsch: benutzerdefinierte Abfrage. */
export const customChallenge: LocaleArea<typeof english> = {
  "customChallenge.title": "Antworten Sie, um fortzufahren",
  "customChallenge.parameters": "Angaben zur Abfrage",
  "customChallenge.label": "Ihre Antwort",
  "customChallenge.error.required": "Geben Sie Ihre Antwort ein.",
  "customChallenge.submit": "Weiter",
};
