import type { LocaleArea } from "../../types";
import type { signIn as english } from "../en/sign-in";

/** Français : formulaire de connexion et résultat. */
export const signIn: LocaleArea<typeof english> = {
  "signIn.title": "Connexion",
  "signIn.username": "Nom d'utilisateur",
  "signIn.password": "Mot de passe",
  "signIn.showPassword": "Afficher le mot de passe",
  "signIn.error.usernameRequired": "Saisissez votre nom d'utilisateur.",
  "signIn.error.passwordRequired": "Saisissez votre mot de passe.",
  "signIn.submit": "Se connecter",
  "signIn.passkey": "Se connecter avec une clé d'accès",
  "signIn.signedInTitle": "Vous êtes connecté",
  "signIn.failedTitle": "La connexion a échoué",
};
