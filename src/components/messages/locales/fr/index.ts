import type { Messages } from "../../types";
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

/** Français (French): every message key. */
export const fr: Messages = {
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
