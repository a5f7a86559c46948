import { invalidOption } from "./invalid-option";

/** One call's abort signal: the caller's signal and the transport's timeout, whichever first. */
export interface CallSignal {
  readonly signal: AbortSignal;
  /** True once the timeout fired (as opposed to the caller aborting). */
  readonly timedOut: () => boolean;
  /** Clears the timer and the listener on the caller's signal. Call when the call settles. */
  readonly dispose: () => void;
}

/** Default per-request timeout of both transports. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Combines the caller's `AbortSignal` with a timeout. Written out rather than with
 * `AbortSignal.any`/`AbortSignal.timeout`, which older Safari lacks.
 */
export function createCallSignal(timeoutMs: number, callerSignal?: AbortSignal): CallSignal {
  const controller = new AbortController();
  let timedOut = false;
  const onCallerAbort = (): void => controller.abort();
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  if (callerSignal?.aborted) controller.abort();
  else callerSignal?.addEventListener("abort", onCallerAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    dispose: () => {
      clearTimeout(timer);
      callerSignal?.removeEventListener("abort", onCallerAbort);
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
