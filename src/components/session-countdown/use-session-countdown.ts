import { useEffect, useState } from "react";
import {
  COUNTDOWN_THRESHOLD_MS,
  type CountdownPhase,
  getCountdownPhase,
  getNextTickDelay,
  getSecondsLeft,
} from "./countdown.logic";

/** Options of {@link useSessionCountdown}. */
export interface SessionCountdownOptions {
  /** Show the countdown once less than this is left. @default 60000 */
  readonly thresholdMs?: number | undefined;
  /** The clock, for tests and stories. @default Date.now */
  readonly now?: (() => number) | undefined;
}

/** What {@link useSessionCountdown} returns. */
export interface SessionCountdownState {
  /** `hidden`, `warning` (under the threshold) or `expired`. */
  readonly phase: CountdownPhase;
  /** Whole seconds left, rounded up; `undefined` without an expiry. */
  readonly secondsLeft: number | undefined;
}

/**
 * The countdown to the end of the current Cognito session (`expiresAt` of `ChallengeProps` or of
 * the snapshot). Re-renders only when the display changes: once when the threshold is crossed,
 * then once a second until expiry, never while more than the threshold is left.
 *
 * @example
 * ```tsx
 * const { phase, secondsLeft } = useSessionCountdown(expiresAt);
 * if (phase === "warning") return <p>{secondsLeft} s left</p>;
 * ```
 */
export function useSessionCountdown(
  expiresAt: number | undefined,
  options: SessionCountdownOptions = {},
): SessionCountdownState {
  const thresholdMs = options.thresholdMs ?? COUNTDOWN_THRESHOLD_MS;
  const clock = options.now ?? Date.now;
  // The clock is read during render so a new `expiresAt` is measured against the present, not
  // against the last tick; the state only makes React render again at the next boundary.
  const [, setTick] = useState(0);
  const now = clock();
  useEffect(() => {
    const delay = getNextTickDelay(expiresAt, clock(), thresholdMs);
    if (delay === undefined) return;
    const timer = setTimeout(() => setTick((tick) => tick + 1), delay);
    return () => clearTimeout(timer);
  });
  return {
    phase: getCountdownPhase(expiresAt, now, thresholdMs),
    secondsLeft: expiresAt === undefined ? undefined : getSecondsLeft(expiresAt, now),
  };
}
