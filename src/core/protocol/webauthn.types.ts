/**
 * WebAuthn JSON shapes as Cognito sends and expects them. They are structurally the same as
 * @simplewebauthn/browser's `PublicKeyCredentialRequestOptionsJSON` and friends, declared here so
 * that `core` depends on no browser library (protocol reference §3.12, §7).
 */
export type Base64UrlString = string;

export interface CredentialDescriptorJson {
  readonly id: Base64UrlString;
  readonly type: "public-key";
  readonly transports?: readonly string[];
}

/** `CREDENTIAL_REQUEST_OPTIONS` after JSON.parse. */
export interface CredentialRequestOptionsJson {
  readonly challenge: Base64UrlString;
  readonly rpId?: string;
  readonly timeout?: number;
  readonly allowCredentials?: readonly CredentialDescriptorJson[];
  readonly userVerification?: "required" | "preferred" | "discouraged";
  readonly hints?: readonly string[];
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/** What `startAuthentication` returns; sent JSON-stringified as `CREDENTIAL`. */
export interface AuthenticationCredentialJson {
  readonly id: Base64UrlString;
  readonly rawId: Base64UrlString;
  readonly type: "public-key";
  readonly response: {
    readonly clientDataJSON: Base64UrlString;
    readonly authenticatorData: Base64UrlString;
    readonly signature: Base64UrlString;
    readonly userHandle?: Base64UrlString;
  };
  readonly clientExtensionResults: Readonly<Record<string, unknown>>;
  readonly authenticatorAttachment?: string;
}

/** `StartWebAuthnRegistration`'s `CredentialCreationOptions` (a JSON object, not a string). */
export type CredentialCreationOptionsJson = Readonly<Record<string, unknown>>;

/** What `startRegistration` returns; sent as an object in `CompleteWebAuthnRegistration`. */
export type RegistrationCredentialJson = Readonly<Record<string, unknown>>;
