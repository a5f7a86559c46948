import type { LocaleArea } from "../../types";
import type { signIn as english } from "../en/sign-in";

/** Español: formulario de inicio de sesión y resultado. */
export const signIn: LocaleArea<typeof english> = {
  "signIn.title": "Iniciar sesión",
  "signIn.username": "Nombre de usuario",
  "signIn.password": "Contraseña",
  "signIn.showPassword": "Mostrar contraseña",
  "signIn.error.usernameRequired": "Introduce tu nombre de usuario.",
  "signIn.error.passwordRequired": "Introduce tu contraseña.",
  "signIn.submit": "Iniciar sesión",
  "signIn.passkey": "Iniciar sesión con una llave de acceso",
  "signIn.signedInTitle": "Has iniciado sesión",
  "signIn.failedTitle": "No se pudo iniciar sesión",
};
