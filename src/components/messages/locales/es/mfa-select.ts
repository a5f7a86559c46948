import type { LocaleArea } from "../../types";
import type { mfaSelect as english } from "../en/mfa-select";

/** Español: elección de método. */
export const mfaSelect: LocaleArea<typeof english> = {
  "mfaSelect.title.SELECT_MFA_TYPE": "Elige cómo confirmar que eres tú",
  "mfaSelect.title.SELECT_CHALLENGE": "Elige cómo iniciar sesión",
  "mfaSelect.legend.SELECT_MFA_TYPE": "Método de verificación",
  "mfaSelect.legend.SELECT_CHALLENGE": "Método de inicio de sesión",
  "mfaSelect.option.SMS_MFA": "Mensaje de texto",
  "mfaSelect.option.SOFTWARE_TOKEN_MFA": "Aplicación de autenticación",
  "mfaSelect.option.EMAIL_OTP": "Correo electrónico",
  "mfaSelect.option.SMS_OTP": "Mensaje de texto",
  "mfaSelect.option.PASSWORD": "Contraseña",
  "mfaSelect.option.WEB_AUTHN": "Llave de acceso",
  "mfaSelect.optionDescription.SMS_MFA": "Recibe un código en tu teléfono.",
  "mfaSelect.optionDescription.SOFTWARE_TOKEN_MFA":
    "Usa el código de tu aplicación de autenticación.",
  "mfaSelect.optionDescription.EMAIL_OTP": "Recibe un código por correo.",
  "mfaSelect.optionDescription.SMS_OTP": "Recibe un código en tu teléfono.",
  "mfaSelect.optionDescription.PASSWORD": "Inicia sesión con tu contraseña.",
  "mfaSelect.optionDescription.WEB_AUTHN": "Usa tu huella, tu cara o el bloqueo de pantalla.",
  "mfaSelect.error.required": "Elige una opción para continuar.",
  "mfaSelect.empty":
    "No hay ningún método disponible para tu cuenta. Empieza de nuevo o contacta con soporte.",
  "mfaSelect.submit": "Continuar",
};
