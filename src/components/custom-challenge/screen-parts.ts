import type { JSX } from "react";
import type { PartProps } from "../shared/part";
import {
  ScreenError,
  ScreenRestart,
  type ScreenRestartProps,
  ScreenStatus,
  ScreenSubmit,
  ScreenTitle,
  type ScreenTitleProps,
} from "../shared/screen";
import type { CustomChallengeRenderState } from "./custom-challenge";

/** "Answer to continue", focused when the step appears. @selector [data-part="title"] */
export const Title: (props: ScreenTitleProps<CustomChallengeRenderState>) => JSX.Element =
  ScreenTitle;
/** The field's or the server's error, `role="alert"` (exported as `Error`). @selector [data-part="error"] */
export const ErrorMessage: (props: PartProps<"div", CustomChallengeRenderState>) => JSX.Element =
  ScreenError;
/** Sends `{ answer }`. @selector [data-part="submit"][data-disabled] */
export const Submit: (props: PartProps<"button", CustomChallengeRenderState>) => JSX.Element =
  ScreenSubmit;
/** "Start again" after an error that ended the session (e.g. the trigger failed the sign-in). @selector [data-part="restart"] */
export const Restart: (
  props: ScreenRestartProps<CustomChallengeRenderState>,
) => JSX.Element | null = ScreenRestart;
/** "Sending…" for screen readers while pending. @selector [data-part="status"] */
export const Status: (props: PartProps<"div", CustomChallengeRenderState>) => JSX.Element =
  ScreenStatus;
