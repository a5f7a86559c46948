import type { LocaleArea } from "../../types";
import type { customChallenge as english } from "../en/custom-challenge";

/** Français : défi personnalisé. */
export const customChallenge: LocaleArea<typeof english> = {
  "customChallenge.title": "Répondez pour continuer",
  "customChallenge.parameters": "Détails du défi",
  "customChallenge.label": "Votre réponse",
  "customChallenge.error.required": "Saisissez votre réponse.",
  "customChallenge.submit": "Continuer",
};
