"use client";
/**
 * MfaSetup: the screen the router shows for MFA_SETUP (`Default`), which picks its view from the
 * challenge: the choice (`MfaSetupChoice`), the authenticator-app set-up (`TotpSetup`), the email
 * set-up (`EmailSetup`), or `Unavailable` when only SMS is offered.
 */
export { getMfaSetupView, type MfaSetupView } from "./mfa-setup.logic";
export { MfaSetupScreen as Default, MfaSetupScreen } from "./mfa-setup-screen";
export { MfaSetupUnavailable, MfaSetupUnavailable as Unavailable } from "./unavailable";
