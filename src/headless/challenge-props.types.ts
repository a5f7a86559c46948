import type {
  Challenge,
  ChallengeAnswer,
  ChallengeError,
  InteractiveStepName,
} from "../core/index";

/**
 * The contract of every challenge screen, built-in or a design system's replacement.
 * A component registered for `N` in `<ChallengeRouter>`'s map receives exactly these props.
 */
export interface ChallengeProps<N extends InteractiveStepName> {
  /** The current challenge, narrowed to `N` and already parsed. */
  readonly challenge: Challenge<N>;
  /** Sends the person's answer. Refused while `isPending`; resolves when the flow has moved on. */
  readonly respond: (answer: ChallengeAnswer<N>) => Promise<void>;
  readonly isPending: boolean;
  /** The last error on this step, if any. `error.recovery` says what to offer. */
  readonly error: ChallengeError | undefined;
  /** Back to the start with the username kept (for code challenges: "send a new code"). */
  readonly restart: () => Promise<void>;
  /** Epoch ms when the Cognito session of this step expires, when known. */
  readonly expiresAt: number | undefined;
}
