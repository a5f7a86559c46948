import type { ChallengeName, MfaType } from "./challenge-name";
import type { AuthenticationCredentialJson } from "./webauthn.types";

/** The three fields an SRP proof puts on the wire (protocol reference §3.1, §3.13). */
export interface PasswordClaim {
  /** `PASSWORD_CLAIM_SECRET_BLOCK`: the challenge's `SECRET_BLOCK`, unchanged. */
  readonly secretBlock: string;
  /** `PASSWORD_CLAIM_SIGNATURE`: standard base64 with padding. */
  readonly signature: string;
  /** `TIMESTAMP`: the exact string that went into the signature. */
  readonly timestamp: string;
}

/**
 * Wire-level input of `buildChallengeResponses` per challenge: what goes into
 * `ChallengeResponses` besides USERNAME, SECRET_HASH and DEVICE_KEY.
 */
export interface ChallengeResponseInputMap {
  SMS_MFA: { readonly code: string };
  SMS_OTP: { readonly code: string };
  EMAIL_OTP: { readonly code: string };
  SOFTWARE_TOKEN_MFA: { readonly code: string };
  SELECT_MFA_TYPE: { readonly mfaType: MfaType };
  SELECT_CHALLENGE:
    | { readonly challenge: "EMAIL_OTP" | "SMS_OTP" | "WEB_AUTHN" }
    | { readonly challenge: "PASSWORD"; readonly password: string }
    | { readonly challenge: "PASSWORD_SRP"; readonly srpA: string };
  PASSWORD: { readonly password: string };
  PASSWORD_SRP: { readonly srpA: string };
  PASSWORD_VERIFIER: PasswordClaim;
  DEVICE_SRP_AUTH: { readonly srpA: string };
  DEVICE_PASSWORD_VERIFIER: PasswordClaim;
  NEW_PASSWORD_REQUIRED: {
    readonly newPassword: string;
    readonly attributes?: Readonly<Record<string, string>>;
  };
  /** `{}` after VerifySoftwareToken; `{ email }` for an email MFA set-up. */
  MFA_SETUP: { readonly email?: string };
  CUSTOM_CHALLENGE: { readonly answer: string };
  WEB_AUTHN: { readonly credential: AuthenticationCredentialJson };
  /** Server-side only; documented by the SDK as PASSWORD + USERNAME. */
  ADMIN_NO_SRP_AUTH: { readonly password: string };
}

export type ChallengeResponseInput<N extends ChallengeName> = ChallengeResponseInputMap[N];

/**
 * Computes `SECRET_HASH` for a username: Base64(HMAC-SHA256(clientSecret, username ‖ clientId)).
 * Pluggable so that an app can compute it on its server instead of shipping the secret.
 */
export type SecretHashProvider = (username: string) => Promise<string>;

/** What every builder needs besides the answer. */
export interface ResponseContext {
  /** The username to send: the internal one after SRP (protocol reference §4.6). */
  readonly username: string;
  /** Present when the app client has a secret: adds `SECRET_HASH` to every response. */
  readonly secretHash?: SecretHashProvider | undefined;
  /** The remembered device's key, added where the protocol puts it (§5). */
  readonly deviceKey?: string | undefined;
}

/** `ChallengeResponses` as sent. */
export type ChallengeResponses = Record<string, string>;
