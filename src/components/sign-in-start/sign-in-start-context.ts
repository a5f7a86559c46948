import type { UseFormReturn } from "react-hook-form";
import type { FieldState } from "../shared/field";
import {
  type ScreenContextValue,
  type ScreenRenderState,
  useScreenContext,
} from "../shared/screen";

/** `data-scope` of every part of the start form. */
export const SIGN_IN_START_SCOPE = "sign-in-start";

/** Render state of the start form, handed to `className`/`style` functions. */
export interface SignInStartRenderState extends ScreenRenderState {
  /** The form asks for a password (USER_SRP_AUTH, USER_PASSWORD_AUTH). @selector [data-password] */
  readonly needsPassword: boolean;
  /** The password is shown as text. @selector [data-visible] on the Password part */
  readonly isPasswordVisible: boolean;
}

/** The form's values. */
export interface StartForm {
  username: string;
  password: string;
}

/** What the SignInStart Root shares with its own parts. */
export interface SignInStartContextValue {
  readonly form: UseFormReturn<StartForm>;
  readonly username: FieldState;
  readonly password: FieldState;
  readonly needsPassword: boolean;
  readonly isPasswordVisible: boolean;
  readonly togglePassword: () => void;
  /** Marks the next submit as "sign in with a passkey" (the passkey button's click). */
  readonly choosePasskey: () => void;
  /** The submit under way came from the passkey button (the password is then not needed). */
  readonly isPasskeySubmit: () => boolean;
  /** The app's own username rule (`Root`'s `validateUsername`). */
  readonly validateUsername: ((username: string) => string | undefined) | undefined;
}

/** The surrounding `SignInStart.Root`: the screen and the form's own wiring. */
export function useSignInStart(
  part: string,
): ScreenContextValue<SignInStartRenderState, SignInStartContextValue> {
  return useScreenContext(`SignInStart.${part}`, SIGN_IN_START_SCOPE);
}
