import type { LocaleArea } from "../../types";
import type { router as english } from "../en/router";

/** Deutsch: Ersatzanzeige für unbekannte Schritte. */
export const router: LocaleArea<typeof english> = {
  "router.unknownTitle": "Dieser Schritt kann nicht angezeigt werden",
  "router.unknown":
    "Die Anmeldung verlangt einen Schritt namens {name}, den diese App nicht anzeigen kann.",
  "router.loading": "Wird geladen …",
  "router.loadFailed":
    "Dieser Schritt konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
  "router.retry": "Erneut versuchen",
};
