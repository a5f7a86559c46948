import type { RequestOptions } from "../protocol/build-requests";
import type { SecretHashProvider } from "../protocol/challenge-response.types";
import { createSecretHashProvider } from "../protocol/secret-hash";
import { userPoolName } from "../protocol/user-pool";
import type { Transport } from "../transport/transport.types";
import { createBrowserWebAuthnClient } from "../webauthn/browser-webauthn-client";
import type { DeviceStore, SignInFlowOptions, WebAuthnClient } from "./sign-in.types";

/** Everything the effects use, resolved once from `SignInFlowOptions`. */
export interface FlowDeps {
  readonly transport: Transport;
  readonly userPoolId: string;
  readonly clientId: string;
  readonly authFlow: SignInFlowOptions["authFlow"];
  readonly customAuthWithSrp: boolean;
  readonly secretHash: SecretHashProvider | undefined;
  readonly deviceStore: DeviceStore | undefined;
  readonly deviceName: string | undefined;
  readonly webauthn: WebAuthnClient;
  readonly totpIssuer: string;
  readonly sessionValidityMs: number;
  /** The app's `codeLength`, when it set one; else each challenge's own (8 first factor, 6 MFA). */
  readonly codeLength: number | undefined;
  readonly now: () => number;
  /** ClientMetadata, AnalyticsMetadata and UserContextData for a request about `username`. */
  readonly extras: (username: string) => RequestOptions;
}

/** Cognito's default AuthSessionValidity (§9). */
const DEFAULT_SESSION_MINUTES = 3;

export function createFlowDeps(options: SignInFlowOptions): FlowDeps {
  const minutes = options.sessionValidityMinutes ?? 0;
  const sessionMinutes =
    minutes > 0 && minutes < Number.POSITIVE_INFINITY ? minutes : DEFAULT_SESSION_MINUTES;
  // `secretHash` (computed on a server) wins over a client secret shipped to the browser (§8).
  const secretHash =
    options.secretHash ??
    (options.clientSecret
      ? createSecretHashProvider(options.clientId, options.clientSecret)
      : undefined);
  const context = options.userContextData;
  return {
    transport: options.transport,
    userPoolId: options.userPoolId,
    clientId: options.clientId,
    authFlow: options.authFlow,
    customAuthWithSrp: options.customAuthWithSrp === true,
    secretHash,
    deviceStore: options.deviceStore,
    deviceName: options.deviceName ?? defaultDeviceName(),
    webauthn: options.webauthn ?? createBrowserWebAuthnClient(),
    // The pool's name (the part after `_` of the pool id) unless the app names itself; never
    // "AWSCognito", which tells a person nothing in their authenticator app.
    totpIssuer: options.totpIssuer ?? userPoolName(options.userPoolId),
    sessionValidityMs: sessionMinutes * 60_000,
    codeLength: options.codeLength,
    now: options.now ?? Date.now,
    // Empty values are left out by the request builders.
    extras: (username) => ({
      clientMetadata: options.clientMetadata,
      analyticsEndpointId: options.analyticsEndpointId,
      userContextData: typeof context === "function" ? context(username) : context,
    }),
  };
}

/** ConfirmDevice's DeviceName: the user agent, as the classic SDK sends (§5 step 3). */
function defaultDeviceName(): string | undefined {
  const agent = globalThis.navigator?.userAgent;
  return typeof agent === "string" && agent !== "" ? agent : undefined;
}
