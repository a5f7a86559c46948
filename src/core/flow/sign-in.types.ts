import type { ChallengeError } from "../errors/challenge-error";
import type { AnyChallenge, UnknownChallenge } from "../protocol/challenge.types";
import type { AnyChallengeAnswer } from "../protocol/challenge-answer.types";
import type { FirstFactor } from "../protocol/challenge-name";
import type { SecretHashProvider } from "../protocol/challenge-response.types";
import type {
  AuthenticationCredentialJson,
  CredentialCreationOptionsJson,
  CredentialRequestOptionsJson,
  RegistrationCredentialJson,
} from "../protocol/webauthn.types";
import type { Transport } from "../transport/transport.types";

/** The four states of a sign-in. `isPending` says whether a request is in flight in any of them. */
export type SignInStatus = "idle" | "challenge" | "signedIn" | "failed";

/** Tokens of a finished sign-in, as Cognito's `AuthenticationResult` names them. */
export interface SignInTokens {
  readonly AccessToken: string;
  readonly IdToken: string;
  readonly RefreshToken?: string;
  /** Seconds, from Cognito. */
  readonly ExpiresIn: number;
  readonly TokenType?: string;
}

/** A device this browser holds a key for (never the device password). */
export interface SignInDevice {
  readonly deviceKey: string;
  readonly deviceGroupKey: string;
  /** `true` once Cognito remembers it (ConfirmDevice said no confirmation needed, or the person said yes). */
  readonly remembered: boolean;
}

/** The immutable snapshot `getSnapshot()` returns. A new object on every change, the same one otherwise. */
export interface SignInSnapshot {
  readonly status: SignInStatus;
  /** The step waiting for the person, when `status` is `challenge`. */
  readonly challenge?: AnyChallenge | UnknownChallenge;
  /** A request (or an automatic step) is in flight. */
  readonly isPending: boolean;
  /** The last error. On `retry` the challenge stays; on `restart` status goes back to `idle`. */
  readonly error?: ChallengeError;
  /** Epoch ms after which the current Cognito Session is dead (client's AuthSessionValidity). */
  readonly expiresAt?: number;
  /** The username the person typed (kept across `restart()`). */
  readonly username?: string;
  /** Set when `status` is `signedIn`. */
  readonly tokens?: SignInTokens;
  /** The device used or confirmed in this sign-in, if device tracking is on. */
  readonly device?: SignInDevice;
  /** `true` once `registerPasskey()` has registered a passkey in this signed-in session. */
  readonly passkeyRegistered?: boolean;
}

/** What a device store keeps per user (protocol reference §5 step 4). Holds a secret: the device password. */
export interface StoredDevice {
  readonly deviceKey: string;
  readonly deviceGroupKey: string;
  /** base64 of 40 random bytes; the device's SRP password. */
  readonly devicePassword: string;
  readonly remembered?: boolean;
}

/** Where remembered devices live, keyed by the user's internal username (pool and client are the store's own). */
export interface DeviceStore {
  get(username: string): StoredDevice | undefined | Promise<StoredDevice | undefined>;
  set(username: string, device: StoredDevice): void | Promise<void>;
  remove(username: string): void | Promise<void>;
}

/** The two @simplewebauthn/browser calls the flow uses; injectable for tests and stories. */
export interface WebAuthnClient {
  startAuthentication(options: {
    optionsJSON: CredentialRequestOptionsJson;
  }): Promise<AuthenticationCredentialJson>;
  startRegistration(options: {
    optionsJSON: CredentialCreationOptionsJson;
  }): Promise<RegistrationCredentialJson>;
}

export type SignInAuthFlow = "USER_SRP_AUTH" | "USER_PASSWORD_AUTH" | "USER_AUTH" | "CUSTOM_AUTH";

export interface SignInFlowOptions {
  /** e.g. `us-east-1_AbCdEfGhI`; its part after `_` is the SRP pool name. */
  readonly userPoolId: string;
  readonly clientId: string;
  readonly transport: Transport;
  readonly authFlow: SignInAuthFlow;
  /**
   * The app client's secret. Only used to compute SECRET_HASH. A secret in a browser is public:
   * prefer a public client, or `secretHash` computed on your server.
   */
  readonly clientSecret?: string;
  /** Computes SECRET_HASH elsewhere (a server action); wins over `clientSecret`. */
  readonly secretHash?: SecretHashProvider;
  /** CUSTOM_AUTH only: run SRP first (`CHALLENGE_NAME=SRP_A`). */
  readonly customAuthWithSrp?: boolean;
  readonly deviceStore?: DeviceStore;
  /** Device name for ConfirmDevice; default the user agent when there is one. */
  readonly deviceName?: string;
  readonly clientMetadata?: Readonly<Record<string, string>>;
  readonly analyticsEndpointId?: string;
  /** `UserContextData` for advanced security, or a function called per request with the username. */
  readonly userContextData?:
    | { readonly EncodedData?: string; readonly IpAddress?: string }
    | ((
        username: string,
      ) => { readonly EncodedData?: string; readonly IpAddress?: string } | undefined);
  /** Issuer shown in authenticator apps for TOTP set-up (the otpauth URI). */
  readonly totpIssuer?: string;
  /** The client's AuthSessionValidity in minutes. @default 3 */
  readonly sessionValidityMinutes?: number;
  /**
   * Digits in delivered codes (`challenge.codeLength`, a display hint for screens), when the app
   * knows better. Default: each challenge's own: 8 for a passwordless first factor (EMAIL_OTP or
   * SMS_OTP chosen in USER_AUTH; Cognito fixes them at 8, aws-amplify/amplify-js#14428), 6 for MFA
   * codes (SMS_MFA, EMAIL_OTP after a password); SOFTWARE_TOKEN_MFA is always 6.
   */
  readonly codeLength?: number;
  /** Injectable WebAuthn calls. @default @simplewebauthn/browser, loaded on first use */
  readonly webauthn?: WebAuthnClient;
  /** Clock, for tests. @default Date.now */
  readonly now?: () => number;
}

export interface SignInStartInput {
  readonly username: string;
  /** Needed by USER_SRP_AUTH and USER_PASSWORD_AUTH (and CUSTOM_AUTH with SRP). Kept only for the SRP step. */
  readonly password?: string;
  /** USER_AUTH only. */
  readonly preferredChallenge?: FirstFactor;
}

export interface SignInFlow {
  /**
   * The `authFlow` the flow was created with, so a start form can shape itself (a password field
   * or a passkey button) without being told twice. Optional for flows written by hand.
   */
  readonly authFlow?: SignInAuthFlow | undefined;
  /**
   * The clock `expiresAt` is measured with (the `now` option, else `Date.now`), so a countdown
   * agrees with the flow about when the session ends. Optional for flows written by hand.
   */
  readonly now?: (() => number) | undefined;
  getSnapshot(): SignInSnapshot;
  subscribe(listener: () => void): () => void;
  start(input: SignInStartInput): Promise<void>;
  /** Answers the current step. Refused (no request) while pending. */
  respond(answer: AnyChallengeAnswer): Promise<void>;
  /** Starts again with the same username: the honest "send a new code". */
  restart(): Promise<void>;
  /** Drops everything in flight and returns to `idle`. */
  abort(): void;
  /** After sign-in: register a passkey for this user (StartWebAuthnRegistration, startRegistration, Complete…). */
  registerPasskey(): Promise<void>;
}
