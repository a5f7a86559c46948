import { type Context, createContext, useContext } from "react";
import {
  type ScreenContextValue,
  type ScreenRenderState,
  useScreenContext,
} from "../shared/screen";
import type { PolicyCheck } from "./password-policy.logic";

/** `data-scope` of every part of this screen. */
export const NEW_PASSWORD_SCOPE = "new-password-challenge";

/** Render state of the new-password screen. */
export interface NewPasswordRenderState extends ScreenRenderState {
  /** The passwords are shown as text. @selector [data-visible] */
  readonly isVisible: boolean;
  /** Every rule of the password policy is met (also true without a policy). @selector [data-complete] */
  readonly isPolicyMet: boolean;
}

/** `"newPassword"`, `"confirmPassword"`, or `"attribute:<name>"`. */
export type NewPasswordFieldKey = "newPassword" | "confirmPassword" | `attribute:${string}`;

/** Everything one field's parts need. */
export interface NewPasswordFieldEntry {
  readonly key: NewPasswordFieldKey;
  readonly ids: {
    readonly input: string;
    readonly label: string;
    readonly hint: string;
    readonly error: string;
  };
  readonly label: string;
  readonly hint: string | undefined;
  /** The field's own error (validation), shown in its FieldError part. */
  readonly errorText: string | undefined;
  readonly isInvalid: boolean;
  readonly inputProps: Readonly<Record<string, unknown>>;
}

/** What the Root shares with the parts of this screen. */
export interface NewPasswordContextValue {
  /** The field of `key` (registering it with the form on first use). */
  readonly getField: (key: NewPasswordFieldKey) => NewPasswordFieldEntry;
  /** `challenge.requiredAttributes`, in Cognito's order. */
  readonly requiredAttributes: readonly string[];
  /** The checklist, when a `passwordPolicy` was given. */
  readonly checks: readonly PolicyCheck[] | undefined;
  readonly policyId: string;
  readonly isVisible: boolean;
  readonly toggle: () => void;
}

/** The surrounding `NewPasswordChallenge.Root`: the screen and its fields. */
export function useNewPassword(
  part: string,
): ScreenContextValue<NewPasswordRenderState, NewPasswordContextValue> {
  return useScreenContext(`NewPasswordChallenge.${part}`, NEW_PASSWORD_SCOPE);
}

const FieldContext: Context<NewPasswordFieldEntry | null> =
  createContext<NewPasswordFieldEntry | null>(null);

export const NewPasswordFieldProvider: typeof FieldContext.Provider = FieldContext.Provider;

/** Reads the surrounding Field or Attribute. */
export function useNewPasswordField(part: string): NewPasswordFieldEntry {
  const value = useContext(FieldContext);
  if (value === null) {
    throw new Error(
      `<NewPasswordChallenge.${part}> must be inside <NewPasswordChallenge.Field> or <NewPasswordChallenge.Attribute>.`,
    );
  }
  return value;
}
