import type { LocaleArea } from "../../types";
import type { rememberDevice as english } from "../en/remember-device";

/** Español: recordar el dispositivo. */
export const rememberDevice: LocaleArea<typeof english> = {
  "rememberDevice.title": "¿Recordar este dispositivo?",
  "rememberDevice.description":
    "Si lo recuerdas, es posible que no te pidamos un código de verificación la próxima vez que inicies sesión aquí. No recuerdes un dispositivo compartido o público.",
  "rememberDevice.remember": "Recordar este dispositivo",
  "rememberDevice.dontRemember": "Ahora no",
};
