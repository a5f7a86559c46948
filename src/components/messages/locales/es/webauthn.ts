import type { LocaleArea } from "../../types";
import type { webauthn as english } from "../en/webauthn";

/** Español: iniciar sesión con una llave de acceso. */
export const webauthn: LocaleArea<typeof english> = {
  "webauthn.title": "Inicia sesión con una llave de acceso",
  "webauthn.description":
    "Usa tu huella, tu cara, el bloqueo de pantalla o una llave de seguridad.",
  "webauthn.prompt": "Usar llave de acceso",
  "webauthn.prompting": "Esperando tu llave de acceso…",
  "webauthn.retry": "Reintentar",
  "webauthn.unsupported": "Este navegador no puede usar llaves de acceso aquí.",
  "webauthn.otherMethod": "Elegir otra forma de iniciar sesión",
};
