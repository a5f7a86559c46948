import { Component, type JSX, type ReactNode, Suspense, use } from "react";
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

type TrackedPromise<T> = Promise<T> & {
  status?: "fulfilled" | "rejected";
  value?: T;
  reason?: unknown;
};

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

interface BoundaryState {
  readonly failed: boolean;
}

/** Catches a failed chunk download (offline, a deploy replaced the file) and offers a retry. */
class LoadBoundary extends Component<
  { readonly children: ReactNode; readonly onRetry: () => void },
  BoundaryState
> {
  override state: BoundaryState = { failed: false };

  static getDerivedStateFromError(): BoundaryState {
    return { failed: true };
  }

  override render(): ReactNode {
    if (this.state.failed) {
      return (
        <LoadFailed
          retry={() => {
            this.props.onRetry();
            this.setState({ failed: false });
          }}
        />
      );
    }
    return this.props.children;
  }
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
  // The pending download (kept after a failure until the boundary's retry forgets it), marked `fulfilled` with its `value` once done: React's `use()` then
  // reads it synchronously (no loading flash after `preload()`), as React documents for thenables.
  let loading: TrackedPromise<ChallengeComponent<N>> | undefined;
  const preload = (): Promise<ChallengeComponent<N>> => {
    if (loading === undefined) {
      const promise: TrackedPromise<ChallengeComponent<N>> = load().then(
        (screen) => {
          promise.status = "fulfilled";
          promise.value = screen;
          return screen;
        },
        (error: unknown) => {
          promise.status = "rejected";
          promise.reason = error;
          throw error;
        },
      );
      loading = promise;
    }
    return loading;
  };

  // biome-ignore lint/correctness/noComponentHookFactories: made once per screen at module level, never during a render.
  function Loaded(props: ChallengeProps<N>): JSX.Element {
    const Screen = use(preload());
    return <Screen {...props} />;
  }

  // biome-ignore lint/correctness/noComponentHookFactories: made once per screen at module level, never during a render.
  function LazyScreen(props: ChallengeProps<N>): JSX.Element {
    // Always the same tree, loaded or not: a different shape after the download would remount
    // the screen on its next render and lose what the person typed.
    return (
      <LoadBoundary
        onRetry={() => {
          if (loading?.status === "rejected") loading = undefined;
        }}
      >
        <Suspense fallback={<StepLoading />}>
          <Loaded {...props} />
        </Suspense>
      </LoadBoundary>
    );
  }
  return Object.assign(LazyScreen, { preload });
}
