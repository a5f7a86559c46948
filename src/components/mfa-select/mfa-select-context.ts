import { type Context, createContext, useContext } from "react";
import type { FirstFactor, MfaType } from "../../core/protocol/challenge-name";
import {
  type ScreenContextValue,
  type ScreenRenderState,
  useScreenContext,
} from "../shared/screen";

/** `data-scope` of every part of this screen. */
export const MFA_SELECT_SCOPE = "mfa-select";

/** The challenges this screen answers. */
export type MfaSelectChallengeName = "SELECT_MFA_TYPE" | "SELECT_CHALLENGE";

/** A choice: an MFA factor (SELECT_MFA_TYPE) or a first factor (SELECT_CHALLENGE). */
export type MfaSelectOption = MfaType | FirstFactor;

/** Render state of the method choice. */
export interface MfaSelectRenderState extends ScreenRenderState {
  /** The option picked so far. @selector [data-checked] on the Option */
  readonly value: MfaSelectOption | undefined;
}

/** What one option's parts need. */
export interface OptionEntry {
  readonly value: MfaSelectOption;
  readonly ids: { readonly input: string; readonly label: string; readonly description: string };
  readonly label: string;
  readonly description: string;
  readonly isChecked: boolean;
  readonly inputProps: Readonly<Record<string, unknown>>;
}

/** What the Root shares with the group and its options. */
export interface MfaSelectContextValue {
  /** The options Cognito offered, in its order (PASSWORD folded into PASSWORD_SRP). */
  readonly options: readonly MfaSelectOption[];
  readonly getOption: (value: MfaSelectOption) => OptionEntry;
  readonly legend: string;
  readonly legendId: string;
  /** `aria-describedby` of the group: the error, while there is one. */
  readonly groupDescribedBy: string | undefined;
}

/** The surrounding `MfaSelect.Root`: the screen and its options. */
export function useMfaSelect(
  part: string,
): ScreenContextValue<MfaSelectRenderState, MfaSelectContextValue> {
  return useScreenContext(`MfaSelect.${part}`, MFA_SELECT_SCOPE);
}

const OptionContext: Context<OptionEntry | null> = createContext<OptionEntry | null>(null);

export const OptionProvider: typeof OptionContext.Provider = OptionContext.Provider;

/** Reads the surrounding Option. */
export function useOption(part: string): OptionEntry {
  const value = useContext(OptionContext);
  if (value === null) throw new Error(`<MfaSelect.${part}> must be inside <MfaSelect.Option>.`);
  return value;
}
