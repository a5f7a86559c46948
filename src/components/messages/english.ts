import { common } from "./locales/en/common";
import { otp } from "./locales/en/otp";
import { password } from "./locales/en/password";
import { router } from "./locales/en/router";
import { signIn } from "./locales/en/sign-in";
import type { Message } from "./types";

/**
 * The English texts every screen falls back to, built up area by area so that the initial
 * bundle carries only the texts of the screens in it: the start form, the router, the code and
 * password screens, and every error message. A lazily loaded screen brings its own area
 * (`registerEnglish`, from its Root) in its own chunk.
 *
 * A key nobody has registered yet (an app's own component reading `totpSetup.title` before any
 * TOTP screen rendered) loads the other areas once, in the background; components reading
 * messages show nothing for it meanwhile and re-render when they arrive (`subscribeEnglish`).
 */
const english: Record<string, Message> = { ...common, ...otp, ...password, ...router, ...signIn };

// The areas that are not in the table above until their screen (or the other areas) loads.
const LAZY_AREA =
  /^(newPassword|mfaSelect|mfaSetup|totpSetup|emailSetup|webauthn|customChallenge|rememberDevice)\./;

/** The area of a key: `"totpSetup"` for `"totpSetup.title"`. */
const areaOf = (key: string): string => key.slice(0, key.indexOf("."));

// Areas are complete units: a key missing from an area that is here does not exist at all.
const areas = new Set(Object.keys(english).map(areaOf));
const registered = new WeakSet<object>();
let version = 0;
let others: "not loaded" | "loading" | "loaded" = "not loaded";
const listeners = new Set<() => void>();

/** Adds an area's English texts (once per area object). Called by a lazily loaded screen's Root. */
export function registerEnglish(area: Readonly<Record<string, Message>>): void {
  if (registered.has(area)) return;
  registered.add(area);
  Object.assign(english, area);
  for (const key of Object.keys(area)) areas.add(areaOf(key));
}

/**
 * The English text of `key`, or `undefined` when it is not known (yet). A key of an area that
 * is not here yet (a lazily loaded screen's, read before that screen rendered) fetches the other
 * areas, once; `loading` says they are on their way.
 */
export function englishText(key: string): { text: Message | undefined; loading: boolean } {
  const text = english[key];
  if (text !== undefined || areas.has(areaOf(key)) || !LAZY_AREA.test(key)) {
    return { text, loading: false };
  }
  if (others === "not loaded") {
    others = "loading";
    import("./on-demand-english").then(
      ({ lazyAreas }) => {
        registerEnglish(lazyAreas);
        others = "loaded";
        version += 1;
        for (const listener of listeners) listener();
      },
      () => {
        // Offline, or a deploy replaced the chunk: the next lookup tries again.
        others = "not loaded";
      },
    );
  }
  return { text, loading: others === "loading" };
}

/** `useSyncExternalStore` wiring: changes when the other areas have arrived. */
export function subscribeEnglish(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** See {@link subscribeEnglish}. */
export function getEnglishVersion(): number {
  return version;
}
