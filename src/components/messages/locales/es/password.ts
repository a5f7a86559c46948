import type { LocaleArea } from "../../types";
import type { password as english } from "../en/password";

/** Español: contraseña. */
export const password: LocaleArea<typeof english> = {
  "password.title": "Introduce tu contraseña",
  "password.description": "Introduce la contraseña de tu cuenta para continuar.",
  "password.label": "Contraseña",
  "password.toggle": "Mostrar contraseña",
  "password.error.required": "Introduce tu contraseña.",
  "password.submit": "Iniciar sesión",
};
