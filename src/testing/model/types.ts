/**
 * The emulated pool's state: pools, app clients, users, devices and passkeys. Internal (not
 * exported from `cognito-challenge-ui/testing`); the wire shapes are built from it per operation.
 */
import type { SrpVerifier } from "../srp/srp-server";

export type MfaConfiguration = "OFF" | "ON" | "OPTIONAL";
export type MfaType = "SMS_MFA" | "SOFTWARE_TOKEN_MFA" | "EMAIL_OTP";
/** `AuthFactorType` values of `SignInPolicy.AllowedFirstAuthFactors`. */
export type AuthFactor = "PASSWORD" | "EMAIL_OTP" | "SMS_OTP" | "WEB_AUTHN";
export type PoolTier = "LITE" | "ESSENTIALS" | "PLUS";
export type UserStatus =
  | "UNCONFIRMED"
  | "CONFIRMED"
  | "FORCE_CHANGE_PASSWORD"
  | "RESET_REQUIRED"
  | "ARCHIVED"
  | "COMPROMISED"
  | "UNKNOWN"
  | "EXTERNAL_PROVIDER";

export interface PasswordPolicy {
  readonly MinimumLength: number;
  readonly RequireUppercase: boolean;
  readonly RequireLowercase: boolean;
  readonly RequireNumbers: boolean;
  readonly RequireSymbols: boolean;
  readonly TemporaryPasswordValidityDays: number;
}

export interface SchemaAttribute {
  readonly Name: string;
  readonly AttributeDataType: "String" | "Number" | "DateTime" | "Boolean";
  readonly Mutable: boolean;
  readonly Required: boolean;
  readonly DeveloperOnlyAttribute: boolean;
}

export interface WebAuthnSettings {
  readonly RelyingPartyId?: string;
  readonly UserVerification: "required" | "preferred";
  readonly FactorConfiguration: "SINGLE_FACTOR" | "MULTI_FACTOR_WITH_USER_VERIFICATION";
}

/** A custom-auth trigger: a Lambda handler run in-process (it may mutate and/or return the event). */
export type CustomAuthTrigger = (event: CustomAuthEvent) => unknown;

export interface CustomAuthTriggers {
  readonly DefineAuthChallenge?: CustomAuthTrigger;
  readonly CreateAuthChallenge?: CustomAuthTrigger;
  readonly VerifyAuthChallengeResponse?: CustomAuthTrigger;
}

/** One entry of `event.request.session`. */
export interface CustomAuthSessionEntry {
  readonly challengeName: string;
  readonly challengeResult: boolean;
  readonly challengeMetadata?: string;
}

/** The Lambda event the custom-auth triggers receive (fields as in Cognito's trigger events). */
export interface CustomAuthEvent {
  readonly version: "1";
  readonly triggerSource: string;
  readonly region: string;
  readonly userPoolId: string;
  readonly userName: string;
  readonly callerContext: { readonly awsSdkVersion: string; readonly clientId: string };
  readonly request: {
    readonly userAttributes: Record<string, string>;
    readonly session?: CustomAuthSessionEntry[];
    readonly challengeName?: string;
    readonly privateChallengeParameters?: Record<string, string>;
    readonly challengeAnswer?: string;
    readonly clientMetadata?: Record<string, string>;
    readonly userNotFound?: boolean;
  };
  response: {
    challengeName?: string;
    issueTokens?: boolean;
    failAuthentication?: boolean;
    publicChallengeParameters?: Record<string, string>;
    privateChallengeParameters?: Record<string, string>;
    challengeMetadata?: string;
    answerCorrect?: boolean;
  };
}

export interface PoolState {
  readonly id: string;
  name: string;
  readonly region: string;
  readonly createdAt: number;
  lastModified: number;
  mfaConfiguration: MfaConfiguration;
  passwordPolicy: PasswordPolicy;
  deviceConfiguration?: {
    readonly ChallengeRequiredOnNewDevice: boolean;
    readonly DeviceOnlyRememberedOnUserPrompt: boolean;
  };
  readonly usernameAttributes: readonly ("email" | "phone_number")[];
  readonly aliasAttributes: readonly ("email" | "phone_number" | "preferred_username")[];
  readonly caseSensitive: boolean;
  readonly schema: readonly SchemaAttribute[];
  readonly autoVerifiedAttributes: readonly string[];
  allowedFirstAuthFactors: readonly AuthFactor[];
  tier: PoolTier;
  /** Present when SMS MFA is configured. */
  smsMfa?: { readonly SmsAuthenticationMessage?: string };
  totpEnabled: boolean;
  /** Present when email MFA is configured. */
  emailMfa?: { readonly Message?: string; readonly Subject?: string };
  webAuthn: WebAuthnSettings;
  /** In-process custom-auth triggers (Lambda stand-ins). */
  triggers: CustomAuthTriggers;
  readonly clients: Map<string, ClientState>;
  /** Keyed by `userKey(pool, internal username)`. */
  readonly users: Map<string, UserState>;
}

export interface ClientState {
  readonly id: string;
  readonly poolId: string;
  readonly name: string;
  readonly secret?: string;
  readonly explicitAuthFlows: readonly string[];
  /** Minutes, 3-15. */
  readonly authSessionValidity: number;
  readonly preventUserExistenceErrors: "ENABLED" | "LEGACY";
  /** Seconds. */
  readonly accessTokenValidity: number;
  readonly idTokenValidity: number;
  readonly refreshTokenValidity: number;
  readonly createdAt: number;
}

export interface DeviceState {
  readonly key: string;
  readonly groupKey: string;
  name?: string;
  /** Set by ConfirmDevice: the device's SRP verifier. */
  verifier?: SrpVerifier;
  remembered: boolean;
  readonly createdAt: number;
  lastModified: number;
  lastAuthenticated?: number;
}

export interface PasskeyState {
  /** base64url credential id. */
  readonly id: string;
  /** COSE public key. */
  readonly publicKey: Uint8Array;
  counter: number;
  readonly transports: readonly string[];
  readonly friendlyName: string;
  readonly attachment?: string;
  readonly rpId: string;
  readonly createdAt: number;
}

export interface MfaSetting {
  enabled: boolean;
  preferred: boolean;
}

export interface UserState {
  /** The internal username (a UUID in pools whose UsernameAttributes are email/phone). */
  readonly username: string;
  readonly sub: string;
  readonly attributes: Map<string, string>;
  status: UserStatus;
  enabled: boolean;
  readonly createdAt: number;
  modifiedAt: number;
  password?: SrpVerifier;
  passwordSetAt?: number;
  readonly mfa: Record<MfaType, MfaSetting>;
  /** A verified software token (base32 secret). */
  totp?: string;
  /** Associated through AssociateSoftwareToken(AccessToken), not yet verified. */
  pendingTotp?: string;
  readonly devices: Map<string, DeviceState>;
  readonly passkeys: PasskeyState[];
  failedSignIns: number;
  lastFailedSignIn: number;
  lockedUntil: number;
  webAuthnRegistration?: { challenge: string; clientId: string; expiresAt: number };
}

export interface RefreshTokenRecord {
  readonly poolId: string;
  readonly clientId: string;
  readonly username: string;
  readonly deviceKey?: string;
  readonly authTime: number;
  readonly expiresAt: number;
}

export interface EmulatorState {
  readonly region: string;
  readonly pools: Map<string, PoolState>;
  readonly refreshTokens: Map<string, RefreshTokenRecord>;
}
