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
import type { EmailSetupRenderState } from "./email-setup";

/** "Set up email codes", focused when the step appears. @selector [data-part="title"] */
export const Title: (props: ScreenTitleProps<EmailSetupRenderState>) => JSX.Element = ScreenTitle;
/** Where the codes will go, and that a code checks the address. @selector [data-part="description"] */
export const Description: (props: PartProps<"p", EmailSetupRenderState>) => JSX.Element =
  ScreenDescription;
/** The field's or the server's error, `role="alert"` (exported as `Error`). @selector [data-part="error"] */
export const ErrorMessage: (props: PartProps<"div", EmailSetupRenderState>) => JSX.Element =
  ScreenError;
/** Sends `{ email }`. @selector [data-part="submit"][data-disabled] */
export const Submit: (props: PartProps<"button", EmailSetupRenderState>) => JSX.Element =
  ScreenSubmit;
/** "Start again" after an error that ended the session. @selector [data-part="restart"] */
export const Restart: (props: ScreenRestartProps<EmailSetupRenderState>) => JSX.Element | null =
  ScreenRestart;
/** "Sending…" for screen readers while pending. @selector [data-part="status"] */
export const Status: (props: PartProps<"div", EmailSetupRenderState>) => JSX.Element = ScreenStatus;
