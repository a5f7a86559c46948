import type { ChallengeName } from "./challenge-name";
import type { CredentialCreationOptionsJson, RegistrationCredentialJson } from "./webauthn.types";

/**
 * Request and response shapes of the Cognito operations the flow uses, field names exactly as in
 * the JSON 1.1 API (and the AWS SDK v3 command inputs/outputs). Protocol reference §1-§2, §5-§7.
 */

export type AuthFlow =
  | "USER_SRP_AUTH"
  | "USER_PASSWORD_AUTH"
  | "USER_AUTH"
  | "CUSTOM_AUTH"
  | "REFRESH_TOKEN_AUTH"
  | "REFRESH_TOKEN";

/** Optional request fields shared by InitiateAuth and RespondToAuthChallenge. */
export interface RequestExtras {
  readonly ClientMetadata?: Readonly<Record<string, string>>;
  readonly AnalyticsMetadata?: { readonly AnalyticsEndpointId?: string };
  readonly UserContextData?: { readonly EncodedData?: string; readonly IpAddress?: string };
}

export interface InitiateAuthRequest extends RequestExtras {
  readonly AuthFlow: AuthFlow;
  readonly ClientId: string;
  readonly AuthParameters: Readonly<Record<string, string>>;
  readonly Session?: string;
}

export interface RespondToAuthChallengeRequest extends RequestExtras {
  readonly ClientId: string;
  /** A wire challenge name. Typed as string so unknown names can be answered by custom screens. */
  readonly ChallengeName: ChallengeName | (string & {});
  readonly Session?: string;
  readonly ChallengeResponses: Readonly<Record<string, string>>;
}

export interface NewDeviceMetadata {
  readonly DeviceKey: string;
  readonly DeviceGroupKey: string;
}

export interface AuthenticationResult {
  readonly AccessToken?: string;
  readonly IdToken?: string;
  readonly RefreshToken?: string;
  readonly ExpiresIn?: number;
  readonly TokenType?: string;
  readonly NewDeviceMetadata?: NewDeviceMetadata;
}

/** InitiateAuth / RespondToAuthChallenge response: tokens, or a challenge with its Session. */
export interface AuthResponse {
  readonly ChallengeName?: string;
  readonly ChallengeParameters?: Readonly<Record<string, string>>;
  readonly Session?: string;
  readonly AuthenticationResult?: AuthenticationResult;
  /** USER_AUTH without PREFERRED_CHALLENGE: the first factors this user may choose (top level). */
  readonly AvailableChallenges?: readonly string[];
}

export interface AssociateSoftwareTokenRequest {
  readonly Session?: string;
  readonly AccessToken?: string;
}
export interface AssociateSoftwareTokenResponse {
  readonly SecretCode?: string;
  readonly Session?: string;
}

export interface VerifySoftwareTokenRequest {
  readonly Session?: string;
  readonly AccessToken?: string;
  readonly UserCode: string;
  readonly FriendlyDeviceName?: string;
}
export interface VerifySoftwareTokenResponse {
  readonly Status?: "SUCCESS" | "ERROR" | (string & {});
  readonly Session?: string;
}

export interface ConfirmDeviceRequest {
  readonly AccessToken: string;
  readonly DeviceKey: string;
  readonly DeviceSecretVerifierConfig: {
    /** base64 of the padHex'd verifier bytes. */
    readonly PasswordVerifier: string;
    /** base64 of the padHex'd salt bytes. */
    readonly Salt: string;
  };
  readonly DeviceName?: string;
}
export interface ConfirmDeviceResponse {
  readonly UserConfirmationNecessary?: boolean;
}

export interface UpdateDeviceStatusRequest {
  readonly AccessToken: string;
  readonly DeviceKey: string;
  readonly DeviceRememberedStatus: "remembered" | "not_remembered";
}

export interface StartWebAuthnRegistrationRequest {
  readonly AccessToken: string;
}
export interface StartWebAuthnRegistrationResponse {
  readonly CredentialCreationOptions?: CredentialCreationOptionsJson;
}

export interface CompleteWebAuthnRegistrationRequest {
  readonly AccessToken: string;
  /** The RegistrationResponseJSON as an object, not a string (protocol reference §7). */
  readonly Credential: RegistrationCredentialJson;
}
