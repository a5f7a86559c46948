import type { ChallengeError } from "../errors/challenge-error";
import { invalidOption } from "../errors/invalid-option";
import { networkError } from "../errors/to-challenge-error";

/** One call's abort signal: the caller's signal and the transport's timeout, whichever first. */
export interface CallSignal {
  readonly signal: AbortSignal;
  /**
   * Why the call got no answer, as a `NetworkError` without status: the timeout
   * (`No answer within 15000 ms`), the caller's abort (`Aborted`), or else the innermost message
   * of `error`'s chain (`Could not reach Cognito (connect ECONNREFUSED …)`).
   */
  readonly fail: (error: unknown) => ChallengeError;
  /** Clears the timer and the listener on the caller's signal. Call when the call settles. */
  readonly dispose: () => void;
}

/** Default per-request timeout of both transports. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Combines the caller's `AbortSignal` with a timeout. Written out rather than with
 * `AbortSignal.any`/`AbortSignal.timeout`, which older Safari lacks. Throws the `Aborted`
 * `NetworkError` at once when the caller's signal is already aborted: nothing is sent then.
 */
export function createCallSignal(timeoutMs: number, callerSignal?: AbortSignal): CallSignal {
  let timedOut = false;
  const fail = (error?: unknown): ChallengeError => {
    if (timedOut) return networkError(`No answer within ${timeoutMs} ms`, error);
    if (callerSignal?.aborted) return networkError("Aborted", error);
    // The innermost message of the error chain: `fetch failed` → `connect ECONNREFUSED …`.
    let detail = "";
    for (let current = error, depth = 0; depth < 5 && current instanceof Error; depth++) {
      detail = current.message || detail;
      current = current.cause;
    }
    return networkError(`Could not reach Cognito${detail && ` (${detail})`}`, error);
  };
  if (callerSignal?.aborted) throw fail();
  const controller = new AbortController();
  // Aborting twice is a no-op, so the listener needs no `once`: `dispose` removes it.
  const abort = (): void => controller.abort();
  const timer = setTimeout(() => {
    timedOut = true;
    abort();
  }, timeoutMs);
  callerSignal?.addEventListener("abort", abort);
  return {
    signal: controller.signal,
    fail,
    dispose: () => {
      clearTimeout(timer);
      callerSignal?.removeEventListener("abort", abort);
    },
  };
}

// setTimeout fires at once for delays above 2^31 - 1 ms.
const MAX_TIMEOUT_MS = 2_147_483_647;

/** `timeoutMs` as given (a positive number of milliseconds), or the default when omitted. */
export function resolveTimeout(timeoutMs: number | undefined): number {
  if (timeoutMs === undefined) return DEFAULT_TIMEOUT_MS;
  if (typeof timeoutMs !== "number" || !(timeoutMs > 0) || timeoutMs > MAX_TIMEOUT_MS) {
    throw invalidOption("timeoutMs: not between 1 and 2^31 - 1 ms");
  }
  return timeoutMs;
}
