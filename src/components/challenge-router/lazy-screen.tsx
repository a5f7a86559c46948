import { type JSX, Suspense, use, useState } from "react";
import type { InteractiveStepName } from "../../core/index";
import type { ChallengeProps } from "../../headless/challenge-props.types";
import { useMessages } from "../messages/messages-provider";
import { dataAttributes } from "../shared/data-attributes";
import { LiveRegion } from "../shared/live-region";
import type { ChallengeComponent } from "./challenge-components";

/** A screen whose code is fetched the first time its step appears. */
export type LazyChallengeComponent<N extends InteractiveStepName> = ChallengeComponent<N> & {
  /** Starts fetching the screen now (e.g. when the browser is idle); resolves when it is ready. */
  readonly preload: () => Promise<unknown>;
};

const SCOPE = "challenge-router";

/** How a download ended: the screen, or a failure that "Try again" can undo. */
type Outcome<N extends InteractiveStepName> =
  | { readonly screen: ChallengeComponent<N> }
  | { readonly failed: true };

/** A promise React's `use()` can read synchronously once `status` and `value` are set. */
type TrackedPromise<T> = Promise<T> & { status?: "fulfilled"; value?: T };

function StepLoading(): JSX.Element {
  const { message } = useMessages();
  return (
    <div {...dataAttributes({ scope: SCOPE, part: "loading" })}>
      <LiveRegion>{message("router.loading")}</LiveRegion>
    </div>
  );
}

function LoadFailed({ retry }: { readonly retry: () => void }): JSX.Element {
  const { message } = useMessages();
  return (
    <div role="alert" {...dataAttributes({ scope: SCOPE, part: "load-failed" })}>
      <p>{message("router.loadFailed")}</p>
      <button type="button" onClick={retry} {...dataAttributes({ scope: SCOPE, part: "retry" })}>
        {message("router.retry")}
      </button>
    </div>
  );
}

/**
 * Wraps a dynamically imported screen so it can sit in `ChallengeComponents`: its chunk is
 * fetched the first time its step appears (a polite "Loading…" meanwhile; "couldn't load" with a
 * retry if the download fails), then it renders synchronously for every later step. The
 * default map uses it for every screen, so an app's first download carries the start form and
 * the router only (`<SignIn>` fetches the likely next screens while the start request runs).
 *
 * @example
 * ```tsx
 * const Captcha = lazyChallengeScreen(() => import("./captcha").then((m) => m.Captcha));
 * <ChallengeRouter components={{ CUSTOM_CHALLENGE: Captcha }} />
 * ```
 */
export function lazyChallengeScreen<N extends InteractiveStepName>(
  load: () => Promise<ChallengeComponent<N>>,
): LazyChallengeComponent<N> {
  // The current download (`preload()` hands it out, and rejects with its error), and how it
  // ended, marked `fulfilled` with its `value` once done: React's `use()` then reads it
  // synchronously (no loading flash after `preload()`), as React documents for thenables. A
  // failed download is an outcome, not a thrown error, so no error boundary is involved and
  // React reports nothing to the console; "Try again" forgets it and downloads again.
  let download: Promise<ChallengeComponent<N>> | undefined;
  let outcome: TrackedPromise<Outcome<N>> | undefined;
  const start = (): { download: Promise<ChallengeComponent<N>>; outcome: Promise<Outcome<N>> } => {
    if (outcome === undefined || download === undefined) {
      const started = load();
      const tracked: TrackedPromise<Outcome<N>> = started.then(
        (screen): Outcome<N> => ({ screen }),
        (): Outcome<N> => ({ failed: true }),
      );
      tracked.then((value) => {
        tracked.status = "fulfilled";
        tracked.value = value;
      });
      download = started;
      outcome = tracked;
    }
    return { download, outcome };
  };
  const preload = (): Promise<ChallengeComponent<N>> => start().download;
  const retry = (): void => {
    if (outcome?.value !== undefined && "failed" in outcome.value) {
      outcome = undefined;
      download = undefined;
    }
  };

  // biome-ignore lint/correctness/noComponentHookFactories: made once per screen at module level, never during a render.
  function Loaded({
    screenProps,
    onRetry,
  }: {
    readonly screenProps: ChallengeProps<N>;
    readonly onRetry: () => void;
  }): JSX.Element {
    const result = use(start().outcome);
    if ("failed" in result) return <LoadFailed retry={onRetry} />;
    const Screen = result.screen;
    return <Screen {...screenProps} />;
  }

  // biome-ignore lint/correctness/noComponentHookFactories: made once per screen at module level, never during a render.
  function LazyScreen(props: ChallengeProps<N>): JSX.Element {
    const [, setAttempt] = useState(0);
    // Always the same tree, loaded or not: a different shape after the download would remount
    // the screen on its next render and lose what the person typed.
    return (
      <Suspense fallback={<StepLoading />}>
        <Loaded
          screenProps={props}
          onRetry={() => {
            retry();
            setAttempt((attempt) => attempt + 1);
          }}
        />
      </Suspense>
    );
  }
  return Object.assign(LazyScreen, { preload });
}
