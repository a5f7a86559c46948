import type { ChallengeComponents } from "./challenge-components";
import { lazyChallengeScreen } from "./lazy-screen";

// Every screen is fetched the first time its step appears (see `lazyChallengeScreen`), one chunk
// per screen, so an app's first download holds only the start form, the router and the flow.
// `<SignIn>` fetches the screens that follow the start form (the code, the choice of method, the
// password step) while the start request runs, so they are there when their step comes; MFA
// set-up (with its QR code), the new password, the custom challenge, the passkey prompt and
// "remember this device" wait for their step. `preloadChallengeScreens()` fetches them all.
const loadMfaSelect = () =>
  import("./on-demand-mfa-select").then((module) => module.MfaSelectScreen);
const SelectMfaType = /* @__PURE__ */ lazyChallengeScreen<"SELECT_MFA_TYPE">(loadMfaSelect);
const SelectChallenge = /* @__PURE__ */ lazyChallengeScreen<"SELECT_CHALLENGE">(loadMfaSelect);
const loadOtp = () => import("./on-demand-otp").then((module) => module.OtpChallengeScreen);
const SmsMfa = /* @__PURE__ */ lazyChallengeScreen<"SMS_MFA">(loadOtp);
const SmsOtp = /* @__PURE__ */ lazyChallengeScreen<"SMS_OTP">(loadOtp);
const EmailOtp = /* @__PURE__ */ lazyChallengeScreen<"EMAIL_OTP">(loadOtp);
const SoftwareTokenMfa = /* @__PURE__ */ lazyChallengeScreen<"SOFTWARE_TOKEN_MFA">(loadOtp);
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
  SMS_MFA: SmsMfa,
  SMS_OTP: SmsOtp,
  EMAIL_OTP: EmailOtp,
  SOFTWARE_TOKEN_MFA: SoftwareTokenMfa,
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
    SmsMfa.preload(),
    SmsOtp.preload(),
    EmailOtp.preload(),
    SoftwareTokenMfa.preload(),
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
 * Fetches the choice of method (SELECT_MFA_TYPE, SELECT_CHALLENGE). `<SignIn>` calls it while
 * the start request runs, so the choice needs no download of its own when it comes.
 */
export function preloadMfaSelect(): Promise<unknown> {
  return Promise.all([SelectMfaType.preload(), SelectChallenge.preload()]);
}

/**
 * Fetches the code screen (SMS_MFA, SMS_OTP, EMAIL_OTP, SOFTWARE_TOKEN_MFA), the step most
 * sign-ins reach, as `preloadMfaSelect`: while the start request runs, so it is there first.
 */
export function preloadCodeStep(): Promise<unknown> {
  return Promise.all([
    SmsMfa.preload(),
    SmsOtp.preload(),
    EmailOtp.preload(),
    SoftwareTokenMfa.preload(),
  ]);
}

/** Fetches the password step (PASSWORD, PASSWORD_SRP of USER_AUTH), as `preloadMfaSelect`. */
export function preloadPasswordStep(): Promise<unknown> {
  return Promise.all([Password.preload(), PasswordSrp.preload()]);
}
