"use client";
import { useCallback, useMemo } from "react";
import {
  type Challenge,
  type ChallengeAnswer,
  type InteractiveStepName,
  isUnknownChallenge,
  type SignInSnapshot,
} from "../core/index";
import type { ChallengeProps } from "./challenge-props.types";
import { useSignIn } from "./use-sign-in";
import { useSignInActions } from "./use-sign-in-actions";

interface ChallengeSlice<N extends InteractiveStepName> {
  readonly challenge: Challenge<N>;
  readonly isPending: boolean;
  readonly error: SignInSnapshot["error"];
  readonly expiresAt: number | undefined;
}

/**
 * The current step as `ChallengeProps<N>` when it is challenge `name`, else `undefined`: spread
 * it into a screen for that challenge. Re-renders only for this step's challenge, pending flag,
 * error and expiry.
 *
 * @example
 * function SmsStep() {
 *   const step = useChallenge("SMS_MFA");
 *   if (!step) return null;
 *   return <MyOtpForm {...step} />; // step.respond({ code })
 * }
 */
export function useChallenge<N extends InteractiveStepName>(
  name: N,
): ChallengeProps<N> | undefined {
  const select = useCallback(
    (snapshot: SignInSnapshot): ChallengeSlice<N> | undefined => {
      const challenge = snapshot.challenge;
      if (snapshot.status !== "challenge" || !challenge || isUnknownChallenge(challenge)) {
        return undefined;
      }
      if (challenge.name !== name) return undefined;
      return {
        challenge: challenge as Challenge<N>,
        isPending: snapshot.isPending,
        error: snapshot.error,
        expiresAt: snapshot.expiresAt,
      };
    },
    [name],
  );
  const slice = useSignIn(select);
  const { respond, restart } = useSignInActions();
  return useMemo(
    () =>
      slice && {
        challenge: slice.challenge,
        respond: respond as (answer: ChallengeAnswer<N>) => Promise<void>,
        isPending: slice.isPending,
        error: slice.error,
        restart,
        expiresAt: slice.expiresAt,
      },
    [slice, respond, restart],
  );
}
