import type { LocaleArea } from "../../types";
import type { router as english } from "../en/router";

/** Español: pantalla de reserva para pasos desconocidos. */
export const router: LocaleArea<typeof english> = {
  "router.unknownTitle": "Este paso no se puede mostrar",
  "router.unknown":
    "El inicio de sesión pidió un paso llamado {name}, que esta app no puede mostrar.",
};
