import { type Context, createContext, useContext } from "react";
import type { UseFormReturn } from "react-hook-form";

/** The answer form's values. */
export interface AnswerForm {
  answer: string;
}

/** What the CustomChallenge Root shares with its own parts. */
export interface CustomChallengeContextValue {
  readonly form: UseFormReturn<AnswerForm>;
  /** Id of the Parameters part, described by the answer field while it is mounted. */
  readonly parametersId: string;
  readonly hasParameters: boolean;
  /** Called by a mounted Parameters part; returns its unregister. */
  readonly registerParameters: () => () => void;
}

/** Provided by `CustomChallenge.Root`. */
export const CustomChallengeContext: Context<CustomChallengeContextValue | null> =
  createContext<CustomChallengeContextValue | null>(null);

/** Reads the surrounding CustomChallenge Root; `part` names the caller in the error. */
export function useCustomChallenge(part: string): CustomChallengeContextValue {
  const value = useContext(CustomChallengeContext);
  if (value === null) {
    throw new Error(`<CustomChallenge.${part}> must be inside <CustomChallenge.Root>.`);
  }
  return value;
}
