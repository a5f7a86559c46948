// Public API of `cognito-challenge-ui/core`: framework-free, never imports React.

export {
  createLocalStorageDeviceStore,
  createMemoryDeviceStore,
  type DeviceStorage,
  type LocalStorageDeviceStoreOptions,
} from "./device/device-store";
export * from "./errors/challenge-error";
export {
  type CognitoErrorInput,
  networkError,
  recoveryFor,
  toChallengeError,
} from "./errors/to-challenge-error";
export { createSignInFlow } from "./flow/sign-in.store";
export * from "./flow/sign-in.types";
export type { AuthParametersInput, RequestOptions } from "./protocol/build-requests";
export {
  buildAuthParameters,
  buildInitiateAuthRequest,
  buildRespondToAuthChallengeRequest,
} from "./protocol/build-requests";
export { buildChallengeResponses } from "./protocol/build-responses";
export * from "./protocol/challenge.types";
export * from "./protocol/challenge-answer.types";
export * from "./protocol/challenge-name";
export * from "./protocol/challenge-response.types";
export { normalizeCode } from "./protocol/normalize-code";
export type { ParseAuthResponseOptions, ParsedAuthResponse } from "./protocol/parse-auth-response";
export { parseAuthResponse } from "./protocol/parse-auth-response";
export type { ParseChallengeOptions } from "./protocol/parse-challenge";
export { parseChallenge } from "./protocol/parse-challenge";
export type { ParseResult } from "./protocol/parse-result";
export { createSecretHashProvider } from "./protocol/secret-hash";
export type { TotpUriInput } from "./protocol/totp-uri";
export { buildTotpUri } from "./protocol/totp-uri";
export { userPoolName } from "./protocol/user-pool";
export * from "./protocol/webauthn.types";
export * from "./protocol/wire.types";
export * from "./srp/index";
export { createFetchTransport, type FetchTransportOptions } from "./transport/fetch-transport";
export * from "./transport/transport.types";
export { createBrowserWebAuthnClient } from "./webauthn/browser-webauthn-client";
export { toWebAuthnError } from "./webauthn/to-webauthn-error";
