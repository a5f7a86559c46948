/**
 * Texts of the MFA_SETUP screens: the choice between an authenticator app and email
 * (`mfaSetup.*`) and the authenticator-app set-up (`totpSetup.*`).
 */
export const totpSetup = {
  "mfaSetup.title": "Add a second sign-in step",
  "mfaSetup.description":
    "Your account needs a second step when you sign in. Choose how you want to get your codes.",
  "mfaSetup.legend": "Get codes by",
  "mfaSetup.option.SOFTWARE_TOKEN_MFA": "Authenticator app",
  "mfaSetup.option.EMAIL_OTP": "Email",
  "mfaSetup.optionDescription.SOFTWARE_TOKEN_MFA": "Codes from an app on your phone.",
  "mfaSetup.optionDescription.EMAIL_OTP": "Codes sent to your email address.",
  "mfaSetup.error.required": "Choose one to continue.",
  "mfaSetup.submit": "Continue",
  "mfaSetup.unavailableTitle": "A phone number is needed",
  "mfaSetup.unavailable":
    "Your account can only use text-message codes, and they can't be set up while you sign in. Add a phone number to your account, then sign in again.",

  "totpSetup.title": "Set up your authenticator app",
  "totpSetup.instructions":
    "Scan the QR code with an authenticator app, or enter the setup key by hand. Then enter the code the app shows.",
  "totpSetup.preparing": "Preparing your setup key…",
  "totpSetup.qrLabel": "QR code to add {account} to an authenticator app",
  "totpSetup.qrLoading": "Loading the QR code…",
  "totpSetup.qrFailed": "The QR code couldn't be shown. Enter the setup key instead.",
  "totpSetup.secretLabel": "Setup key",
  "totpSetup.copy": "Copy key",
  "totpSetup.copied": "Setup key copied.",
  "totpSetup.copyManual": "Setup key selected. Press Ctrl+C (or ⌘C) to copy it.",
  "totpSetup.openApp": "Open in authenticator app",
  "totpSetup.codeLabel": "Code from the app",
  "totpSetup.codeDescription": "Enter the {length}-digit code your app shows for {issuer}.",
  "totpSetup.deviceNameLabel": "Name for this authenticator (optional)",
  "totpSetup.deviceNameDescription": "Helps you tell your authenticators apart, e.g. “Work phone”.",
  "totpSetup.error.required": "Enter the code from your app.",
  "totpSetup.error.incomplete": "Enter all {length} digits.",
  "totpSetup.submit": "Verify and turn on",
};
