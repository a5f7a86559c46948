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

/**
 * `ChallengeProps` of any one of the steps in `N`: `ChallengeProps<"SMS_MFA"> |
 * ChallengeProps<"EMAIL_OTP"> | …`. Type a screen that serves several steps with it, so it can
 * be registered for each of them in `<ChallengeRouter>`'s map without a cast.
 *
 * `ChallengeProps<"SMS_MFA" | "EMAIL_OTP">` does not do that: TypeScript compares
 * `ChallengeProps` invariantly in `N` (`challenge` is covariant, `respond`'s argument
 * contravariant), so `ChallengeProps<"SMS_MFA">` is not assignable to it.
 */
export type ChallengePropsOf<N extends InteractiveStepName> = N extends InteractiveStepName
  ? ChallengeProps<N>
  : never;
