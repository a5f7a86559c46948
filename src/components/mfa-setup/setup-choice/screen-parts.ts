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
import type { SetupChoiceRenderState } from "./setup-choice";

/** "Add a second sign-in step", focused when the step appears. @selector [data-part="title"] */
export const Title: (props: ScreenTitleProps<SetupChoiceRenderState>) => JSX.Element = ScreenTitle;
/** Why a second step is needed. @selector [data-part="description"] */
export const Description: (props: PartProps<"p", SetupChoiceRenderState>) => JSX.Element =
  ScreenDescription;
/** The choice's or the server's error, `role="alert"` (exported as `Error`). @selector [data-part="error"] */
export const ErrorMessage: (props: PartProps<"div", SetupChoiceRenderState>) => JSX.Element =
  ScreenError;
/** Sends `{ select }`. @selector [data-part="submit"][data-disabled] */
export const Submit: (props: PartProps<"button", SetupChoiceRenderState>) => JSX.Element =
  ScreenSubmit;
/** "Start again" after an error that ended the session. @selector [data-part="restart"] */
export const Restart: (props: ScreenRestartProps<SetupChoiceRenderState>) => JSX.Element | null =
  ScreenRestart;
/** "Sending…" for screen readers while pending. @selector [data-part="status"] */
export const Status: (props: PartProps<"div", SetupChoiceRenderState>) => JSX.Element =
  ScreenStatus;
