import type { JSX } from "react";
import type { PartProps } from "../shared/part";
import {
  ScreenError,
  ScreenStatus,
  ScreenSubmit,
  ScreenTitle,
  type ScreenTitleProps,
} from "../shared/screen";
import type { SignInStartRenderState } from "./sign-in-start-context";

/** "Sign in", focused when the form appears. @selector [data-part="title"] */
export const Title: (props: ScreenTitleProps<SignInStartRenderState>) => JSX.Element = ScreenTitle;
/** The field's or the sign-in's error, `role="alert"` (exported as `Error`). @selector [data-part="error"] */
export const ErrorMessage: (props: PartProps<"div", SignInStartRenderState>) => JSX.Element =
  ScreenError;
/** "Sign in": starts the flow. @selector [data-part="submit"][data-disabled] */
export const Submit: (props: PartProps<"button", SignInStartRenderState>) => JSX.Element =
  ScreenSubmit;
/** "Sending…" for screen readers while pending. @selector [data-part="status"] */
export const Status: (props: PartProps<"div", SignInStartRenderState>) => JSX.Element =
  ScreenStatus;
