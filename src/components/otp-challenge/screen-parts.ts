import type { JSX } from "react";
import type { PartProps } from "../shared/part";
import {
  ScreenDescription,
  ScreenError,
  ScreenRestart,
  type ScreenRestartProps,
  ScreenStatus,
  ScreenSubmit,
  ScreenTitle,
  type ScreenTitleProps,
} from "../shared/screen";
import type { OtpRenderState } from "./otp-context";

/** The step heading, focused when the step appears. @selector [data-part="title"] */
export const Title: (props: ScreenTitleProps<OtpRenderState>) => JSX.Element = ScreenTitle;
/** Where the code went (masked destination and medium). @selector [data-part="description"] */
export const Description: (props: PartProps<"p", OtpRenderState>) => JSX.Element =
  ScreenDescription;
/** The field's or the server's error, `role="alert"` (exported as `Error`). @selector [data-part="error"] */
export const ErrorMessage: (props: PartProps<"div", OtpRenderState>) => JSX.Element = ScreenError;
/** Submits the code. @selector [data-part="submit"][data-disabled] */
export const Submit: (props: PartProps<"button", OtpRenderState>) => JSX.Element = ScreenSubmit;
/** "Start again" after an error that ended the session. @selector [data-part="restart"] */
export const Restart: (props: ScreenRestartProps<OtpRenderState>) => JSX.Element | null =
  ScreenRestart;
/** "Sending…" for screen readers while pending. @selector [data-part="status"] */
export const Status: (props: PartProps<"div", OtpRenderState>) => JSX.Element = ScreenStatus;
