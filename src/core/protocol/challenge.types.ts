import type { FirstFactor, MfaType, StepName } from "./challenge-name";
import type { CredentialRequestOptionsJson } from "./webauthn.types";

/** `ChallengeParameters` as sent: a string-to-string map. */
export type ChallengeParameters = Readonly<Record<string, string>>;

/** Where Cognito sent a code: `CODE_DELIVERY_DELIVERY_MEDIUM` and the masked `CODE_DELIVERY_DESTINATION`. */
export interface CodeDelivery {
  /** `"SMS"` or `"EMAIL"` as sent; other values are kept verbatim. */
  readonly medium: "SMS" | "EMAIL" | (string & {});
  /** Masked by Cognito, e.g. `+*******0008` or `a***@e***.com`. Never unmasked by us. */
  readonly destination: string;
}

interface ChallengeBase<N extends StepName> {
  readonly name: N;
  /**
   * The username to answer with: `USER_ID_FOR_SRP`, else `ChallengeParameters.USERNAME` when
   * Cognito sent one (the internal username, a UUID in email-as-username pools), else absent.
   * Protocol reference §4.6.
   */
  readonly username?: string;
  /** The raw `ChallengeParameters`, unmodified, for screens that need more than the parsed fields. */
  readonly parameters: ChallengeParameters;
}

/** SMS_MFA, SMS_OTP, EMAIL_OTP: a code was delivered somewhere. */
export interface CodeChallenge<N extends "SMS_MFA" | "SMS_OTP" | "EMAIL_OTP">
  extends ChallengeBase<N> {
  /** Absent when Cognito did not say (the parameters were missing). */
  readonly delivery?: CodeDelivery;
  /** Digits in the code Cognito expects. Cognito does not send it; 6 unless the flow is told otherwise. */
  readonly codeLength: number;
}

export type SmsMfaChallenge = CodeChallenge<"SMS_MFA">;
export type SmsOtpChallenge = CodeChallenge<"SMS_OTP">;
export type EmailOtpChallenge = CodeChallenge<"EMAIL_OTP">;

export interface SoftwareTokenMfaChallenge extends ChallengeBase<"SOFTWARE_TOKEN_MFA"> {
  readonly codeLength: number;
  /** `FRIENDLY_DEVICE_NAME` when Cognito sent it (the name given at VerifySoftwareToken). */
  readonly friendlyDeviceName?: string;
}

export interface SelectMfaTypeChallenge extends ChallengeBase<"SELECT_MFA_TYPE"> {
  /** `MFAS_CAN_CHOOSE`, JSON-decoded, known factors only, in Cognito's order. */
  readonly options: readonly MfaType[];
}

/** Details of a TOTP set-up in progress, filled by the flow after AssociateSoftwareToken. */
export interface TotpSetupDetails {
  /** The base32 `SecretCode`. Shown to the person; never logged. */
  readonly secretCode: string;
  /** `otpauth://totp/<issuer>:<account>?secret=…&issuer=…`, issuer and account percent-encoded. */
  readonly uri: string;
  readonly issuer: string;
  readonly accountName: string;
}

export interface MfaSetupChallenge extends ChallengeBase<"MFA_SETUP"> {
  /** `MFAS_CAN_SETUP`, JSON-decoded, known factors only. */
  readonly options: readonly MfaType[];
  /**
   * Which set-up is in progress. Set by the flow: chosen automatically when only one of
   * SOFTWARE_TOKEN_MFA / EMAIL_OTP can be set up, otherwise after the person picks one.
   * Absent straight after parsing.
   */
  readonly selected?: "SOFTWARE_TOKEN_MFA" | "EMAIL_OTP";
  /** Present once the flow has called AssociateSoftwareToken for a TOTP set-up. */
  readonly totp?: TotpSetupDetails;
}

export interface PasswordVerifierChallenge extends ChallengeBase<"PASSWORD_VERIFIER"> {
  /** Lowercase hex, validated. */
  readonly salt: string;
  /** Lowercase hex, validated. */
  readonly srpB: string;
  /** Base64, opaque; echoed back unchanged. */
  readonly secretBlock: string;
  /** `USER_ID_FOR_SRP`: required, else parsing fails with a ProtocolError. */
  readonly userIdForSrp: string;
}

export interface DeviceSrpAuthChallenge extends ChallengeBase<"DEVICE_SRP_AUTH"> {}

export interface DevicePasswordVerifierChallenge extends ChallengeBase<"DEVICE_PASSWORD_VERIFIER"> {
  readonly salt: string;
  readonly srpB: string;
  readonly secretBlock: string;
}

export interface CustomChallenge extends ChallengeBase<"CUSTOM_CHALLENGE"> {
  /** The Create-Auth-Challenge trigger's `publicChallengeParameters`: every parameter but `USERNAME`. */
  readonly publicParameters: ChallengeParameters;
}

export interface SelectChallengeChallenge extends ChallengeBase<"SELECT_CHALLENGE"> {
  /** The top-level `AvailableChallenges` of the response, known first factors only, in order. */
  readonly options: readonly FirstFactor[];
}

export interface NewPasswordRequiredChallenge extends ChallengeBase<"NEW_PASSWORD_REQUIRED"> {
  /** `requiredAttributes`, JSON-decoded, without the `userAttributes.` prefix. */
  readonly requiredAttributes: readonly string[];
  /** `userAttributes`, JSON-decoded: the user's current attributes. */
  readonly userAttributes: Readonly<Record<string, string>>;
}

export interface ParameterlessChallenge<N extends "PASSWORD" | "PASSWORD_SRP" | "ADMIN_NO_SRP_AUTH">
  extends ChallengeBase<N> {}

export type PasswordChallenge = ParameterlessChallenge<"PASSWORD">;
export type PasswordSrpChallenge = ParameterlessChallenge<"PASSWORD_SRP">;
export type AdminNoSrpAuthChallenge = ParameterlessChallenge<"ADMIN_NO_SRP_AUTH">;

export interface WebAuthnChallenge extends ChallengeBase<"WEB_AUTHN"> {
  /** `CREDENTIAL_REQUEST_OPTIONS`, JSON-decoded; ready for `startAuthentication({ optionsJSON })`. */
  readonly requestOptions: CredentialRequestOptionsJson;
}

/** Local step: ask whether to remember this device (not a Cognito challenge). */
export interface RememberDeviceStep extends ChallengeBase<"REMEMBER_DEVICE"> {
  readonly deviceKey: string;
}

/** Every known challenge (and local step), discriminated on `name`. */
export type AnyChallenge =
  | SmsMfaChallenge
  | SmsOtpChallenge
  | EmailOtpChallenge
  | SoftwareTokenMfaChallenge
  | SelectMfaTypeChallenge
  | MfaSetupChallenge
  | PasswordVerifierChallenge
  | DeviceSrpAuthChallenge
  | DevicePasswordVerifierChallenge
  | CustomChallenge
  | SelectChallengeChallenge
  | NewPasswordRequiredChallenge
  | PasswordChallenge
  | PasswordSrpChallenge
  | AdminNoSrpAuthChallenge
  | WebAuthnChallenge
  | RememberDeviceStep;

/** The challenge (or local step) named `N`. `Challenge` alone is the whole union. */
export type Challenge<N extends StepName = StepName> = Extract<AnyChallenge, { name: N }>;

/**
 * A challenge name this library does not know. Carried as is so a UI can show a fallback that
 * names it. Use `isUnknownChallenge` before switching on `name`.
 */
export interface UnknownChallenge {
  readonly name: string;
  readonly parameters: ChallengeParameters;
  readonly isUnknown: true;
}

export function isUnknownChallenge(
  challenge: AnyChallenge | UnknownChallenge,
): challenge is UnknownChallenge {
  return "isUnknown" in challenge && challenge.isUnknown === true;
}
