import type { LocaleArea } from "../../types";
import type { emailSetup as english } from "../en/email-setup";

/** Español: configurar códigos por correo electrónico. */
export const emailSetup: LocaleArea<typeof english> = {
  "emailSetup.title": "Configura los códigos por correo",
  "emailSetup.description":
    "Introduce la dirección de correo donde quieres recibir tus códigos de inicio de sesión. Te enviaremos un código para comprobarla.",
  "emailSetup.label": "Correo electrónico",
  "emailSetup.error.required": "Introduce tu dirección de correo.",
  "emailSetup.error.invalid": "Introduce una dirección de correo como nombre@example.com.",
  "emailSetup.submit": "Enviar código",
};
