import { ChallengeError } from "../core/errors/challenge-error";
import type {
  SignInFlow,
  SignInFlowOptions,
  SignInSnapshot,
  SignInStartInput,
} from "../core/index";

const IDLE: SignInSnapshot = Object.freeze({ status: "idle", isPending: false });

interface QueuedStart {
  readonly input: SignInStartInput;
  readonly done: Promise<void>;
  readonly settle: (done: Promise<void>) => void;
}

/**
 * A `SignInFlow` that exists before its code does: what `<SignInProvider options>` creates, so
 * that the start form paints without waiting for the flow, SRP and the protocol (most of the
 * library's weight), which `load` fetches at once, in parallel.
 *
 * Until they arrive it is an idle flow: `start()` shows as pending and is sent the moment they
 * do; `respond()`, `restart()` and `registerPasskey()` do what an idle flow does (nothing);
 * `abort()` drops a waiting start. A failed download ends a waiting start with a `NetworkError`
 * (recovery `retry`): the start form keeps what the person typed, and the next `start()` fetches
 * again. Options `createSignInFlow` refuses (its `ChallengeError`, InvalidFlowOptions) show as
 * the idle snapshot's `error` as soon as `load` fails, start or no start. Once loaded, every call
 * and every snapshot is the real flow's.
 *
 * The input of a waiting start (the password with it) is held only until the flow takes it or
 * the download fails.
 */
export function createDeferredSignInFlow(
  options: Pick<SignInFlowOptions, "authFlow" | "now">,
  load: () => Promise<SignInFlow>,
): SignInFlow {
  let real: SignInFlow | undefined;
  let fetching = false;
  let queued: QueuedStart | undefined;
  let snapshot = IDLE;
  const listeners = new Set<() => void>();
  const notify = (): void => {
    for (const listener of [...listeners]) listener();
  };
  const show = (next: SignInSnapshot): void => {
    snapshot = Object.freeze(next);
    notify();
  };
  const take = (): QueuedStart | undefined => {
    const start = queued;
    queued = undefined;
    return start;
  };

  const fetchFlow = (): void => {
    if (fetching || real) return;
    fetching = true;
    load().then(
      (flow) => {
        fetching = false;
        real = flow;
        flow.subscribe(notify);
        const start = take();
        // Sent before anyone reads the real snapshot, so "pending" never blinks off.
        if (start) start.settle(flow.start(start.input));
        notify();
      },
      (cause: unknown) => {
        fetching = false;
        const start = take();
        // A ChallengeError is `createSignInFlow` refusing the options (InvalidFlowOptions), not a
        // failed download: shown as it is, at once, so a misconfigured app says so on first paint.
        const refused = cause instanceof ChallengeError;
        if (!start && !refused) return;
        const username = start?.input.username;
        // Not core's `networkError()`: its module shares the parsers with the flow, and a code-
        // splitting bundler would then put their shared chunk in the first download.
        const error = refused
          ? cause
          : new ChallengeError(
              "NetworkError",
              "The sign-in flow's module could not be downloaded",
              {
                recovery: "retry",
                cause,
              },
            );
        show({ status: "idle", isPending: false, ...(username ? { username } : {}), error });
        start?.settle(Promise.resolve());
      },
    );
  };
  fetchFlow();

  const idle = (): Promise<void> => Promise.resolve();
  return {
    authFlow: options.authFlow,
    now: options.now ?? Date.now,
    getSnapshot: () => real?.getSnapshot() ?? snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    start(input) {
      if (real) return real.start(input);
      // Refused while one is waiting, as the flow refuses a start while pending.
      if (queued) return queued.done;
      let settle: (done: Promise<void>) => void = () => undefined;
      const done = new Promise<void>((resolve) => {
        settle = resolve;
      });
      queued = { input, done, settle };
      const { username } = input;
      show({ status: "idle", isPending: true, ...(username ? { username } : {}) });
      fetchFlow();
      return done;
    },
    respond: (answer) => real?.respond(answer) ?? idle(),
    restart: () => real?.restart() ?? idle(),
    registerPasskey: () => real?.registerPasskey() ?? idle(),
    abort() {
      if (real) {
        real.abort();
        return;
      }
      take()?.settle(idle());
      show(IDLE);
    },
  };
}
