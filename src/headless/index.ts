"use client";
// The headless layer: React bindings for the sign-in flow, no markup.
export type { ChallengeProps } from "./challenge-props.types";
export { shallowEqual } from "./shallow-equal";
export { SignInFlowContext, useSignInFlow } from "./sign-in-context";
export { SignInProvider, type SignInProviderProps } from "./sign-in-provider";
export { useChallenge } from "./use-challenge";
export { useSignIn } from "./use-sign-in";
export { type SignInActions, useSignInActions } from "./use-sign-in-actions";
