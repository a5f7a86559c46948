import { type Context, createContext, useContext } from "react";
import type { FieldState } from "../shared/field";
import type { ScreenRenderState } from "../shared/screen";

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

const PasswordFieldContext: Context<PasswordFieldContextValue | null> =
  createContext<PasswordFieldContextValue | null>(null);

export const PasswordFieldProvider: typeof PasswordFieldContext.Provider =
  PasswordFieldContext.Provider;

/** Reads the password field of the surrounding Root. */
export function usePasswordField(part: string): PasswordFieldContextValue {
  const value = useContext(PasswordFieldContext);
  if (value === null) {
    throw new Error(`<PasswordChallenge.${part}> must be inside <PasswordChallenge.Root>.`);
  }
  return value;
}
