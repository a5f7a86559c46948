import type { JSX } from "react";
import { useMessages } from "../messages/messages-provider";
import type { PartProps } from "../shared/part";
import { busyButtonProps, renderScreenPart } from "../shared/screen";
import { useCountdown } from "../shared/use-countdown";
import { type OtpRenderState, useOtp } from "./otp-context";

/**
 * "Send a new code" for SMS_MFA, SMS_OTP and EMAIL_OTP (nothing for SOFTWARE_TOKEN_MFA, whose
 * app makes codes itself). Cognito has no resend API for sign-in codes (protocol reference
 * §3.2, amplify-js #6676), so this calls `restart()`: a new sign-in with the username kept,
 * which sends a new code. `aria-disabled` during the cooldown, unless the error already says
 * the session is gone.
 * @selector [data-part="resend"][data-disabled]
 */
export function Resend(props: PartProps<"button", OtpRenderState>): JSX.Element | null {
  const screen = useOtp("Resend");
  const otp = screen.own;
  const { message } = useMessages();
  const left = useCountdown(otp.resendAvailableAt);
  if (left === undefined) return null;
  const inactive = (left > 0 && !screen.canRestart) || screen.renderState.isPending;
  return renderScreenPart(
    screen,
    "button",
    "resend",
    {
      type: "button",
      ...busyButtonProps(inactive, screen.restart),
      "aria-describedby": otp.resendIds.status,
      children: message("otp.resend"),
    },
    props,
    { disabled: inactive },
  );
}

/**
 * Explains Resend: the time left in the cooldown ("You can ask for a new code in 27 seconds.",
 * `Intl.RelativeTimeFormat`), then that a new code restarts the sign-in. Not a live region: a
 * countdown read out every second would drown everything else.
 * @selector [data-part="resend-status"]
 */
export function ResendStatus(props: PartProps<"p", OtpRenderState>): JSX.Element | null {
  const screen = useOtp("ResendStatus");
  const otp = screen.own;
  const { message, formatter } = useMessages();
  const left = useCountdown(otp.resendAvailableAt);
  if (left === undefined) return null;
  const text =
    left > 0 && !screen.canRestart
      ? message("otp.resendCooldown", { time: formatter.relativeTime(left) })
      : message("otp.resendHint");
  return renderScreenPart(
    screen,
    "p",
    "resend-status",
    { id: otp.resendIds.status, children: text },
    props,
  );
}
