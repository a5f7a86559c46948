"use client";
/**
 * SignInStart: the start form (username; the password when the flow needs it; passkeys).
 *
 * @example
 * ```tsx
 * <SignInStart.Root needsPassword>
 *   <SignInStart.Title />
 *   <SignInStart.UsernameLabel />
 *   <SignInStart.Username />
 *   <SignInStart.PasswordLabel />
 *   <SignInStart.Password />
 *   <SignInStart.Error />
 *   <SignInStart.Submit />
 * </SignInStart.Root>
 * ```
 */
export {
  SignInStartScreen as Default,
  SignInStartScreen,
  type SignInStartScreenProps,
} from "./default";
export {
  Passkey,
  Password,
  PasswordLabel,
  PasswordToggle,
  Username,
  UsernameLabel,
} from "./field-parts";
export {
  getBrowserPasskeyEnvironment,
  isPasskeyAutofillAvailable,
  type PasskeyAutofillEnvironment,
  type PickedPasskey,
  waitForPickedPasskey,
} from "./passkey-autofill";
export { type PasskeyAutofillOptions, Root, type RootProps, SIGN_IN_START_SCOPE } from "./root";
export { ErrorMessage as Error, Status, Submit, Title } from "./screen-parts";
export type { SignInStartRenderState } from "./sign-in-start-context";
