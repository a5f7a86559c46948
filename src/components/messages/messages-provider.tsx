import {
  type Context,
  createContext,
  type JSX,
  type ReactNode,
  useContext,
  useMemo,
  useSyncExternalStore,
} from "react";
import { englishText, getEnglishVersion, registerEnglish, subscribeEnglish } from "./english";
import { createFormatter, type Formatter, formatMessage } from "./format";
import type { Message, MessageKey, MessageOverrides, MessageParams } from "./types";

interface MessagesContextValue {
  /** What the providers set, innermost last; English fills every key they leave out. */
  readonly messages: MessageOverrides;
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
  englishDefault ??= { messages: {}, formatter: createFormatter("en") };
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
  // Re-render once the whole English dictionary has loaded (only ever asked for by a key of a
  // lazily loaded screen read before that screen rendered; see `english.ts`).
  const version = useSyncExternalStore(subscribeEnglish, getEnglishVersion, getEnglishVersion);
  // `version` is a dependency on purpose: a new one means new English texts.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above.
  return useMemo<MessagesApi>(() => {
    const lookup = (key: string): { text: Message | undefined; loading: boolean } => {
      const own = (messages as Readonly<Record<string, Message | undefined>>)[key];
      return own === undefined ? englishText(key) : { text: own, loading: false };
    };
    return {
      locale: formatter.locale,
      formatter,
      message: (key, params) => {
        const { text, loading } = lookup(key);
        // A key with no text shows as itself, so the slip is visible; empty while it loads.
        if (text === undefined) return loading ? "" : key;
        return formatMessage(text, params, formatter);
      },
      // Also true, after a re-render, for a key of an area that had to be fetched first.
      has: (key): key is MessageKey => lookup(key).text !== undefined,
    };
  }, [messages, formatter, version]);
}

/**
 * `useMessages()` for a screen whose English texts travel with its code: registers `area`
 * (idempotent) before anything of it is read. Internal; each Root of a lazily loaded screen
 * calls it, so its parts, rendered below it, find their texts.
 */
export function useAreaMessages(area: Readonly<Record<string, Message>>): MessagesApi {
  registerEnglish(area);
  return useMessages();
}

/** The text of one message: `useMessage("otp.label")`. */
export function useMessage(key: MessageKey, params?: MessageParams): string {
  return useMessages().message(key, params);
}
