import type { ComponentType } from "react";
import type { InteractiveStepName, StepName, UnknownChallenge } from "../../core/index";
import type { ChallengeProps } from "../../headless/challenge-props.types";

/** A screen for step `N`: any component that takes exactly `ChallengeProps<N>`. */
export type ChallengeComponent<N extends InteractiveStepName> = ComponentType<ChallengeProps<N>>;

/**
 * One screen per step a person can see, keyed by the step's wire name.
 *
 * Complete by construction: a map typed `ChallengeComponents` that leaves out a name (or a new
 * name added to `InteractiveStepName`) does not compile. Each key is typed with its own props,
 * so `SMS_MFA` only accepts a component of `ChallengeProps<"SMS_MFA">` (or of a wider union that
 * includes it), never one written for `MFA_SETUP`.
 */
export type ChallengeComponents = {
  readonly [N in InteractiveStepName]: ChallengeComponent<N>;
};

/** An app's replacements: any subset of `ChallengeComponents`, still typed per key. */
export type ChallengeComponentOverrides = Partial<ChallengeComponents>;

/** Props of the screen shown for a challenge this library does not know. */
export interface UnknownChallengeProps {
  /** The challenge as Cognito sent it: its `name` and raw `parameters`. */
  readonly challenge: UnknownChallenge;
  /** Back to the start with the username kept. */
  readonly restart: () => Promise<void>;
}

// A record, not an array, so that a step added to `InteractiveStepName` is a compile error here.
const INTERACTIVE: { readonly [N in InteractiveStepName]: true } = {
  SMS_MFA: true,
  EMAIL_OTP: true,
  SOFTWARE_TOKEN_MFA: true,
  SELECT_MFA_TYPE: true,
  MFA_SETUP: true,
  CUSTOM_CHALLENGE: true,
  SELECT_CHALLENGE: true,
  NEW_PASSWORD_REQUIRED: true,
  SMS_OTP: true,
  PASSWORD: true,
  PASSWORD_SRP: true,
  WEB_AUTHN: true,
  REMEMBER_DEVICE: true,
};

/** The steps that need a screen, as a run-time list. */
export const INTERACTIVE_STEP_NAMES: readonly InteractiveStepName[] = Object.keys(
  INTERACTIVE,
) as InteractiveStepName[];

/** Guard: does step `name` need a person (and so a screen)? */
export function isInteractiveStepName(name: StepName): name is InteractiveStepName {
  return Object.hasOwn(INTERACTIVE, name);
}

function pick<K extends InteractiveStepName>(
  layers: readonly (ChallengeComponentOverrides | undefined)[],
  key: K,
): ChallengeComponents[K] | undefined {
  for (const layer of layers) {
    const component = layer?.[key];
    if (component !== undefined) return component;
  }
  return undefined;
}

/**
 * Merges override layers over a complete map: the first layer that names a step wins, else the
 * default. Complete by construction: it walks every step of the `INTERACTIVE` record above,
 * whose type makes a step added to `InteractiveStepName` a compile error until it is listed, so
 * no step can silently lack a screen.
 *
 * @param defaults the complete map used where no layer names a step
 * @param layers highest priority first, e.g. the router's `components`, then the provider's
 */
export function resolveChallengeComponents(
  defaults: ChallengeComponents,
  ...layers: readonly (ChallengeComponentOverrides | undefined)[]
): ChallengeComponents {
  const resolved: Partial<Record<InteractiveStepName, unknown>> = {};
  for (const name of INTERACTIVE_STEP_NAMES) resolved[name] = pick(layers, name) ?? defaults[name];
  return resolved as ChallengeComponents;
}
