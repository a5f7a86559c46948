import { useCallback, useRef, useState } from "react";
import { type ErrorLike, isErrorLike } from "./error-message";

/** What {@link useChallengeSubmit} needs from `ChallengeProps`. */
export interface ChallengeSubmitInput<A> {
  readonly respond: (answer: A) => Promise<void>;
  readonly restart: () => Promise<void>;
  readonly isPending: boolean;
  readonly error: ErrorLike | undefined;
}

/** What {@link useChallengeSubmit} returns. */
export interface ChallengeSubmit<A> {
  /** `isPending` from the flow, or one of our calls still running. */
  readonly isPending: boolean;
  /** The flow's `error`, else the rejection of our last `respond()` or `restart()`. */
  readonly error: ErrorLike | undefined;
  /**
   * Sends `answer` unless a call is already running (then `false` and nothing is sent): one
   * request per submission however fast Enter is pressed. `true` once `respond` resolved.
   */
  submit(answer: A): Promise<boolean>;
  /** Calls `restart()` under the same guard. */
  restart(): Promise<void>;
}

const UNKNOWN: ErrorLike = { code: "UnknownError", recovery: "retry", message: "" };

/**
 * The single-flight guard every screen submits through. The flow refuses a second `respond()`
 * while pending, but `isPending` only arrives with the next render; the ref closes that window
 * (two Enter presses in the same frame).
 */
export function useChallengeSubmit<A>(input: ChallengeSubmitInput<A>): ChallengeSubmit<A> {
  const { respond, restart: restartFlow } = input;
  const inFlight = useRef(false);
  const pendingRef = useRef(input.isPending);
  pendingRef.current = input.isPending;
  const [running, setRunning] = useState(false);
  const [localError, setLocalError] = useState<ErrorLike | undefined>(undefined);

  const run = useCallback(async (call: () => Promise<void>): Promise<boolean> => {
    if (inFlight.current || pendingRef.current) return false;
    inFlight.current = true;
    setRunning(true);
    setLocalError(undefined);
    try {
      await call();
      return true;
    } catch (caught) {
      setLocalError(isErrorLike(caught) ? caught : UNKNOWN);
      return false;
    } finally {
      inFlight.current = false;
      setRunning(false);
    }
  }, []);

  const submit = useCallback((answer: A) => run(() => respond(answer)), [run, respond]);
  const restart = useCallback(async () => {
    await run(restartFlow);
  }, [run, restartFlow]);

  return {
    isPending: input.isPending || running,
    error: input.error ?? localError,
    submit,
    restart,
  };
}
