/**
 * Pure maths of the session countdown: no React, no timers, no clock of its own.
 *
 * Cognito's challenge `Session` dies after the app client's AuthSessionValidity (3 minutes by
 * default; protocol reference §9). Slow TOTP enrolment is the usual way people run into it, and
 * the reply is then a bare `NotAuthorizedException`. The countdown warns before that happens.
 */

/** Show the countdown once less than this is left. @default 60 s */
export const COUNTDOWN_THRESHOLD_MS = 60_000;

/** `hidden` (plenty of time or no expiry known), `warning` (under the threshold), `expired`. */
export type CountdownPhase = "hidden" | "warning" | "expired";

/** Whole seconds left, rounded up (so "1 s" shows until the very end), never negative. */
export function getSecondsLeft(expiresAt: number, now: number): number {
  return Math.max(0, Math.ceil((expiresAt - now) / 1000));
}

/**
 * Which phase the countdown is in at `now`. The warning starts when the whole seconds shown drop
 * below the threshold (`0:59` first, never `1:00` under "less than a minute").
 */
export function getCountdownPhase(
  expiresAt: number | undefined,
  now: number,
  thresholdMs: number = COUNTDOWN_THRESHOLD_MS,
): CountdownPhase {
  if (expiresAt === undefined) return "hidden";
  if (expiresAt - now <= 0) return "expired";
  return getSecondsLeft(expiresAt, now) * 1000 < thresholdMs ? "warning" : "hidden";
}

/**
 * Milliseconds until the display next has to change: the threshold crossing while hidden, the
 * next whole second while counting down, `undefined` once expired (no more ticks needed).
 * Timers are scheduled to these boundaries rather than every second, so a hidden countdown costs
 * one timer per step, not 180.
 */
export function getNextTickDelay(
  expiresAt: number | undefined,
  now: number,
  thresholdMs: number = COUNTDOWN_THRESHOLD_MS,
): number | undefined {
  if (expiresAt === undefined) return undefined;
  const left = expiresAt - now;
  if (left <= 0) return undefined;
  // `+ 1` lands just past the boundary, so the next reading is already in the new phase: the
  // warning starts once one second less than the threshold is left (see getCountdownPhase).
  const warningFrom = thresholdMs - 1000;
  if (left > warningFrom) return left - warningFrom + 1;
  const intoSecond = left % 1000;
  return (intoSecond === 0 ? 1000 : intoSecond) + 1;
}

interface DurationFormatLike {
  format(duration: { minutes: number; seconds: number }): string;
}
type DurationFormatConstructor = new (
  locale: string,
  options: { style: "digital"; minutesDisplay?: "always" },
) => DurationFormatLike;

/**
 * `m:ss` in the locale's digits: `Intl.DurationFormat` (digital style) where the runtime has it,
 * else minutes and two-digit seconds through `Intl.NumberFormat`.
 */
export function formatCountdown(seconds: number, locale: string): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatConstructor })
    .DurationFormat;
  if (DurationFormat !== undefined) {
    return new DurationFormat(locale, { style: "digital", minutesDisplay: "always" }).format({
      minutes,
      seconds: rest,
    });
  }
  const whole = new Intl.NumberFormat(locale, { useGrouping: false });
  const twoDigits = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false });
  return `${whole.format(minutes)}:${twoDigits.format(rest)}`;
}

/** "in 42 seconds" / "in 42 Sekunden" / "42 秒後", for the one-time announcement. */
export function formatTimeLeft(seconds: number, locale: string): string {
  return new Intl.RelativeTimeFormat(locale, { numeric: "always" }).format(seconds, "second");
}
