import { type Context, createContext, type JSX, type ReactNode, useContext, useMemo } from "react";
import { createFormatter, type Formatter, formatMessage } from "./format";
import { en } from "./locales/en/index";
import type { MessageKey, MessageOverrides, MessageParams, Messages } from "./types";

interface MessagesContextValue {
  readonly messages: Messages;
  readonly formatter: Formatter;
}

const MessagesContext: Context<MessagesContextValue | null> =
  createContext<MessagesContextValue | null>(null);
let englishDefault: MessagesContextValue | undefined;

/** Props of {@link MessagesProvider}. */
export interface MessagesProviderProps {
  /**
   * BCP 47 locale for plural rules, numbers and times. Inherited from an outer provider.
   * @default "en"
   */
  readonly locale?: string | undefined;
  /**
   * A whole dictionary (e.g. `de` from `cognito-challenge-ui/locales`) or single keys. Merged over
   * the outer provider's messages, which start as English, so a partial dictionary never shows
   * a raw key.
   */
  readonly messages?: MessageOverrides | undefined;
  readonly children?: ReactNode;
}

/**
 * Sets the language of every screen inside it. Providers nest: an inner one overrides single
 * keys of the outer one.
 *
 * @example
 * ```tsx
 * import { de } from "cognito-challenge-ui/locales";
 * <MessagesProvider locale="de" messages={{ ...de, "otp.submit": "Weiter" }}>
 *   <SignIn … />
 * </MessagesProvider>
 * ```
 */
export function MessagesProvider({
  locale,
  messages,
  children,
}: MessagesProviderProps): JSX.Element {
  const outer = useMessagesContext();
  const resolvedLocale = locale ?? outer.formatter.locale;
  const value = useMemo<MessagesContextValue>(
    () => ({
      messages: messages === undefined ? outer.messages : { ...outer.messages, ...messages },
      formatter:
        resolvedLocale === outer.formatter.locale
          ? outer.formatter
          : createFormatter(resolvedLocale),
    }),
    [outer, messages, resolvedLocale],
  );
  return <MessagesContext.Provider value={value}>{children}</MessagesContext.Provider>;
}

function useMessagesContext(): MessagesContextValue {
  const value = useContext(MessagesContext);
  if (value !== null) return value;
  englishDefault ??= { messages: en, formatter: createFormatter("en") };
  return englishDefault;
}

/** What {@link useMessages} returns. */
export interface MessagesApi {
  /** The locale in use. */
  readonly locale: string;
  /** The `Intl` formatter of that locale (numbers, plurals, relative times, durations). */
  readonly formatter: Formatter;
  /** The text of `key` with `params` filled in. */
  message(key: MessageKey, params?: MessageParams): string;
  /** Whether the dictionary has `key`, for keys built at run time (error codes). */
  has(key: string): key is MessageKey;
}

/**
 * The messages of the nearest {@link MessagesProvider} (English without one).
 *
 * @example
 * ```tsx
 * const { message } = useMessages();
 * return <button type="submit">{message("otp.submit")}</button>;
 * ```
 */
export function useMessages(): MessagesApi {
  const { messages, formatter } = useMessagesContext();
  return useMemo<MessagesApi>(
    () => ({
      locale: formatter.locale,
      formatter,
      message: (key, params) => formatMessage(messages[key], params, formatter),
      has: (key): key is MessageKey => Object.hasOwn(messages, key),
    }),
    [messages, formatter],
  );
}

/** The text of one message: `useMessage("otp.label")`. */
export function useMessage(key: MessageKey, params?: MessageParams): string {
  return useMessages().message(key, params);
}
