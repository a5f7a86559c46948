import { type ComponentType, type JSX, useMemo } from "react";
import {
  type AnyChallenge,
  type InteractiveStepName,
  isUnknownChallenge,
  type SignInSnapshot,
  type UnknownChallenge,
} from "../../core/index";
import { useChallenge } from "../../headless/use-challenge";
import { useSignIn } from "../../headless/use-sign-in";
import { useSignInActions } from "../../headless/use-sign-in-actions";
import {
  type ChallengeComponentOverrides,
  type ChallengeComponents,
  isInteractiveStepName,
  resolveChallengeComponents,
  type UnknownChallengeProps,
} from "./challenge-components";
import { useProvidedChallengeComponents } from "./challenge-components-provider";
import { UnknownChallengeFallback } from "./unknown-challenge-fallback";

/** Props of `<ChallengeRouter>`. */
export interface ChallengeRouterProps {
  /**
   * Screens to use instead of the provider's and the defaults, typed per step: `SMS_MFA` takes
   * a component of `ChallengeProps<"SMS_MFA">`, no cast needed.
   */
  readonly components?: ChallengeComponentOverrides | undefined;
  /** The screen for a challenge this library does not know. @default UnknownChallengeFallback */
  readonly fallback?: ComponentType<UnknownChallengeProps> | undefined;
}

// The router's whole subscription: the challenge object while a step is shown. The flow keeps
// the same object while a step only goes pending or gets an error, and makes a new one for
// every new step, so `Object.is` is exactly "the step changed".
function selectChallenge(snapshot: SignInSnapshot): AnyChallenge | UnknownChallenge | undefined {
  return snapshot.status === "challenge" ? snapshot.challenge : undefined;
}

// A React key per challenge object: a new step remounts its screen even when it is the same
// screen as before (a second CUSTOM_CHALLENGE, the MFA_SETUP choice followed by its set-up), so
// the typed text is cleared and focus moves to the new step's heading.
const stepKeys = new WeakMap<object, number>();
let lastStepKey = 0;
function keyOf(challenge: object): number {
  let key = stepKeys.get(challenge);
  if (key === undefined) {
    lastStepKey += 1;
    key = lastStepKey;
    stepKeys.set(challenge, key);
  }
  return key;
}

function ChallengeStep<N extends InteractiveStepName>({
  name,
  components,
}: {
  readonly name: N;
  readonly components: ChallengeComponents;
}): JSX.Element | null {
  const props = useChallenge(name);
  if (props === undefined) return null;
  const Screen: ComponentType<typeof props> = components[name];
  return <Screen {...props} />;
}

function UnknownStep({
  challenge,
  fallback: Fallback,
}: {
  readonly challenge: UnknownChallenge;
  readonly fallback: ComponentType<UnknownChallengeProps>;
}): JSX.Element {
  const { restart } = useSignInActions();
  return <Fallback challenge={challenge} restart={restart} />;
}

/**
 * Builds a router over a complete map of default screens. `<ChallengeRouter>` is this over
 * `defaultChallengeComponents`; an app that replaces every screen builds its own router with
 * its own complete map, so the built-in screens are left out of its bundle.
 *
 * @example
 * ```tsx
 * const DsRouter = createChallengeRouter({ ...dsScreens }); // every step, typed per step
 * ```
 */
export function createChallengeRouter(
  defaults: ChallengeComponents,
): (props: ChallengeRouterProps) => JSX.Element | null {
  /**
   * Shows the screen for the current step of the nearest `<SignInProvider>`'s flow, looked up by
   * `challenge.name` in: this router's `components`, then the `<ChallengeComponentsProvider>`s
   * around it (innermost first), then the defaults. A challenge this library does not know gets
   * the `fallback`, which names it. Renders nothing while no step waits for the person.
   *
   * It subscribes to the challenge object only, so pending flags, errors and keystrokes do not
   * re-render it (the screen it shows subscribes to those itself).
   */
  // biome-ignore lint/correctness/noComponentHookFactories: a router is made once per map, at module level, never during a render.
  function ChallengeRouter({ components, fallback }: ChallengeRouterProps): JSX.Element | null {
    const challenge = useSignIn(selectChallenge, Object.is);
    const provided = useProvidedChallengeComponents();
    const resolved = useMemo(
      () => resolveChallengeComponents(defaults, components, ...provided.layers),
      [components, provided],
    );
    if (challenge === undefined) return null;
    if (isUnknownChallenge(challenge)) {
      return (
        <UnknownStep
          key={keyOf(challenge)}
          challenge={challenge}
          fallback={fallback ?? provided.fallback ?? UnknownChallengeFallback}
        />
      );
    }
    // PASSWORD_VERIFIER and the device steps are answered by the flow itself, never shown.
    if (!isInteractiveStepName(challenge.name)) return null;
    return <ChallengeStep key={keyOf(challenge)} name={challenge.name} components={resolved} />;
  }
  return ChallengeRouter;
}
