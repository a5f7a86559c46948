import type { JSX } from "react";
import type { PartProps } from "../shared/part";
import {
  ScreenDescription,
  ScreenError,
  ScreenRestart,
  type ScreenRestartProps,
  ScreenStatus,
  ScreenTitle,
  type ScreenTitleProps,
} from "../shared/screen";
import type { RememberDeviceRenderState } from "./remember-device";

/** "Remember this device?", focused when the step appears. @selector [data-part="title"] */
export const Title: (props: ScreenTitleProps<RememberDeviceRenderState>) => JSX.Element =
  ScreenTitle;
/** What remembering means, and not to do it on a shared device. @selector [data-part="description"] */
export const Description: (props: PartProps<"p", RememberDeviceRenderState>) => JSX.Element =
  ScreenDescription;
/** The refused answer's message, `role="alert"` (exported as `Error`). @selector [data-part="error"] */
export const ErrorMessage: (props: PartProps<"div", RememberDeviceRenderState>) => JSX.Element =
  ScreenError;
/** "Start again" after an error that ended the session. @selector [data-part="restart"] */
export const Restart: (props: ScreenRestartProps<RememberDeviceRenderState>) => JSX.Element | null =
  ScreenRestart;
/** "Sending…" for screen readers while pending. @selector [data-part="status"] */
export const Status: (props: PartProps<"div", RememberDeviceRenderState>) => JSX.Element =
  ScreenStatus;
