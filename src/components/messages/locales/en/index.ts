import { common } from "./common";
import { customChallenge } from "./custom-challenge";
import { emailSetup } from "./email-setup";
import { mfaSelect } from "./mfa-select";
import { newPassword } from "./new-password";
import { otp } from "./otp";
import { password } from "./password";
import { rememberDevice } from "./remember-device";
import { router } from "./router";
import { signIn } from "./sign-in";
import { totpSetup } from "./totp-setup";
import { webauthn } from "./webauthn";

// One import, one `typeof` and one spread per area. Component engineer B's areas (totp-setup,
// email-setup, webauthn, custom-challenge, remember-device, sign-in, router) are added here
// the same way; every other locale's index.ts then fails to compile until it has them too.

/** The English dictionary's type: the source of every message key. */
export type EnglishMessages = typeof common &
  typeof otp &
  typeof password &
  typeof newPassword &
  typeof mfaSelect &
  typeof customChallenge &
  typeof emailSetup &
  typeof rememberDevice &
  typeof router &
  typeof signIn &
  typeof totpSetup &
  typeof webauthn;

/** English, the default dictionary (the only one in the main entry). */
export const en: EnglishMessages = {
  ...common,
  ...otp,
  ...password,
  ...newPassword,
  ...mfaSelect,
  ...customChallenge,
  ...emailSetup,
  ...rememberDevice,
  ...router,
  ...signIn,
  ...totpSetup,
  ...webauthn,
};
