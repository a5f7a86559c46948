import type { LocaleArea } from "../../types";
import type { rememberDevice as english } from "../en/remember-device";

/** Français : mémoriser l'appareil. */
export const rememberDevice: LocaleArea<typeof english> = {
  "rememberDevice.title": "Mémoriser cet appareil ?",
  "rememberDevice.description":
    "Si vous le mémorisez, aucun code de vérification ne vous sera peut-être demandé lors de votre prochaine connexion ici. Ne mémorisez pas un appareil partagé ou public.",
  "rememberDevice.remember": "Mémoriser cet appareil",
  "rememberDevice.dontRemember": "Pas maintenant",
};
