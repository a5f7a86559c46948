import type { LocaleArea } from "../../types";
import type { rememberDevice as english } from "../en/remember-device";

/** Deutsch: Gerät merken. */
export const rememberDevice: LocaleArea<typeof english> = {
  "rememberDevice.title": "Dieses Gerät merken?",
  "rememberDevice.description":
    "Wenn Sie es sich merken, werden Sie bei der nächsten Anmeldung hier möglicherweise nicht nach einem Bestätigungscode gefragt. Merken Sie sich kein gemeinsam genutztes oder öffentliches Gerät.",
  "rememberDevice.remember": "Dieses Gerät merken",
  "rememberDevice.dontRemember": "Jetzt nicht",
};
