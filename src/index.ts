"use client";
// Public API of `cognito-challenge-ui`: headless React hooks, <ChallengeRouter> and the challenge screens.

export * from "./components/index";
export {
  createFormatter,
  type EnglishMessages,
  en,
  type Formatter,
  formatMessage,
  type LocaleArea,
  type Message,
  type MessageKey,
  type MessageOverrides,
  type MessageParams,
  type Messages,
  type MessagesApi,
  MessagesProvider,
  type MessagesProviderProps,
  type PluralMessage,
  useMessage,
  useMessages,
} from "./components/messages/index";
export type { ChallengeProps, ChallengePropsOf } from "./headless/challenge-props.types";
export {
  type SignInActions,
  SignInFlowContext,
  SignInProvider,
  type SignInProviderProps,
  shallowEqual,
  useChallenge,
  useSignIn,
  useSignInActions,
  useSignInFlow,
} from "./headless/index";
