import type { LocaleArea } from "../../types";
import type { router as english } from "../en/router";

/** Español: pantalla de reserva para pasos desconocidos. */
export const router: LocaleArea<typeof english> = {
  "router.unknownTitle": "Este paso no se puede mostrar",
  "router.unknown":
    "El inicio de sesión pidió un paso llamado {name}, que esta app no puede mostrar.",
  "router.loading": "Cargando…",
  "router.loadFailed": "No se pudo cargar este paso. Comprueba tu conexión e inténtalo de nuevo.",
  "router.retry": "Reintentar",
};
