import type { UseFormReturn } from "react-hook-form";
import type { FieldState } from "../shared/field";
import { type ScreenContextValue, useScreenContext } from "../shared/screen";
import type { CustomChallengeRenderState } from "./custom-challenge";

/** `data-scope` of every part of this screen. */
export const CUSTOM_CHALLENGE_SCOPE = "custom-challenge";

/** The answer form's values. */
export interface AnswerForm {
  answer: string;
}

/** What the CustomChallenge Root shares with its own parts. */
export interface CustomChallengeContextValue {
  readonly form: UseFormReturn<AnswerForm>;
  /** The answer field's ids and error. */
  readonly field: FieldState;
  /** Id of the Parameters part, described by the answer field while it is mounted. */
  readonly parametersId: string;
  readonly hasParameters: boolean;
  /** Called by a mounted Parameters part; returns its unregister. */
  readonly registerParameters: () => () => void;
}

/** The surrounding `CustomChallenge.Root`: the screen and its answer field. */
export function useCustomChallenge(
  part: string,
): ScreenContextValue<CustomChallengeRenderState, CustomChallengeContextValue> {
  return useScreenContext(`CustomChallenge.${part}`, CUSTOM_CHALLENGE_SCOPE);
}
