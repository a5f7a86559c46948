import type { InteractiveStepName } from "../../core/index";
import { type ChallengeComponents, INTERACTIVE_STEP_NAMES } from "./challenge-components";
import { type LazyChallengeComponent, lazyChallengeScreen } from "./lazy-screen";

// Every screen is fetched the first time its step appears (see `lazyChallengeScreen`), one chunk
// per screen, so an app's first download holds only the start form, the router and the flow.
// `<SignIn>` fetches the screens that follow the start form (the code, the choice of method, the
// password step) while the start request runs, so they are there when their step comes; MFA
// set-up (with its QR code), the new password, the custom challenge, the passkey prompt and
// "remember this device" wait for their step. `preloadChallengeScreens()` fetches them.
const loadOtp = () => import("./on-demand-otp").then((module) => module.OtpChallengeScreen);
const loadPassword = () =>
  import("./on-demand-password").then((module) => module.PasswordChallengeScreen);
const loadMfaSelect = () =>
  import("./on-demand-mfa-select").then((module) => module.MfaSelectScreen);

const lazyScreens: { readonly [N in InteractiveStepName]: LazyChallengeComponent<N> } = {
  SMS_MFA: /* @__PURE__ */ lazyChallengeScreen<"SMS_MFA">(loadOtp),
  SMS_OTP: /* @__PURE__ */ lazyChallengeScreen<"SMS_OTP">(loadOtp),
  EMAIL_OTP: /* @__PURE__ */ lazyChallengeScreen<"EMAIL_OTP">(loadOtp),
  SOFTWARE_TOKEN_MFA: /* @__PURE__ */ lazyChallengeScreen<"SOFTWARE_TOKEN_MFA">(loadOtp),
  PASSWORD: /* @__PURE__ */ lazyChallengeScreen<"PASSWORD">(loadPassword),
  PASSWORD_SRP: /* @__PURE__ */ lazyChallengeScreen<"PASSWORD_SRP">(loadPassword),
  SELECT_MFA_TYPE: /* @__PURE__ */ lazyChallengeScreen<"SELECT_MFA_TYPE">(loadMfaSelect),
  SELECT_CHALLENGE: /* @__PURE__ */ lazyChallengeScreen<"SELECT_CHALLENGE">(loadMfaSelect),
  NEW_PASSWORD_REQUIRED: /* @__PURE__ */ lazyChallengeScreen<"NEW_PASSWORD_REQUIRED">(() =>
    import("./on-demand-new-password").then((module) => module.NewPasswordChallengeScreen),
  ),
  MFA_SETUP: /* @__PURE__ */ lazyChallengeScreen<"MFA_SETUP">(() =>
    import("./on-demand-mfa-setup").then((module) => module.MfaSetupScreen),
  ),
  WEB_AUTHN: /* @__PURE__ */ lazyChallengeScreen<"WEB_AUTHN">(() =>
    import("./on-demand-webauthn").then((module) => module.WebAuthnChallengeScreen),
  ),
  CUSTOM_CHALLENGE: /* @__PURE__ */ lazyChallengeScreen<"CUSTOM_CHALLENGE">(() =>
    import("./on-demand-custom-challenge").then((module) => module.CustomChallengeScreen),
  ),
  REMEMBER_DEVICE: /* @__PURE__ */ lazyChallengeScreen<"REMEMBER_DEVICE">(() =>
    import("./on-demand-remember-device").then((module) => module.RememberDeviceScreen),
  ),
};

/**
 * The screen shown for each step when neither the router's `components` nor a
 * `<ChallengeComponentsProvider>` names one. Complete by type: a step added to the protocol
 * does not compile until it has a screen here.
 */
export const defaultChallengeComponents: ChallengeComponents = lazyScreens;

/**
 * Downloads the default screens of `steps` (every step's when not told) now, e.g. once the
 * browser is idle after the start form appeared, so no step waits for its code later. Rejects
 * when a download fails; the step then offers "Try again" when it appears.
 *
 * @example
 * ```ts
 * requestIdleCallback(() => void preloadChallengeScreens().catch(() => undefined));
 * ```
 */
export function preloadChallengeScreens(
  steps: readonly InteractiveStepName[] = INTERACTIVE_STEP_NAMES,
): Promise<unknown> {
  return Promise.all(steps.map((step) => lazyScreens[step].preload()));
}
