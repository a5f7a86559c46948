import { createFlowDeps } from "./sign-in.deps";
import { runTask } from "./sign-in.effects";
import { checkFlowOptions } from "./sign-in.options";
import { transition } from "./sign-in.reducer";
import { toSnapshot } from "./sign-in.snapshot";
import { initialSignInState, type SignInEvent, type SignInState } from "./sign-in.state";
import type { SignInFlow, SignInFlowOptions, SignInSnapshot } from "./sign-in.types";

/**
 * Creates a sign-in flow: a small store around the pure reducer (`transition`) whose effects do
 * all I/O. One request is in flight at a time; work superseded by `start()`, `restart()` or
 * `abort()` is cancelled (its AbortSignal fires) and whatever it still reports is dropped.
 *
 * Options no sign-in can work with (a malformed `userPoolId`, no `transport`, an unknown
 * `authFlow`) throw here: a `ChallengeError` `InvalidParameterException` with
 * `reason: "InvalidFlowOptions"`, naming the option.
 *
 * Every method resolves once the flow has settled (nothing pending) and never rejects: errors
 * land in `getSnapshot().error` with a `recovery`. A `respond()` (or `start()`, `restart()`)
 * while a request is pending sends nothing and resolves when the pending step settles.
 *
 * @example
 * const flow = createSignInFlow({
 *   userPoolId: "eu-west-1_AbCdEfGhI",
 *   clientId: "1example23456789",
 *   authFlow: "USER_SRP_AUTH",
 *   transport: createFetchTransport({ region: "eu-west-1" }),
 * });
 * await flow.start({ username: "ada", password });
 * if (flow.getSnapshot().challenge?.name === "SMS_MFA") await flow.respond({ code: "123456" });
 */
export function createSignInFlow(options: SignInFlowOptions): SignInFlow {
  checkFlowOptions(options);
  const deps = createFlowDeps(options);
  let state: SignInState = initialSignInState({
    authFlow: options.authFlow,
    customAuthWithSrp: options.customAuthWithSrp === true,
    trackDevices: options.deviceStore !== undefined,
  });
  let snapshot: SignInSnapshot = toSnapshot(state);
  let controller: AbortController | undefined;
  const listeners = new Set<() => void>();
  let waiters: (() => void)[] = [];

  const dispatch = (event: SignInEvent): void => {
    const before = state;
    state = transition(state, event);
    if (state === before) return;
    if (state.generation !== before.generation) {
      // Superseded: cancel the request in flight; its late answer is dropped by the reducer.
      controller?.abort();
      controller = undefined;
    }
    const task = state.task;
    if (task) {
      // The task leaves the state here (with any password it holds) and lives on in the effect.
      state = transition(state, { type: "TASK_STARTED" });
      controller ??= new AbortController();
    }
    const signal = controller?.signal;
    // Listeners see "pending" before the effect's synchronous part (SRP maths) runs.
    publish();
    // A listener may have called abort() or restart() meanwhile: then this task is stale.
    if (task && signal && !signal.aborted && task.generation === state.generation) {
      void runTask(task, deps, signal).then(dispatch);
    }
  };

  const publish = (): void => {
    const next = toSnapshot(state, snapshot);
    if (next !== snapshot) {
      snapshot = next;
      for (const listener of [...listeners]) listener();
    }
    if (!state.pending && waiters.length > 0) {
      const settled = waiters;
      waiters = [];
      for (const resolve of settled) resolve();
    }
  };

  /** Dispatches `event`; resolves once the flow has settled (nothing pending). */
  const send = (event: SignInEvent): Promise<void> => {
    dispatch(event);
    return state.pending ? new Promise((resolve) => waiters.push(resolve)) : Promise.resolve();
  };

  return {
    authFlow: options.authFlow,
    now: deps.now,
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    start: (input) => send({ type: "START", input }),
    respond: (answer) => send({ type: "RESPOND", answer, at: deps.now() }),
    restart: () => send({ type: "RESTART" }),
    abort() {
      dispatch({ type: "ABORT" });
    },
    registerPasskey: () => send({ type: "REGISTER_PASSKEY" }),
  };
}
