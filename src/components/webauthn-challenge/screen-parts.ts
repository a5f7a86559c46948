import type { JSX } from "react";
import type { PartProps } from "../shared/part";
import {
  ScreenDescription,
  ScreenError,
  ScreenRestart,
  type ScreenRestartProps,
  ScreenTitle,
  type ScreenTitleProps,
} from "../shared/screen";
import type { WebAuthnRenderState } from "./webauthn-challenge";

/** "Sign in with a passkey", focused when the step appears. @selector [data-part="title"] */
export const Title: (props: ScreenTitleProps<WebAuthnRenderState>) => JSX.Element = ScreenTitle;
/** What a passkey uses (fingerprint, face, screen lock, security key). @selector [data-part="description"] */
export const Description: (props: PartProps<"p", WebAuthnRenderState>) => JSX.Element =
  ScreenDescription;
/** The prompt's or the server's error, `role="alert"` (exported as `Error`). @selector [data-part="error"] */
export const ErrorMessage: (props: PartProps<"div", WebAuthnRenderState>) => JSX.Element =
  ScreenError;
/** "Start again" after an error that ended the session. @selector [data-part="restart"] */
export const Restart: (props: ScreenRestartProps<WebAuthnRenderState>) => JSX.Element | null =
  ScreenRestart;
