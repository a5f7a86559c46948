import type { AuthenticationCredentialJson } from "../protocol/webauthn.types";
import { createBrowserWebAuthnClient } from "../webauthn/browser-webauthn-client";
import { toWebAuthnError } from "../webauthn/to-webauthn-error";
import type { FlowDeps } from "./sign-in.deps";
import { missing } from "./sign-in.errors";
import type { SignInEffectEvent, SignInTask } from "./sign-in.state";
import type { WebAuthnClient } from "./sign-in.types";

/**
 * Passkeys (protocol reference §7): the WEB_AUTHN prompt and passkey registration. Loaded on
 * demand (`on-demand-steps.ts`), with the default browser client and the WebAuthn errors.
 */

type Task<K extends SignInTask["kind"]> = Extract<SignInTask, { kind: K }>;

/** The app's `webauthn` client, else @simplewebauthn/browser (itself loaded on the first prompt). */
function client(deps: FlowDeps): WebAuthnClient {
  return deps.webauthn ?? createBrowserWebAuthnClient();
}

/**
 * A browser passkey prompt; whatever it throws becomes the WebAuthn `ChallengeError` (a cancelled
 * prompt: `WebAuthnCancelled`, retry). It fails before anything is sent, so the challenge and its
 * Session stay usable.
 */
async function prompt<T>(start: () => Promise<T>): Promise<T> {
  try {
    return await start();
  } catch (error) {
    throw toWebAuthnError(error);
  }
}

/** The WEB_AUTHN prompt (§7): the credential to answer with, or a WebAuthn `ChallengeError`. */
export function authenticate(
  deps: FlowDeps,
  optionsJSON: Task<"webauthn">["requestOptions"],
): Promise<AuthenticationCredentialJson> {
  return prompt(() => client(deps).startAuthentication({ optionsJSON }));
}

/** §7 registration: StartWebAuthnRegistration, the browser prompt, CompleteWebAuthnRegistration. */
export async function registerPasskey(
  task: Task<"registerPasskey">,
  deps: FlowDeps,
  signal: AbortSignal,
): Promise<SignInEffectEvent> {
  const AccessToken = task.accessToken;
  const started = await deps.transport.startWebAuthnRegistration({ AccessToken }, { signal });
  const optionsJSON = started?.CredentialCreationOptions;
  if (typeof optionsJSON !== "object" || !optionsJSON) {
    throw missing("StartWebAuthnRegistration CredentialCreationOptions");
  }
  const Credential = await prompt(() => client(deps).startRegistration({ optionsJSON }));
  // `Credential` goes as an object, not a string (§7 registration step 3).
  await deps.transport.completeWebAuthnRegistration({ AccessToken, Credential }, { signal });
  return { type: "PASSKEY_REGISTERED", generation: task.generation };
}
