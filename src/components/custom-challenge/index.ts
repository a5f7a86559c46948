"use client";
/**
 * CustomChallenge: CUSTOM_CHALLENGE, the trigger's public parameters as text and one answer
 * field. The screen most apps replace (see docs/components-b.md).
 *
 * @example
 * ```tsx
 * <CustomChallenge.Root {...props}>
 *   <CustomChallenge.Title />
 *   <CustomChallenge.Parameters>{(p) => <p>{p.question}</p>}</CustomChallenge.Parameters>
 *   <CustomChallenge.Label />
 *   <CustomChallenge.Input />
 *   <CustomChallenge.Error />
 *   <CustomChallenge.Submit />
 * </CustomChallenge.Root>
 * ```
 */
export {
  type CustomChallengeRenderState,
  Input,
  Label,
  Parameters,
  type ParametersProps,
  Root,
  type RootProps,
} from "./custom-challenge";
export { CustomChallengeScreen as Default, CustomChallengeScreen } from "./default-screen";
export { ErrorMessage as Error, Restart, Status, Submit, Title } from "./screen-parts";
