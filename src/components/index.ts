// The challenge screens, each a namespace of parts.

export * from "./challenge-router/index";
export * as CustomChallenge from "./custom-challenge/index";
export * as MfaSelect from "./mfa-select/index";
export * as EmailSetup from "./mfa-setup/email-setup/index";
export * as MfaSetup from "./mfa-setup/index";
export * as MfaSetupChoice from "./mfa-setup/setup-choice/index";
export * as TotpSetup from "./mfa-setup/totp-setup/index";
export * as NewPasswordChallenge from "./new-password-challenge/index";
export * as OtpChallenge from "./otp-challenge/index";
export * as PasswordChallenge from "./password-challenge/index";
export * as RememberDevice from "./remember-device/index";
export * from "./session-countdown/index";
export * from "./sign-in/index";
export * as SignInStart from "./sign-in-start/index";
export * as WebAuthnChallenge from "./webauthn-challenge/index";
