// Loaded on demand by `<SignInProvider options>` (`deferred-flow.ts`): the flow, SRP, the protocol
// and the transport's error handling are not needed to paint the start form, only to send it.
import { createSignInFlow } from "../core/flow/sign-in.store";
import type { SignInFlow, SignInFlowOptions } from "../core/index";
import { createBrowserWebAuthnClient } from "../core/webauthn/browser-webauthn-client";

/** `createSignInFlow` with @simplewebauthn/browser as the default passkey client. */
export function createDefaultSignInFlow(options: SignInFlowOptions): SignInFlow {
  return createSignInFlow({ webauthn: createBrowserWebAuthnClient(), ...options });
}
