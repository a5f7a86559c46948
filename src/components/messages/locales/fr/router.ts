import type { LocaleArea } from "../../types";
import type { router as english } from "../en/router";

/** Français : affichage de secours pour les étapes inconnues. */
export const router: LocaleArea<typeof english> = {
  "router.unknownTitle": "Cette étape ne peut pas être affichée",
  "router.unknown":
    "La connexion demande une étape nommée {name}, que cette application ne peut pas afficher.",
  "router.loading": "Chargement…",
  "router.loadFailed":
    "Cette étape n'a pas pu être chargée. Vérifiez votre connexion et réessayez.",
  "router.retry": "Réessayer",
};
