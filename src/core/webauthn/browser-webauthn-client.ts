import type { WebAuthnClient } from "../flow/sign-in.types";
import type {
  AuthenticationCredentialJson,
  RegistrationCredentialJson,
} from "../protocol/webauthn.types";
import { webAuthnError } from "./to-webauthn-error";

type SimpleWebAuthn = typeof import("@simplewebauthn/browser");

/**
 * The default `WebAuthnClient`: `startAuthentication` / `startRegistration` of
 * @simplewebauthn/browser (an optional peer dependency), loaded with a dynamic `import()` on the
 * first passkey prompt, so `core` stays small and importing it on a server touches no browser API.
 * Rejects with `WebAuthnUnsupported` where there is no WebAuthn (no `PublicKeyCredential`, no
 * `navigator.credentials`, or not a secure context) and when the package cannot be loaded.
 */
export function createBrowserWebAuthnClient(): WebAuthnClient {
  let loading: Promise<SimpleWebAuthn> | undefined;
  const load = async (): Promise<SimpleWebAuthn> => {
    assertSupported();
    loading ??= import("@simplewebauthn/browser");
    try {
      return await loading;
    } catch {
      loading = undefined;
      throw webAuthnError("WebAuthnUnsupported", "LibraryNotLoaded");
    }
  };
  // Cognito's option objects have SimpleWebAuthn's field names (§7 step 2); only readonly-ness
  // differs between the two declarations, hence the casts.
  return {
    startAuthentication: async ({ optionsJSON }) =>
      (await load()).startAuthentication({
        optionsJSON: optionsJSON as never,
      }) as unknown as Promise<AuthenticationCredentialJson>,
    startRegistration: async ({ optionsJSON }) =>
      (await load()).startRegistration({
        optionsJSON: optionsJSON as never,
      }) as unknown as Promise<RegistrationCredentialJson>,
  };
}

function assertSupported(): void {
  const scope = globalThis as {
    PublicKeyCredential?: unknown;
    isSecureContext?: boolean;
    navigator?: { credentials?: unknown };
  };
  if (scope.isSecureContext === false)
    throw webAuthnError("WebAuthnUnsupported", "InsecureContext");
  if (typeof scope.PublicKeyCredential !== "function" || !scope.navigator?.credentials) {
    throw webAuthnError("WebAuthnUnsupported", "NoWebAuthn");
  }
}
