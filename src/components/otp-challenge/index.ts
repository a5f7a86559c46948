"use client";
/**
 * OtpChallenge: SMS_MFA, SMS_OTP, EMAIL_OTP and SOFTWARE_TOKEN_MFA, one real input.
 *
 * @example
 * ```tsx
 * import { OtpChallenge } from "cognito-challenge-ui";
 * <OtpChallenge.Root {...props} autoSubmit>
 *   <OtpChallenge.Title />
 *   <OtpChallenge.Label />
 *   <OtpChallenge.Field><OtpChallenge.Input /><OtpChallenge.Slots /></OtpChallenge.Field>
 *   <OtpChallenge.Error />
 *   <OtpChallenge.Submit asChild><DsButton /></OtpChallenge.Submit>
 * </OtpChallenge.Root>
 * ```
 */
export { OtpChallengeScreen as Default, OtpChallengeScreen } from "./default";
export {
  Field,
  Input,
  Label,
  Progress,
  Slot,
  type SlotProps,
  Slots,
  type SlotsProps,
} from "./field-parts";
export type { OtpChallengeName, OtpRenderState } from "./otp-context";
export {
  deriveSlots,
  extractPastedCode,
  insertAtSelection,
  type OtpSlotState,
  toCodeValue,
} from "./otp-field.logic";
export { Resend, ResendStatus } from "./resend";
export { OTP_SCOPE, type OtpRootProps, Root } from "./root";
export {
  Description,
  ErrorMessage as Error,
  Restart,
  Status,
  Submit,
  Title,
} from "./screen-parts";
