import type { LocaleArea } from "../../types";
import type { common as english } from "../en/common";

/** Español: textos comunes y mensajes de error. */
export const common: LocaleArea<typeof english> = {
  "common.submit": "Continuar",
  "common.sending": "Enviando…",
  "common.restart": "Empezar de nuevo",
  "common.required": "Este campo es obligatorio.",
  "common.tryAgainIn": "Podrás volver a intentarlo {time}.",
  "common.tryAgainLater": "Vuelve a intentarlo dentro de un rato.",
  "common.sessionTimeLeft": "Tiempo restante para este paso: {time}",
  "common.sessionExpiring": "Queda menos de un minuto para completar este paso.",
  "common.sessionExpired": "Se acabó el tiempo de este paso. Empieza de nuevo para continuar.",

  "error.AliasExistsException":
    "Esta dirección de correo o este número de teléfono ya los usa otra cuenta.",
  "error.CodeDeliveryFailureException":
    "No hemos podido enviar el código. Inténtalo más tarde o elige otro método.",
  "error.CodeMismatchException": "Ese código no es correcto. Revísalo y vuelve a intentarlo.",
  "error.ConcurrentModificationException":
    "Tu cuenta se estaba modificando al mismo tiempo. Vuelve a intentarlo.",
  "error.DeviceKeyExistsException": "Este dispositivo ya está recordado.",
  "error.EnableSoftwareTokenMFAException":
    "Ese código no coincide con tu aplicación de autenticación. Introduce el código actual y vuelve a intentarlo.",
  "error.ExpiredCodeException": "Este código ha caducado. Empieza de nuevo para recibir otro.",
  "error.FeatureUnavailableInTierException":
    "Este método de inicio de sesión no está disponible para esta aplicación.",
  "error.ForbiddenException": "La solicitud se ha bloqueado. Inténtalo más tarde.",
  "error.InternalErrorException": "Algo ha fallado por nuestra parte. Vuelve a intentarlo.",
  "error.InvalidEmailRoleAccessPolicyException":
    "Ahora no podemos enviar correos por un problema de configuración.",
  "error.InvalidLambdaResponseException":
    "No se ha podido completar el inicio de sesión por un problema de configuración.",
  "error.InvalidParameterException": "No se ha podido procesar la solicitud. Empieza de nuevo.",
  "error.InvalidPasswordException": "Esta contraseña no cumple los requisitos de contraseña.",
  "error.InvalidSmsRoleAccessPolicyException":
    "Ahora no podemos enviar SMS por un problema de configuración.",
  "error.InvalidSmsRoleTrustRelationshipException":
    "Ahora no podemos enviar SMS por un problema de configuración.",
  "error.InvalidUserPoolConfigurationException":
    "El inicio de sesión no está bien configurado para esta aplicación.",
  "error.LimitExceededException": "Demasiados intentos.",
  "error.MFAMethodNotFoundException":
    "Este método de verificación no está configurado en tu cuenta. Empieza de nuevo y elige otro.",
  "error.NotAuthorizedException": "Nombre de usuario o contraseña incorrectos.",
  "error.NotAuthorizedException.expiredSession":
    "Tu sesión de inicio ha caducado. Empieza de nuevo para continuar.",
  "error.NotAuthorizedException.attemptsExceeded": "Demasiados intentos fallidos.",
  "error.OperationNotEnabledException":
    "Este método de inicio de sesión no está activado en esta aplicación.",
  "error.PasswordHistoryPolicyViolationException":
    "Has usado esta contraseña hace poco. Elige otra distinta.",
  "error.PasswordResetRequiredException":
    "Tienes que restablecer tu contraseña antes de iniciar sesión.",
  "error.RefreshTokenReuseException": "Tu sesión ha terminado. Vuelve a iniciar sesión.",
  "error.ResourceNotFoundException":
    "No se ha encontrado algo necesario para iniciar sesión. Empieza de nuevo.",
  "error.SoftwareTokenMFANotFoundException":
    "Tu cuenta no tiene ninguna aplicación de autenticación configurada.",
  "error.TooManyFailedAttemptsException": "Demasiados intentos fallidos.",
  "error.TooManyRequestsException": "Hay demasiadas solicitudes en este momento.",
  "error.UnexpectedLambdaException":
    "No se ha podido completar el inicio de sesión por un problema de configuración.",
  "error.UnsupportedOperationException": "Esto no está disponible para tu cuenta.",
  "error.UserLambdaValidationException": "Se ha rechazado el inicio de sesión.",
  "error.UserLambdaValidationException.detail": "Se ha rechazado el inicio de sesión: {detail}",
  "error.UserNotConfirmedException":
    "Tu cuenta aún no está confirmada. Confírmala antes de iniciar sesión.",
  "error.UserNotFoundException": "Nombre de usuario o contraseña incorrectos.",
  "error.UsernameExistsException": "Ya existe una cuenta con este nombre de usuario.",
  "error.WebAuthnChallengeNotFoundException":
    "La solicitud de llave de acceso ha caducado. Vuelve a intentarlo.",
  "error.WebAuthnClientMismatchException":
    "La solicitud de llave de acceso procede de otra aplicación.",
  "error.WebAuthnConfigurationMissingException":
    "Las llaves de acceso no están configuradas para esta aplicación.",
  "error.WebAuthnCredentialNotSupportedException": "Esta llave de acceso no es compatible.",
  "error.WebAuthnNotEnabledException":
    "Las llaves de acceso no están activadas en esta aplicación.",
  "error.WebAuthnOriginNotAllowedException":
    "No se pueden usar llaves de acceso en este sitio web.",
  "error.WebAuthnRelyingPartyMismatchException": "Esta llave de acceso pertenece a otro sitio web.",

  "error.NetworkError":
    "No hemos podido conectar con el servidor. Comprueba tu conexión y vuelve a intentarlo.",
  "error.ProtocolError": "Hemos recibido una respuesta inesperada. Empieza de nuevo.",
  "error.ExpiredSession": "Se acabó el tiempo de este paso. Empieza de nuevo para continuar.",
  "error.UnknownChallenge": "Esta aplicación no admite este paso de inicio de sesión.",
  "error.WebAuthnCancelled": "La solicitud de llave de acceso se canceló o caducó.",
  "error.WebAuthnUnsupported": "Este navegador no puede usar llaves de acceso aquí.",
  "error.WebAuthnFailed": "No se ha podido usar tu llave de acceso.",
  "error.InvalidAnswer":
    "Esa respuesta no corresponde a este paso. Revísala y vuelve a intentarlo.",
  "error.UnknownError": "Algo ha fallado. Vuelve a intentarlo.",
  "error.InsecureContext":
    "No se puede iniciar sesión en esta página porque no se sirve de forma segura (https).",
};
