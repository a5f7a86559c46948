import type { LocaleArea } from "../../types";
import type { webauthn as english } from "../en/webauthn";

/** Français : connexion avec une clé d'accès. */
export const webauthn: LocaleArea<typeof english> = {
  "webauthn.title": "Se connecter avec une clé d'accès",
  "webauthn.description":
    "Utilisez votre empreinte, votre visage, le verrouillage de l'écran ou une clé de sécurité.",
  "webauthn.prompt": "Utiliser une clé d'accès",
  "webauthn.prompting": "En attente de votre clé d'accès…",
  "webauthn.retry": "Réessayer",
  "webauthn.unsupported": "Ce navigateur ne peut pas utiliser de clés d'accès ici.",
  "webauthn.otherMethod": "Choisir une autre méthode de connexion",
};
