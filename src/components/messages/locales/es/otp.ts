import type { LocaleArea } from "../../types";
import type { otp as english } from "../en/otp";

/** Español: código de un solo uso. */
export const otp: LocaleArea<typeof english> = {
  "otp.title.SMS_MFA": "Introduce el código que te enviamos por SMS",
  "otp.title.SMS_OTP": "Introduce el código que te enviamos por SMS",
  "otp.title.EMAIL_OTP": "Revisa tu correo",
  "otp.title.SOFTWARE_TOKEN_MFA": "Introduce el código de tu aplicación de autenticación",
  "otp.description.SMS": "Hemos enviado un código de {length} dígitos por SMS a {destination}.",
  "otp.description.EMAIL":
    "Hemos enviado un código de {length} dígitos por correo a {destination}.",
  "otp.description.other": "Hemos enviado un código de {length} dígitos a {destination}.",
  "otp.description.unknown": "Te hemos enviado un código de {length} dígitos.",
  "otp.description.totp":
    "Introduce el código de {length} dígitos de tu aplicación de autenticación.",
  "otp.description.totpDevice": "Introduce el código de {length} dígitos que muestra {device}.",
  "otp.label": "Código de verificación",
  "otp.status": "{count} de {length} dígitos introducidos",
  "otp.error.required": "Introduce el código.",
  "otp.error.incomplete": "Introduce los {length} dígitos.",
  "otp.submit": "Verificar",
  "otp.resend": "Enviar un código nuevo",
  "otp.resendCooldown": "Podrás pedir un código nuevo {time}.",
  "otp.resendHint":
    "Pedir un código nuevo reinicia el inicio de sesión. Se conserva tu nombre de usuario.",
};
