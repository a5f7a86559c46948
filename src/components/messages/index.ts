export { createFormatter, type Formatter, formatMessage } from "./format";
export { type EnglishMessages, en } from "./locales/en/index";
export {
  type MessagesApi,
  MessagesProvider,
  type MessagesProviderProps,
  useMessage,
  useMessages,
} from "./messages-provider";
export type {
  LocaleArea,
  Message,
  MessageKey,
  MessageOverrides,
  MessageParams,
  Messages,
  PluralMessage,
} from "./types";
