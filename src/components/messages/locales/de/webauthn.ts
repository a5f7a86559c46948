import type { LocaleArea } from "../../types";
import type { webauthn as english } from "../en/webauthn";

/** Deutsch: Anmeldung mit Passkey. */
export const webauthn: LocaleArea<typeof english> = {
  "webauthn.title": "Mit einem Passkey anmelden",
  "webauthn.description":
    "Verwenden Sie Ihren Fingerabdruck, Ihr Gesicht, Ihre Bildschirmsperre oder einen Sicherheitsschlüssel.",
  "webauthn.prompt": "Passkey verwenden",
  "webauthn.prompting": "Warten auf Ihren Passkey …",
  "webauthn.retry": "Erneut versuchen",
  "webauthn.unsupported": "Dieser Browser kann hier keine Passkeys verwenden.",
  "webauthn.otherMethod": "Andere Anmeldemethode wählen",
};
