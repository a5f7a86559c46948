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
import type { PasswordRenderState } from "./password-context";

/** The step heading, focused when the step appears. @selector [data-part="title"] */
export const Title: (props: ScreenTitleProps<PasswordRenderState>) => JSX.Element = ScreenTitle;
/** What to do. @selector [data-part="description"] */
export const Description: (props: PartProps<"p", PasswordRenderState>) => JSX.Element =
  ScreenDescription;
/** The field's or the server's error, `role="alert"` (exported as `Error`). */
export const ErrorMessage: (props: PartProps<"div", PasswordRenderState>) => JSX.Element =
  ScreenError;
/** Signs in. @selector [data-part="submit"][data-disabled] */
export const Submit: (props: PartProps<"button", PasswordRenderState>) => JSX.Element =
  ScreenSubmit;
/** "Start again" after an error that ended the session. @selector [data-part="restart"] */
export const Restart: (props: ScreenRestartProps<PasswordRenderState>) => JSX.Element | null =
  ScreenRestart;
/** "Sending…" for screen readers while pending. @selector [data-part="status"] */
export const Status: (props: PartProps<"div", PasswordRenderState>) => JSX.Element = ScreenStatus;
