import type { LocaleArea } from "../../types";
import type { common as english } from "../en/common";

/** Français : textes communs et messages d’erreur. */
export const common: LocaleArea<typeof english> = {
  "common.submit": "Continuer",
  "common.sending": "Envoi en cours…",
  "common.restart": "Recommencer",
  "common.required": "Ce champ est obligatoire.",
  "common.tryAgainIn": "Vous pourrez réessayer {time}.",
  "common.tryAgainLater": "Veuillez réessayer dans quelques instants.",
  "common.sessionTimeLeft": "Temps restant pour cette étape : {time}",
  "common.sessionExpiring": "Il reste moins d’une minute pour terminer cette étape.",
  "common.sessionExpired": "Le temps de cette étape est écoulé. Recommencez pour continuer.",

  "error.AliasExistsException":
    "Cette adresse e-mail ou ce numéro de téléphone est déjà utilisé par un autre compte.",
  "error.CodeDeliveryFailureException":
    "Nous n’avons pas pu envoyer le code. Réessayez plus tard ou choisissez une autre méthode.",
  "error.CodeMismatchException": "Ce code est incorrect. Vérifiez-le et réessayez.",
  "error.ConcurrentModificationException":
    "Votre compte était modifié au même moment. Veuillez réessayer.",
  "error.DeviceKeyExistsException": "Cet appareil est déjà mémorisé.",
  "error.EnableSoftwareTokenMFAException":
    "Ce code ne correspond pas à votre application d’authentification. Saisissez le code actuel et réessayez.",
  "error.ExpiredCodeException": "Ce code a expiré. Recommencez pour en recevoir un nouveau.",
  "error.FeatureUnavailableInTierException":
    "Cette méthode de connexion n’est pas disponible pour cette application.",
  "error.ForbiddenException": "La demande a été bloquée. Veuillez réessayer plus tard.",
  "error.InternalErrorException": "Un problème est survenu de notre côté. Veuillez réessayer.",
  "error.InvalidEmailRoleAccessPolicyException":
    "Impossible d’envoyer des e-mails pour le moment en raison d’un problème de configuration.",
  "error.InvalidLambdaResponseException":
    "La connexion n’a pas pu aboutir en raison d’un problème de configuration.",
  "error.InvalidParameterException": "La demande n’a pas pu être traitée. Recommencez.",
  "error.InvalidPasswordException": "Ce mot de passe ne respecte pas les exigences.",
  "error.InvalidSmsRoleAccessPolicyException":
    "Impossible d’envoyer des SMS pour le moment en raison d’un problème de configuration.",
  "error.InvalidSmsRoleTrustRelationshipException":
    "Impossible d’envoyer des SMS pour le moment en raison d’un problème de configuration.",
  "error.InvalidUserPoolConfigurationException":
    "La connexion n’est pas correctement configurée pour cette application.",
  "error.LimitExceededException": "Trop de tentatives.",
  "error.MFAMethodNotFoundException":
    "Cette méthode de vérification n’est pas configurée pour votre compte. Recommencez et choisissez-en une autre.",
  "error.NotAuthorizedException": "Nom d’utilisateur ou mot de passe incorrect.",
  "error.NotAuthorizedException.expiredSession":
    "Votre session de connexion a expiré. Recommencez pour continuer.",
  "error.NotAuthorizedException.attemptsExceeded": "Trop de tentatives échouées.",
  "error.OperationNotEnabledException":
    "Cette méthode de connexion n’est pas activée pour cette application.",
  "error.PasswordHistoryPolicyViolationException":
    "Vous avez utilisé ce mot de passe récemment. Choisissez-en un autre.",
  "error.PasswordResetRequiredException":
    "Vous devez réinitialiser votre mot de passe avant de vous connecter.",
  "error.RefreshTokenReuseException": "Votre session est terminée. Veuillez vous reconnecter.",
  "error.ResourceNotFoundException":
    "Un élément nécessaire à la connexion est introuvable. Recommencez.",
  "error.SoftwareTokenMFANotFoundException":
    "Aucune application d’authentification n’est configurée pour votre compte.",
  "error.TooManyFailedAttemptsException": "Trop de tentatives échouées.",
  "error.TooManyRequestsException": "Trop de demandes en ce moment.",
  "error.UnexpectedLambdaException":
    "La connexion n’a pas pu aboutir en raison d’un problème de configuration.",
  "error.UnsupportedOperationException":
    "Cette opération n’est pas prise en charge pour votre compte.",
  "error.UserLambdaValidationException": "La connexion a été refusée.",
  "error.UserLambdaValidationException.detail": "La connexion a été refusée : {detail}",
  "error.UserNotConfirmedException":
    "Votre compte n’est pas encore confirmé. Confirmez-le avant de vous connecter.",
  "error.UserNotFoundException": "Nom d’utilisateur ou mot de passe incorrect.",
  "error.UsernameExistsException": "Un compte avec ce nom d’utilisateur existe déjà.",
  "error.WebAuthnChallengeNotFoundException":
    "La demande de clé d’accès a expiré. Veuillez réessayer.",
  "error.WebAuthnClientMismatchException":
    "La demande de clé d’accès provient d’une autre application.",
  "error.WebAuthnConfigurationMissingException":
    "Les clés d’accès ne sont pas configurées pour cette application.",
  "error.WebAuthnCredentialNotSupportedException": "Cette clé d’accès n’est pas prise en charge.",
  "error.WebAuthnNotEnabledException":
    "Les clés d’accès ne sont pas activées pour cette application.",
  "error.WebAuthnOriginNotAllowedException":
    "Les clés d’accès ne peuvent pas être utilisées sur ce site.",
  "error.WebAuthnRelyingPartyMismatchException": "Cette clé d’accès appartient à un autre site.",

  "error.NetworkError": "Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.",
  "error.ProtocolError": "Nous avons reçu une réponse inattendue. Recommencez.",
  "error.ExpiredSession": "Le temps de cette étape est écoulé. Recommencez pour continuer.",
  "error.UnknownChallenge":
    "Cette étape de connexion n’est pas prise en charge par cette application.",
  "error.WebAuthnCancelled": "La demande de clé d’accès a été annulée ou a expiré.",
  "error.WebAuthnUnsupported": "Ce navigateur ne peut pas utiliser de clés d’accès ici.",
  "error.WebAuthnFailed": "Votre clé d’accès n’a pas pu être utilisée.",
  "error.InvalidAnswer": "Cette réponse ne convient pas à cette étape. Vérifiez-la et réessayez.",
  "error.UnknownError": "Un problème est survenu. Veuillez réessayer.",
  "error.InsecureContext":
    "La connexion est impossible sur cette page, car elle n’est pas servie de façon sécurisée (https).",
};
