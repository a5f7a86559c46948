import type { InteractiveStepName } from "../../core/protocol/challenge-name";
import type { ChallengeProps } from "../../headless/challenge-props.types";

/**
 * The props of a screen that serves several challenges: `ChallengeProps` of each one of them
 * (so the screen registers for every name in the router's typed map; `ChallengeProps<N>` is
 * invariant in `N`, so `ChallengeProps<"SMS_MFA">` is not a `ChallengeProps<"SMS_MFA" | …>`),
 * or of all of them at once.
 */
export type ScreenProps<N extends InteractiveStepName> =
  | ChallengeProps<N>
  | (N extends InteractiveStepName ? ChallengeProps<N> : never);
