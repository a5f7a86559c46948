import { ProtocolError } from "../errors/challenge-error";

// English names, fixed: the string must not depend on the runtime's locale (§4.5).
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const MONTHS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
] as const;

function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/**
 * Cognito's `TIMESTAMP` (protocol reference §4.5): `EEE MMM d HH:mm:ss UTC yyyy` on the UTC clock
 * with English names, e.g. `Tue Sep 5 08:03:09 UTC 2023`. The day of the month is **not**
 * zero-padded (Cognito rejects `Sep 05` as a wrong password); hours, minutes and seconds are.
 * Built by hand from the `getUTC*` getters, like the classic SDK and Amplify, so neither the
 * time zone nor the locale of the browser matters. Throws a `ProtocolError` (`InvalidTimestamp`)
 * for an invalid `Date`.
 */
export function formatTimestamp(date: Date): string {
  if (Number.isNaN(date.getTime())) {
    throw new ProtocolError("InvalidTimestamp", "TIMESTAMP needs a valid date");
  }
  const weekday = WEEKDAYS[date.getUTCDay()] as string;
  const month = MONTHS[date.getUTCMonth()] as string;
  const time = `${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())}:${twoDigits(date.getUTCSeconds())}`;
  return `${weekday} ${month} ${date.getUTCDate()} ${time} UTC ${date.getUTCFullYear()}`;
}
