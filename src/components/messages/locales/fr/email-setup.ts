import type { LocaleArea } from "../../types";
import type { emailSetup as english } from "../en/email-setup";

/** Français : configuration des codes par e-mail. */
export const emailSetup: LocaleArea<typeof english> = {
  "emailSetup.title": "Configurez les codes par e-mail",
  "emailSetup.description":
    "Saisissez l'adresse e-mail où recevoir vos codes de connexion. Nous enverrons un code pour la vérifier.",
  "emailSetup.label": "Adresse e-mail",
  "emailSetup.error.required": "Saisissez votre adresse e-mail.",
  "emailSetup.error.invalid": "Saisissez une adresse e-mail comme nom@example.com.",
  "emailSetup.submit": "Envoyer le code",
};
