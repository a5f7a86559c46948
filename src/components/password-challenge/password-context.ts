import type { FieldState } from "../shared/field";
import {
  type ScreenContextValue,
  type ScreenRenderState,
  useScreenContext,
} from "../shared/screen";

/** `data-scope` of every part of this screen. */
export const PASSWORD_SCOPE = "password-challenge";

/** The challenges this screen answers. */
export type PasswordChallengeName = "PASSWORD" | "PASSWORD_SRP";

/** Render state of the password screen. */
export interface PasswordRenderState extends ScreenRenderState {
  /** The password is shown as text. @selector [data-visible] */
  readonly isVisible: boolean;
}

/** The password field's wiring, shared by Label, Input and Toggle. */
export interface PasswordFieldContextValue {
  readonly field: FieldState;
  readonly isVisible: boolean;
  readonly toggle: () => void;
  readonly inputProps: Readonly<Record<string, unknown>>;
}

/** The screen of the surrounding `PasswordChallenge.Root`, with its password field. */
export function usePasswordScreen(
  part: string,
): ScreenContextValue<PasswordRenderState, PasswordFieldContextValue> {
  return useScreenContext(`PasswordChallenge.${part}`, PASSWORD_SCOPE);
}
