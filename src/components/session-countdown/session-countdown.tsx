import type { JSX } from "react";
import { useMessages } from "../messages/messages-provider";
import { dataAttributes } from "../shared/data-attributes";
import { LiveRegion } from "../shared/live-region";
import { type PartProps, renderPart } from "../shared/part";
import { COUNTDOWN_THRESHOLD_MS, type CountdownPhase, formatCountdown } from "./countdown.logic";
import { type SessionCountdownOptions, useSessionCountdown } from "./use-session-countdown";

/** The render state of {@link SessionCountdown}, for `className`/`style` functions. */
export interface SessionCountdownRenderState {
  /** @selector [data-state="hidden" | "warning" | "expired"] */
  readonly phase: CountdownPhase;
  /** Whole seconds left; `undefined` without an expiry. */
  readonly secondsLeft: number | undefined;
}

/** Props of {@link SessionCountdown}. */
export interface SessionCountdownProps
  extends PartProps<"div", SessionCountdownRenderState>,
    SessionCountdownOptions {
  /** Epoch ms when the Cognito session of this step ends (`expiresAt` of `ChallengeProps`). */
  readonly expiresAt: number | undefined;
  /** When given, an expired session offers "Start again" (the username is kept). */
  readonly restart?: (() => void | Promise<void>) | undefined;
}

/**
 * How long the current step has before Cognito's session ends (protocol reference §9: 3 minutes
 * by default). Nothing is shown while more than a minute is left. Under a minute it shows
 * `Time left for this step: 0:42` (`role="timer"`, not announced every second) and announces
 * once, politely, that less than a minute is left; at the end it says the step timed out and,
 * with `restart`, offers to start again.
 *
 * `data-scope="session-countdown"`; parts `root`, `time`, `expired`, `restart`.
 */
export function SessionCountdown({
  expiresAt,
  restart,
  thresholdMs = COUNTDOWN_THRESHOLD_MS,
  now,
  ...props
}: SessionCountdownProps): JSX.Element {
  const { message, locale } = useMessages();
  const { phase, secondsLeft } = useSessionCountdown(expiresAt, { thresholdMs, now });
  const renderState: SessionCountdownRenderState = { phase, secondsLeft };
  const meta = (part: string) => ({ scope: "session-countdown", part, state: phase });

  // The announcement changes only at the two phase changes, so the live region speaks twice at
  // most per step, never once a second.
  const announcement =
    phase === "warning"
      ? thresholdMs === COUNTDOWN_THRESHOLD_MS
        ? message("common.sessionExpiring")
        : message("common.sessionTimeLeft", {
            time: formatCountdown(Math.ceil(thresholdMs / 1000), locale),
          })
      : phase === "expired"
        ? message("common.sessionExpired")
        : "";

  const content = (
    <>
      {phase === "warning" && secondsLeft !== undefined ? (
        <p role="timer" {...dataAttributes(meta("time"))}>
          {message("common.sessionTimeLeft", { time: formatCountdown(secondsLeft, locale) })}
        </p>
      ) : null}
      {phase === "expired" ? (
        <p {...dataAttributes(meta("expired"))} aria-hidden="true">
          {message("common.sessionExpired")}
        </p>
      ) : null}
      {phase === "expired" && restart !== undefined ? (
        <button type="button" onClick={() => void restart()} {...dataAttributes(meta("restart"))}>
          {message("common.restart")}
        </button>
      ) : null}
      <LiveRegion>{announcement}</LiveRegion>
    </>
  );

  return renderPart(
    {
      tag: "div",
      data: meta("root"),
      state: renderState,
      props: { children: content },
    },
    props,
  );
}
