import type { LocaleArea } from "../../types";
import type { signIn as english } from "../en/sign-in";

/** Deutsch: Anmeldeformular und Ergebnis. */
export const signIn: LocaleArea<typeof english> = {
  "signIn.title": "Anmelden",
  "signIn.username": "Benutzername",
  "signIn.password": "Passwort",
  "signIn.showPassword": "Passwort anzeigen",
  "signIn.error.usernameRequired": "Geben Sie Ihren Benutzernamen ein.",
  "signIn.error.passwordRequired": "Geben Sie Ihr Passwort ein.",
  "signIn.submit": "Anmelden",
  "signIn.passkey": "Mit einem Passkey anmelden",
  "signIn.signedInTitle": "Sie sind angemeldet",
  "signIn.failedTitle": "Die Anmeldung hat nicht geklappt",
};
