import { check } from "./srp-math";

/**
 * Cognito's `TIMESTAMP` (protocol reference §4.5): `EEE MMM d HH:mm:ss UTC yyyy` on the UTC clock
 * with English names, e.g. `Tue Sep 5 08:03:09 UTC 2023`. The day of the month is **not**
 * zero-padded (Cognito rejects `Sep 05` as a wrong password); hours, minutes and seconds are.
 *
 * Rearranged from `toUTCString()`, whose format ECMAScript fixes (since ES2018) as
 * `Tue, 05 Sep 2023 08:03:09 GMT`, English names and the UTC clock included: neither the time zone
 * nor the locale of the browser matters, as with the classic SDK's and Amplify's hand-built
 * strings. Throws a `ProtocolError` (`InvalidTimestamp`) for an invalid `Date`.
 */
export function formatTimestamp(date: Date): string {
  check(!Number.isNaN(date.getTime()), "InvalidTimestamp");
  const [weekday, day, month, year, time] = date.toUTCString().replace(",", "").split(" ");
  return `${weekday} ${month} ${Number(day)} ${time} UTC ${year}`;
}
