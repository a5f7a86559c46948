"use client";
/**
 * TotpSetup: MFA_SETUP with an authenticator app. A QR code (drawn with lean-qr, loaded only when
 * this screen appears), the secret in blocks of four with a Copy button, an `otpauth://` link,
 * then the code: answers `{ code, friendlyDeviceName? }`.
 *
 * @example
 * ```tsx
 * <TotpSetup.Root {...props}>
 *   <TotpSetup.Title />
 *   <TotpSetup.QrCode />
 *   <TotpSetup.Secret /> <TotpSetup.Copy />
 *   <TotpSetup.CodeLabel />
 *   <TotpSetup.CodeInput />
 *   <TotpSetup.Error />
 *   <TotpSetup.Submit />
 * </TotpSetup.Root>
 * ```
 */
export type { CopyResult } from "./copy-text";
export { TotpSetupScreen as Default, TotpSetupScreen } from "./default";
export {
  CodeDescription,
  CodeInput,
  CodeLabel,
  DeviceNameDescription,
  DeviceNameInput,
  DeviceNameLabel,
} from "./field-parts";
export { Root, type RootProps, TOTP_SETUP_SCOPE } from "./root";
export {
  Description,
  ErrorMessage as Error,
  Restart,
  Status,
  Submit,
  Title,
} from "./screen-parts";
export { groupSecret } from "./secret.logic";
export { Copy, OpenInApp, QrCode, Secret, SecretLabel } from "./secret-parts";
export { TOTP_CODE_LENGTH, type TotpSetupRenderState } from "./totp-setup-context";
