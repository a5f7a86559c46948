"use client";
// <ChallengeRouter>: the screen for the current step, from a map typed per step.
import type { JSX } from "react";
import { type ChallengeRouterProps, createChallengeRouter } from "./challenge-router";
import { defaultChallengeComponents } from "./default-challenge-components";

export {
  type ChallengeComponent,
  type ChallengeComponentOverrides,
  type ChallengeComponents,
  INTERACTIVE_STEP_NAMES,
  isInteractiveStepName,
  resolveChallengeComponents,
  type UnknownChallengeProps,
} from "./challenge-components";
export {
  ChallengeComponentsProvider,
  type ChallengeComponentsProviderProps,
  type ProvidedChallengeComponents,
  useProvidedChallengeComponents,
} from "./challenge-components-provider";
export { type ChallengeRouterProps, createChallengeRouter } from "./challenge-router";
export {
  defaultChallengeComponents,
  preloadChallengeScreens,
} from "./default-challenge-components";
export { type LazyChallengeComponent, lazyChallengeScreen } from "./lazy-screen";
export { UnknownChallengeFallback } from "./unknown-challenge-fallback";

/**
 * The screen for the current sign-in step, from the built-in screens unless replaced through
 * `components` or a `<ChallengeComponentsProvider>`.
 *
 * @example
 * ```tsx
 * <SignInProvider flow={flow}>
 *   <ChallengeRouter components={{ CUSTOM_CHALLENGE: MyCaptcha }} />
 * </SignInProvider>
 * ```
 */
export const ChallengeRouter: (props: ChallengeRouterProps) => JSX.Element | null =
  /* @__PURE__ */ createChallengeRouter(defaultChallengeComponents);
