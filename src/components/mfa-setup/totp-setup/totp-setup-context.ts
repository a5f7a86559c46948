import type { RefObject } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { TotpSetupDetails } from "../../../core/index";
import { normalizeCode } from "../../../core/protocol/normalize-code";
import type { FieldState } from "../../shared/field";
import {
  type ScreenContextValue,
  type ScreenRenderState,
  useScreenContext,
} from "../../shared/screen";
import type { CopyResult } from "./copy-text";

/** `data-scope` of every part of this screen. */
export const TOTP_SETUP_SCOPE = "totp-setup";

/** Digits of a TOTP code: Cognito's authenticator codes are always six (RFC 6238 default). */
export const TOTP_CODE_LENGTH = 6;

const CODE = new RegExp(`^\\d{${TOTP_CODE_LENGTH}}$`);

/** Whether `typed` is a whole TOTP code once spaces and dashes are stripped. */
export function isTotpCode(typed: string): boolean {
  return CODE.test(normalizeCode(typed));
}

/** Render state of the TotpSetup screen, handed to `className`/`style` functions. */
export interface TotpSetupRenderState extends ScreenRenderState {
  /** The secret has arrived (AssociateSoftwareToken answered). @selector [data-ready] */
  readonly isReady: boolean;
  /** The last copy of the secret: `copied`, `manual` (selected for Ctrl+C), or `idle`. */
  readonly copyState: "idle" | CopyResult;
}

/** The form's values. */
export interface TotpForm {
  code: string;
  friendlyDeviceName: string;
}

/** What the TotpSetup Root shares with its own parts. */
export interface TotpSetupContextValue {
  readonly totp: TotpSetupDetails | undefined;
  readonly form: UseFormReturn<TotpForm>;
  readonly code: FieldState;
  readonly deviceName: FieldState;
  /** Id of the code field's description ("Enter the 6-digit code your app shows for …"). */
  readonly codeDescriptionId: string;
  /** The Secret element, selected when the Clipboard API refuses to copy. */
  readonly secretRef: RefObject<HTMLElement | null>;
  readonly copy: () => void;
}

/** The surrounding `TotpSetup.Root`: the screen and its own wiring. */
export function useTotpSetup(
  part: string,
): ScreenContextValue<TotpSetupRenderState, TotpSetupContextValue> {
  return useScreenContext(`TotpSetup.${part}`, TOTP_SETUP_SCOPE);
}
