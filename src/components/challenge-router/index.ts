"use client";
// <ChallengeRouter>: the screen for the current step, from a map typed per step.
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
export { ChallengeRouter } from "./default-router";
export { type LazyChallengeComponent, lazyChallengeScreen } from "./lazy-screen";
export { UnknownChallengeFallback } from "./unknown-challenge-fallback";
