import type { LocaleArea } from "../../types";
import type { password as english } from "../en/password";

/** Français : mot de passe. */
export const password: LocaleArea<typeof english> = {
  "password.title": "Saisissez votre mot de passe",
  "password.description": "Saisissez le mot de passe de votre compte pour continuer.",
  "password.label": "Mot de passe",
  "password.toggle": "Afficher le mot de passe",
  "password.error.required": "Saisissez votre mot de passe.",
  "password.submit": "Se connecter",
};
