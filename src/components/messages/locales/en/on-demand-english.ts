import type { Message } from "../../types";
import { customChallenge } from "./custom-challenge";
import { emailSetup } from "./email-setup";
import { mfaSelect } from "./mfa-select";
import { newPassword } from "./new-password";
import { rememberDevice } from "./remember-device";
import { totpSetup } from "./totp-setup";
import { webauthn } from "./webauthn";

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
