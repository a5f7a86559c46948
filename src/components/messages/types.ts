import type { EnglishMessages } from "./locales/en/index";

/**
 * A message whose wording depends on a number: one text per `Intl.PluralRules` category of the
 * locale, chosen by the `count` parameter. `other` is required; English needs `one` too,
 * Japanese only `other`, Polish or Arabic may add `few`, `many`, `two`, `zero`.
 */
export interface PluralMessage {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/**
 * One message: a string with `{name}` placeholders, or a {@link PluralMessage}. Numbers given as
 * parameters are formatted with `Intl.NumberFormat` for the locale.
 */
export type Message = string | PluralMessage;

/** Values for a message's `{name}` placeholders. `count` also picks the plural form. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Every message key. English is the type source: a key missing in a locale is a compile error. */
export type MessageKey = keyof EnglishMessages;

/** A complete dictionary: every {@link MessageKey}. */
export type Messages = { readonly [K in MessageKey]: Message };

/** Single keys to override, merged over the dictionary in use. */
export type MessageOverrides = Partial<Messages>;

/** One area of a locale, with exactly the keys of the English area `T`. */
export type LocaleArea<T> = { readonly [K in keyof T]: Message };
