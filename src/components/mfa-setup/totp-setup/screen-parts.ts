import type { JSX } from "react";
import type { PartProps } from "../../shared/part";
import {
  ScreenDescription,
  ScreenError,
  ScreenRestart,
  type ScreenRestartProps,
  ScreenStatus,
  ScreenSubmit,
  ScreenTitle,
  type ScreenTitleProps,
} from "../../shared/screen";
import type { TotpSetupRenderState } from "./totp-setup-context";

/** "Set up your authenticator app", focused when the step appears. @selector [data-part="title"] */
export const Title: (props: ScreenTitleProps<TotpSetupRenderState>) => JSX.Element = ScreenTitle;
/** How to add the account to an authenticator app. @selector [data-part="description"] */
export const Description: (props: PartProps<"p", TotpSetupRenderState>) => JSX.Element =
  ScreenDescription;
/** The field's or the server's error, `role="alert"` (exported as `Error`). @selector [data-part="error"] */
export const ErrorMessage: (props: PartProps<"div", TotpSetupRenderState>) => JSX.Element =
  ScreenError;
/** Sends `{ code }` (and the device name, when given). @selector [data-part="submit"][data-disabled] */
export const Submit: (props: PartProps<"button", TotpSetupRenderState>) => JSX.Element =
  ScreenSubmit;
/** "Start again" after an error that ended the session. @selector [data-part="restart"] */
export const Restart: (props: ScreenRestartProps<TotpSetupRenderState>) => JSX.Element | null =
  ScreenRestart;
/** "Sending…" for screen readers while pending. @selector [data-part="status"] */
export const Status: (props: PartProps<"div", TotpSetupRenderState>) => JSX.Element = ScreenStatus;
