import type { LocaleArea } from "../../types";
import type { totpSetup as english } from "../en/totp-setup";

/** Español: configurar la verificación en dos pasos (elección y app de autenticación). */
export const totpSetup: LocaleArea<typeof english> = {
  "mfaSetup.title": "Añade un segundo paso al iniciar sesión",
  "mfaSetup.description":
    "Tu cuenta necesita un segundo paso al iniciar sesión. Elige cómo quieres recibir tus códigos.",
  "mfaSetup.legend": "Recibir códigos por",
  "mfaSetup.option.SOFTWARE_TOKEN_MFA": "App de autenticación",
  "mfaSetup.option.EMAIL_OTP": "Correo electrónico",
  "mfaSetup.optionDescription.SOFTWARE_TOKEN_MFA": "Códigos de una app en tu teléfono.",
  "mfaSetup.optionDescription.EMAIL_OTP": "Códigos enviados a tu dirección de correo.",
  "mfaSetup.error.required": "Elige una opción para continuar.",
  "mfaSetup.submit": "Continuar",
  "mfaSetup.unavailableTitle": "Se necesita un número de teléfono",
  "mfaSetup.unavailable":
    "Tu cuenta solo puede usar códigos por SMS y no se pueden configurar mientras inicias sesión. Añade un número de teléfono a tu cuenta y vuelve a iniciar sesión.",

  "totpSetup.title": "Configura tu app de autenticación",
  "totpSetup.instructions":
    "Escanea el código QR con una app de autenticación o escribe la clave de configuración a mano. Después, introduce el código que muestra la app.",
  "totpSetup.preparing": "Preparando tu clave de configuración…",
  "totpSetup.qrLabel": "Código QR para añadir {account} a una app de autenticación",
  "totpSetup.qrLoading": "Cargando el código QR…",
  "totpSetup.qrFailed":
    "No se pudo mostrar el código QR. Introduce la clave de configuración en su lugar.",
  "totpSetup.secretLabel": "Clave de configuración",
  "totpSetup.copy": "Copiar clave",
  "totpSetup.copied": "Clave de configuración copiada.",
  "totpSetup.copyManual": "Clave de configuración seleccionada. Pulsa Ctrl+C (o ⌘C) para copiarla.",
  "totpSetup.openApp": "Abrir en la app de autenticación",
  "totpSetup.codeLabel": "Código de la app",
  "totpSetup.codeDescription":
    "Introduce el código de {length} dígitos que muestra tu app para {issuer}.",
  "totpSetup.deviceNameLabel": "Nombre de este autenticador (opcional)",
  "totpSetup.deviceNameDescription":
    "Te ayuda a distinguir tus autenticadores, por ejemplo «Móvil del trabajo».",
  "totpSetup.error.required": "Introduce el código de tu app.",
  "totpSetup.error.incomplete": "Introduce los {length} dígitos.",
  "totpSetup.submit": "Verificar y activar",
};
