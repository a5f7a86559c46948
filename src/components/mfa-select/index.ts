"use client";
/**
 * MfaSelect: SELECT_MFA_TYPE and SELECT_CHALLENGE, a radio group of the factors Cognito offered.
 *
 * @example
 * ```tsx
 * <MfaSelect.Root {...props}>
 *   <MfaSelect.Title />
 *   <MfaSelect.Group />
 *   <MfaSelect.Error />
 *   <MfaSelect.Submit />
 * </MfaSelect.Root>
 * ```
 */
export { MfaSelectScreen as Default, MfaSelectScreen } from "./default";
export {
  Group,
  type GroupProps,
  Legend,
  Option,
  OptionDescription,
  OptionInput,
  OptionLabel,
  type OptionProps,
} from "./group-parts";
export type {
  MfaSelectChallengeName,
  MfaSelectOption,
  MfaSelectRenderState,
} from "./mfa-select-context";
export { MFA_SELECT_SCOPE, type MfaSelectRootProps, Root, toVisibleOptions } from "./root";
export {
  Description,
  ErrorMessage as Error,
  Restart,
  Status,
  Submit,
  Title,
} from "./screen-parts";
