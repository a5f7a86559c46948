import type { Message, MessageParams } from "./types";

/** `Intl`-based formatting for one locale; what messages and countdowns are formatted with. */
export interface Formatter {
  /** A BCP 47 tag, e.g. `"de"` or `"ja-JP"`. */
  readonly locale: string;
  /** `1234` → `"1,234"` / `"1.234"`. */
  number(value: number): string;
  /** The `Intl.PluralRules` category of `count`. */
  plural(count: number): Intl.LDMLPluralRule;
  /** A time from now, rounded up to whole seconds, minutes or hours: `"in 27 seconds"`. */
  relativeTime(ms: number): string;
  /** A length of time, `Intl.DurationFormat` where present: `"1 minute, 5 seconds"`. */
  duration(ms: number): string;
}

interface DurationFormatLike {
  format(duration: Readonly<Record<string, number>>): string;
}
type DurationFormatConstructor = new (
  locale: string,
  options: { readonly style: "long" },
) => DurationFormatLike;

/** Creates a {@link Formatter}; its `Intl` objects are built on first use and then reused. */
export function createFormatter(locale: string): Formatter {
  let numberFormat: Intl.NumberFormat | undefined;
  let pluralRules: Intl.PluralRules | undefined;
  let relativeFormat: Intl.RelativeTimeFormat | undefined;
  let durationFormat: DurationFormatLike | null | undefined;

  const unit = (value: number, name: "second" | "minute" | "hour"): string =>
    new Intl.NumberFormat(locale, { style: "unit", unit: name, unitDisplay: "long" }).format(value);

  return {
    locale,
    number(value) {
      numberFormat ??= new Intl.NumberFormat(locale);
      return numberFormat.format(value);
    },
    plural(count) {
      pluralRules ??= new Intl.PluralRules(locale);
      return pluralRules.select(count);
    },
    relativeTime(ms) {
      relativeFormat ??= new Intl.RelativeTimeFormat(locale, { numeric: "always" });
      const seconds = Math.max(0, Math.ceil(ms / 1000));
      if (seconds < 60) return relativeFormat.format(seconds, "second");
      if (seconds < 3600) return relativeFormat.format(Math.ceil(seconds / 60), "minute");
      return relativeFormat.format(Math.ceil(seconds / 3600), "hour");
    },
    duration(ms) {
      const total = Math.max(0, Math.ceil(ms / 1000));
      const minutes = Math.floor(total / 60);
      const seconds = total % 60;
      const parts =
        minutes === 0 ? { seconds } : seconds === 0 ? { minutes } : { minutes, seconds };
      if (durationFormat === undefined) {
        // Intl.DurationFormat is Baseline 2025 (Chrome 129, Safari 16.4, Firefox 136) and absent
        // from Node 20: fall back to unit-formatted numbers joined by Intl.ListFormat.
        const DurationFormat = (Intl as { DurationFormat?: DurationFormatConstructor })
          .DurationFormat;
        durationFormat =
          DurationFormat === undefined ? null : new DurationFormat(locale, { style: "long" });
      }
      if (durationFormat !== null) return durationFormat.format(parts);
      const pieces = [
        ...(minutes > 0 ? [unit(minutes, "minute")] : []),
        ...(seconds > 0 || minutes === 0 ? [unit(seconds, "second")] : []),
      ];
      return new Intl.ListFormat(locale, { style: "long", type: "unit" }).format(pieces);
    },
  };
}

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Fills a message: picks the plural form by `params.count` ({@link Formatter.plural}), then
 * replaces each `{name}` with its parameter (numbers through {@link Formatter.number}).
 * A placeholder with no parameter is left as written, so a missing value is visible.
 */
export function formatMessage(
  message: Message,
  params: MessageParams | undefined,
  formatter: Formatter,
): string {
  let text: string;
  if (typeof message === "string") {
    text = message;
  } else {
    const count = params?.count;
    const category = typeof count === "number" ? formatter.plural(count) : "other";
    text = message[category] ?? message.other;
  }
  if (params === undefined) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? formatter.number(value) : value;
  });
}
