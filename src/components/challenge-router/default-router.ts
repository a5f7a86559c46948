"use client";
// The ready-made <ChallengeRouter> over the built-in screens. Kept out of `index.ts` so that file is
// only re-exports: a barrel that also defines a value is emitted with bare `import "./x.js"` lines,
// which esbuild reports as warnings in every app build (package.json marks them side-effect free).
import type { JSX } from "react";
import { type ChallengeRouterProps, createChallengeRouter } from "./challenge-router";
import { defaultChallengeComponents } from "./default-challenge-components";

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
