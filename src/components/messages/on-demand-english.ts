import { customChallenge } from "./locales/en/custom-challenge";
import { emailSetup } from "./locales/en/email-setup";
import { mfaSelect } from "./locales/en/mfa-select";
import { newPassword } from "./locales/en/new-password";
import { rememberDevice } from "./locales/en/remember-device";
import { totpSetup } from "./locales/en/totp-setup";
import { webauthn } from "./locales/en/webauthn";
import type { Message } from "./types";

/**
 * The English areas of the screens that are not in the initial bundle, for `english.ts` to load
 * when a key of theirs is read before their screen rendered. A module of its own, not `en`:
 * `en` is also exported statically, and a bundler would then keep it in the initial chunk.
 */
export const lazyAreas: Readonly<Record<string, Message>> = {
  ...customChallenge,
  ...emailSetup,
  ...mfaSelect,
  ...newPassword,
  ...rememberDevice,
  ...totpSetup,
  ...webauthn,
};
