import { MfaSelectScreen } from "../mfa-select/default";
import { OtpChallengeScreen } from "../otp-challenge/default";
import { PasswordChallengeScreen } from "../password-challenge/default";
import type { ChallengeComponents } from "./challenge-components";
import { lazyChallengeScreen } from "./lazy-screen";

// The screens most sign-ins never show are fetched when their step first appears (see
// `lazyChallengeScreen`): MFA set-up (with its QR code), the new password, the custom challenge,
// the passkey prompt and "remember this device". One chunk each, preloadable.
const MfaSetup = lazyChallengeScreen<"MFA_SETUP">(() =>
  import("../mfa-setup/mfa-setup-screen").then((module) => module.MfaSetupScreen),
);
const NewPassword = lazyChallengeScreen<"NEW_PASSWORD_REQUIRED">(() =>
  import("../new-password-challenge/default").then((module) => module.NewPasswordChallengeScreen),
);
const Custom = lazyChallengeScreen<"CUSTOM_CHALLENGE">(() =>
  import("../custom-challenge/default-screen").then((module) => module.CustomChallengeScreen),
);
const WebAuthn = lazyChallengeScreen<"WEB_AUTHN">(() =>
  import("../webauthn-challenge/default").then((module) => module.WebAuthnChallengeScreen),
);
const RememberDevice = lazyChallengeScreen<"REMEMBER_DEVICE">(() =>
  import("../remember-device/default-screen").then((module) => module.RememberDeviceScreen),
);

/**
 * The screen shown for each step when neither the router's `components` nor a
 * `<ChallengeComponentsProvider>` names one. Complete by type: a step added to the protocol
 * does not compile until it has a screen here.
 */
export const defaultChallengeComponents: ChallengeComponents = {
  SMS_MFA: OtpChallengeScreen,
  SMS_OTP: OtpChallengeScreen,
  EMAIL_OTP: OtpChallengeScreen,
  SOFTWARE_TOKEN_MFA: OtpChallengeScreen,
  PASSWORD: PasswordChallengeScreen,
  PASSWORD_SRP: PasswordChallengeScreen,
  SELECT_MFA_TYPE: MfaSelectScreen,
  SELECT_CHALLENGE: MfaSelectScreen,
  NEW_PASSWORD_REQUIRED: NewPassword,
  MFA_SETUP: MfaSetup,
  WEB_AUTHN: WebAuthn,
  CUSTOM_CHALLENGE: Custom,
  REMEMBER_DEVICE: RememberDevice,
};

/**
 * Downloads the screens `defaultChallengeComponents` fetches on demand, e.g. once the browser
 * is idle after the start form appeared, so no step waits for its code later.
 */
export function preloadChallengeScreens(): Promise<unknown> {
  return Promise.all([
    MfaSetup.preload(),
    NewPassword.preload(),
    Custom.preload(),
    WebAuthn.preload(),
    RememberDevice.preload(),
  ]);
}
