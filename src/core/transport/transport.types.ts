import type {
  AssociateSoftwareTokenRequest,
  AssociateSoftwareTokenResponse,
  AuthResponse,
  CompleteWebAuthnRegistrationRequest,
  ConfirmDeviceRequest,
  ConfirmDeviceResponse,
  InitiateAuthRequest,
  RespondToAuthChallengeRequest,
  StartWebAuthnRegistrationRequest,
  StartWebAuthnRegistrationResponse,
  UpdateDeviceStatusRequest,
  VerifySoftwareTokenRequest,
  VerifySoftwareTokenResponse,
} from "../protocol/wire.types";

/** Per-call options every transport honours. */
export interface CallOptions {
  /** Aborts the request; the call then rejects with a `NetworkError` ChallengeError. */
  readonly signal?: AbortSignal;
}

/**
 * One method per Cognito operation the sign-in flow uses. Implementations: `createSdkTransport`
 * (AWS SDK v3 client), `createFetchTransport` (JSON 1.1 over fetch), and the emulator's
 * in-process `createEmulatorTransport`.
 *
 * Contract: every method resolves with the operation's response body, or rejects with a
 * `ChallengeError` (never a raw SDK, fetch or TypeError): Cognito exceptions keep their name as
 * `code`; network failures, timeouts, aborted calls and unusable bodies become `NetworkError`.
 */
export interface Transport {
  initiateAuth(input: InitiateAuthRequest, options?: CallOptions): Promise<AuthResponse>;
  respondToAuthChallenge(
    input: RespondToAuthChallengeRequest,
    options?: CallOptions,
  ): Promise<AuthResponse>;
  associateSoftwareToken(
    input: AssociateSoftwareTokenRequest,
    options?: CallOptions,
  ): Promise<AssociateSoftwareTokenResponse>;
  verifySoftwareToken(
    input: VerifySoftwareTokenRequest,
    options?: CallOptions,
  ): Promise<VerifySoftwareTokenResponse>;
  confirmDevice(input: ConfirmDeviceRequest, options?: CallOptions): Promise<ConfirmDeviceResponse>;
  updateDeviceStatus(input: UpdateDeviceStatusRequest, options?: CallOptions): Promise<void>;
  startWebAuthnRegistration(
    input: StartWebAuthnRegistrationRequest,
    options?: CallOptions,
  ): Promise<StartWebAuthnRegistrationResponse>;
  completeWebAuthnRegistration(
    input: CompleteWebAuthnRegistrationRequest,
    options?: CallOptions,
  ): Promise<void>;
}

/**
 * The operation names of `Transport`, as Cognito spells them in `X-Amz-Target`: each method is its
 * operation's name in lowerCamelCase (`initiateAuth` → `InitiateAuth`).
 */
export const TRANSPORT_OPERATIONS: { readonly [M in keyof Transport]: Capitalize<M> } =
  Object.fromEntries(
    "InitiateAuth RespondToAuthChallenge AssociateSoftwareToken VerifySoftwareToken ConfirmDevice UpdateDeviceStatus StartWebAuthnRegistration CompleteWebAuthnRegistration"
      .split(" ")
      .map((operation) => [operation[0]?.toLowerCase() + operation.slice(1), operation]),
  ) as { readonly [M in keyof Transport]: Capitalize<M> };
