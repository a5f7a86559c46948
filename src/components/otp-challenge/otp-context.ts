import type { FieldState } from "../shared/field";
import {
  type ScreenContextValue,
  type ScreenRenderState,
  useScreenContext,
} from "../shared/screen";
import type { OtpSlotState } from "./otp-field.logic";

/** `data-scope` of every part of this screen. */
export const OTP_SCOPE = "otp-challenge";

/** The four challenges this screen answers. */
export type OtpChallengeName = "SMS_MFA" | "SMS_OTP" | "EMAIL_OTP" | "SOFTWARE_TOKEN_MFA";

/** Render state of the OTP screen, handed to `className`/`style` functions of every part. */
export interface OtpRenderState extends ScreenRenderState {
  /** The digits entered so far. */
  readonly value: string;
  /** How many digits the code has. */
  readonly length: number;
  /** All digits are entered. @selector [data-complete] */
  readonly isComplete: boolean;
  /** The code input has focus. @selector [data-focused] */
  readonly isFocused: boolean;
}

/** The code field's wiring, shared by Field, Label, Input, Slots and Progress. */
export interface OtpFieldContextValue {
  readonly field: FieldState;
  readonly value: string;
  readonly length: number;
  readonly slots: readonly OtpSlotState[];
  readonly isFocused: boolean;
  readonly isInvalid: boolean;
  /** Whether a Slots part is mounted (the real input is then laid over it). */
  readonly hasSlots: boolean;
  readonly registerSlots: () => () => void;
  readonly inputProps: Readonly<Record<string, unknown>>;
  /** The resend cooldown's end (epoch ms); `undefined` when resending is not offered (TOTP). */
  readonly resendAvailableAt: number | undefined;
  readonly resendIds: { readonly status: string };
}

/** The screen of the surrounding `OtpChallenge.Root`, with its code field. */
export function useOtp(part: string): ScreenContextValue<OtpRenderState, OtpFieldContextValue> {
  return useScreenContext(`OtpChallenge.${part}`, OTP_SCOPE);
}
