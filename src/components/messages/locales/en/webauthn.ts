/** Texts of the WebAuthnChallenge screen (WEB_AUTHN). */
export const webauthn = {
  "webauthn.title": "Sign in with a passkey",
  "webauthn.description": "Use your fingerprint, face, screen lock or security key.",
  "webauthn.prompt": "Use passkey",
  "webauthn.prompting": "Waiting for your passkey…",
  "webauthn.retry": "Try again",
  "webauthn.unsupported": "This browser can't use passkeys here.",
  "webauthn.otherMethod": "Choose another way to sign in",
};
