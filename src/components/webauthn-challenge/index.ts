"use client";
/**
 * WebAuthnChallenge: WEB_AUTHN, a button that opens the browser's passkey prompt. States
 * `idle`, `prompting`, `cancelled`, `unsupported`, `error` in `data-state`.
 *
 * @example
 * ```tsx
 * <WebAuthnChallenge.Root {...props}>
 *   <WebAuthnChallenge.Title />
 *   <WebAuthnChallenge.Description />
 *   <WebAuthnChallenge.Error />
 *   <WebAuthnChallenge.Prompt asChild><DsButton /></WebAuthnChallenge.Prompt>
 *   <WebAuthnChallenge.OtherMethod />
 *   <WebAuthnChallenge.Status />
 * </WebAuthnChallenge.Root>
 * ```
 */
export { WebAuthnChallengeScreen as Default, WebAuthnChallengeScreen } from "./default";
export { Description, ErrorMessage as Error, Restart, Title } from "./screen-parts";
export {
  getWebAuthnState,
  OtherMethod,
  Prompt,
  Root,
  type RootProps,
  Status,
  WEBAUTHN_SCOPE,
  type WebAuthnRenderState,
  type WebAuthnState,
} from "./webauthn-challenge";
