import { OtpChallengeScreen } from "../otp-challenge/default";
import type { ChallengeComponents } from "./challenge-components";
import { lazyChallengeScreen } from "./lazy-screen";

// The screens most sign-ins never show are fetched when their step first appears (see
// `lazyChallengeScreen`): the choice of method, the password step of USER_AUTH (the common flows
// take the password on the start form), MFA set-up (with its QR code), the new password, the
// custom challenge, the passkey prompt and "remember this device". One chunk each, preloadable.
// The initial bundle keeps the start form and the code screen, the step most sign-ins reach.
const loadMfaSelect = () =>
  import("./on-demand-mfa-select").then((module) => module.MfaSelectScreen);
const SelectMfaType = /* @__PURE__ */ lazyChallengeScreen<"SELECT_MFA_TYPE">(loadMfaSelect);
const SelectChallenge = /* @__PURE__ */ lazyChallengeScreen<"SELECT_CHALLENGE">(loadMfaSelect);
const loadPassword = () =>
  import("./on-demand-password").then((module) => module.PasswordChallengeScreen);
const Password = /* @__PURE__ */ lazyChallengeScreen<"PASSWORD">(loadPassword);
const PasswordSrp = /* @__PURE__ */ lazyChallengeScreen<"PASSWORD_SRP">(loadPassword);
const MfaSetup = /* @__PURE__ */ lazyChallengeScreen<"MFA_SETUP">(() =>
  import("./on-demand-mfa-setup").then((module) => module.MfaSetupScreen),
);
const NewPassword = /* @__PURE__ */ lazyChallengeScreen<"NEW_PASSWORD_REQUIRED">(() =>
  import("./on-demand-new-password").then((module) => module.NewPasswordChallengeScreen),
);
const Custom = /* @__PURE__ */ lazyChallengeScreen<"CUSTOM_CHALLENGE">(() =>
  import("./on-demand-custom-challenge").then((module) => module.CustomChallengeScreen),
);
const WebAuthn = /* @__PURE__ */ lazyChallengeScreen<"WEB_AUTHN">(() =>
  import("./on-demand-webauthn").then((module) => module.WebAuthnChallengeScreen),
);
const RememberDevice = /* @__PURE__ */ lazyChallengeScreen<"REMEMBER_DEVICE">(() =>
  import("./on-demand-remember-device").then((module) => module.RememberDeviceScreen),
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
  PASSWORD: Password,
  PASSWORD_SRP: PasswordSrp,
  SELECT_MFA_TYPE: SelectMfaType,
  SELECT_CHALLENGE: SelectChallenge,
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
    SelectMfaType.preload(),
    SelectChallenge.preload(),
    Password.preload(),
    PasswordSrp.preload(),
    MfaSetup.preload(),
    NewPassword.preload(),
    Custom.preload(),
    WebAuthn.preload(),
    RememberDevice.preload(),
  ]);
}

/**
 * Fetches the choice of method (SELECT_MFA_TYPE, SELECT_CHALLENGE), the step that most often
 * follows the start form among those not in the initial bundle. `<SignIn>` calls it while the
 * start request runs, so the choice needs no download of its own when it comes.
 */
export function preloadMfaSelect(): Promise<unknown> {
  return Promise.all([SelectMfaType.preload(), SelectChallenge.preload()]);
}

/** Fetches the password step (PASSWORD, PASSWORD_SRP of USER_AUTH), as `preloadMfaSelect`. */
export function preloadPasswordStep(): Promise<unknown> {
  return Promise.all([Password.preload(), PasswordSrp.preload()]);
}
