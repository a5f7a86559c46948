"use client";
/**
 * MfaSetupChoice: MFA_SETUP when an authenticator app and email can both be set up. A radio
 * group answering `{ select: "SOFTWARE_TOKEN_MFA" | "EMAIL_OTP" }`.
 *
 * @example
 * ```tsx
 * <MfaSetupChoice.Root {...props}>
 *   <MfaSetupChoice.Title />
 *   <MfaSetupChoice.Group>
 *     <MfaSetupChoice.Legend />
 *     <MfaSetupChoice.Option value="SOFTWARE_TOKEN_MFA" />
 *     <MfaSetupChoice.Option value="EMAIL_OTP" />
 *   </MfaSetupChoice.Group>
 *   <MfaSetupChoice.Error />
 *   <MfaSetupChoice.Submit />
 * </MfaSetupChoice.Root>
 * ```
 */
export { MfaSetupChoiceScreen as Default, MfaSetupChoiceScreen } from "./default";
export {
  Description,
  ErrorMessage as Error,
  Restart,
  Status,
  Submit,
  Title,
} from "./screen-parts";
export {
  Group,
  getSetupFactors,
  Legend,
  Option,
  type OptionProps,
  Root,
  type RootProps,
  SETUP_CHOICE_SCOPE,
  type SetupChoiceRenderState,
  type SetupFactor,
} from "./setup-choice";
