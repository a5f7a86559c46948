/**
 * Reading the client's TIMESTAMP the way Cognito evidently does (protocol reference §4.5): parse
 * `EEE MMM d HH:mm:ss z yyyy` leniently, then verify the signature over the *canonical* string
 * re-formatted from the parsed instant. That is why a zero-padded day or a wrong weekday parses
 * but fails as "Incorrect username or password." (ministackorg/ministack#1758), while a string
 * that does not fit the pattern at all is an InvalidParameterException
 * (amazon-archives/amazon-cognito-identity-js#683).
 */
import { formatTimestamp } from "../../core/srp/timestamp";

const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const PATTERN =
  /^([A-Za-z]{3}) ([A-Za-z]{3}) (\d{1,2}) (\d{1,2}):(\d{2}):(\d{2}) ([A-Za-z]{1,5}|(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?) (\d{4})$/;

export const TIMESTAMP_FORMAT_MESSAGE =
  "TIMESTAMP format should be EEE MMM d HH:mm:ss z yyyy in english.";

/** Largest distance between TIMESTAMP and the emulator clock (Cognito's is unknown, §13.8). */
export const TIMESTAMP_TOLERANCE_MS = 5 * 60 * 1000;

export interface ParsedTimestamp {
  /** The instant, epoch ms. */
  readonly time: number;
  /** `formatTimestamp(time)`: what the signature must have been computed over. */
  readonly canonical: string;
}

function zoneOffsetMinutes(zone: string): number {
  const match = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zone);
  if (!match) return 0; // UTC, GMT, Z and named zones: read as UTC (a named zone then mismatches).
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === "-" ? -minutes : minutes;
}

/** Parses a TIMESTAMP; undefined when it does not fit the pattern at all. */
export function parseTimestamp(text: string): ParsedTimestamp | undefined {
  const m = PATTERN.exec(text);
  if (!m) return undefined;
  const [, weekday, month, day, hh, mm, ss, zone, year] = m as unknown as string[];
  if (!WEEKDAYS.includes((weekday as string).toLowerCase())) return undefined;
  const monthIndex = MONTHS.indexOf((month as string).toLowerCase());
  if (monthIndex < 0) return undefined;
  const hours = Number(hh);
  const minutes = Number(mm);
  const seconds = Number(ss);
  if (hours > 23 || minutes > 59 || seconds > 59 || Number(day) < 1 || Number(day) > 31) {
    return undefined;
  }
  const utc = Date.UTC(Number(year), monthIndex, Number(day), hours, minutes, seconds);
  const time = utc - zoneOffsetMinutes(zone as string) * 60_000;
  return { time, canonical: formatTimestamp(new Date(time)) };
}
