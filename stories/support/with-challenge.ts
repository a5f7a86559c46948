import { fn } from "storybook/test";
import {
  type Challenge,
  ChallengeError,
  type InteractiveStepName,
  isUnknownChallenge,
  parseAuthResponse,
  toChallengeError,
} from "../../src/core/index";
import type { ChallengeProps } from "../../src/index";
import {
  type ErrorFixture,
  fixtures,
  type ResponseFixture,
} from "../../test/fixtures/cognito/index";

/**
 * The challenge a recorded response carries, parsed exactly as the flow parses it
 * (`parseAuthResponse`). Throws when the fixture is not a challenge of that name, so a story can
 * never show something the wire would not produce.
 */
export function challengeFrom<N extends InteractiveStepName>(
  fixture: ResponseFixture,
  name: N,
  extra: Partial<Challenge<N>> = {},
): Challenge<N> {
  const parsed = parseAuthResponse(fixture.response);
  if (!parsed.ok) throw new Error(`Fixture "${fixture.description}": ${parsed.error.message}`);
  const result = parsed.value;
  if (result.kind !== "challenge" || isUnknownChallenge(result.challenge)) {
    throw new Error(`Fixture "${fixture.description}" is not a challenge`);
  }
  if (result.challenge.name !== name) {
    throw new Error(`Fixture "${fixture.description}" is ${result.challenge.name}, not ${name}`);
  }
  return { ...(result.challenge as Challenge<N>), ...extra };
}

/** The `ChallengeError` a transport makes of a recorded Cognito error body. */
export function errorFrom(fixture: ErrorFixture): ChallengeError {
  return toChallengeError({
    type: fixture.error.__type,
    message: fixture.error.message,
    status: fixture.status,
  });
}

/**
 * The errors a screen must handle, one per recovery: `retry` (wrong code), `restart` (the
 * session is gone), `wait` (throttled). Storybook shows them as a select control.
 */
export const errorOptions = {
  none: undefined,
  CodeMismatchException: errorFrom(fixtures.errors.codeMismatch),
  ExpiredSession: new ChallengeError(
    "ExpiredSession",
    "The sign-in session expired before the answer was sent.",
    { recovery: "restart" },
  ),
  NotAuthorizedException: errorFrom(fixtures.errors.sessionExpired),
  TooManyRequestsException: errorFrom(fixtures.errors.tooManyRequests),
  NetworkError: toChallengeError({ message: "Failed to fetch" }),
} as const;

export type ErrorOption = keyof typeof errorOptions;

/** `argTypes.error` for a component story: a select over {@link errorOptions}. */
export const errorArgType = {
  control: "select",
  options: Object.keys(errorOptions),
  mapping: errorOptions,
  description: "The last error of the step; its `recovery` decides what the screen offers.",
} as const;

/**
 * Props of a challenge screen for a component story: the parsed challenge, a `respond` and a
 * `restart` that Storybook records (Actions panel; play functions assert on them), not pending,
 * no error, a session that ends in 15 minutes.
 */
export function withChallenge<N extends InteractiveStepName>(
  challenge: Challenge<N>,
  overrides: Partial<ChallengeProps<N>> = {},
): ChallengeProps<N> {
  return {
    challenge,
    respond: fn(async () => {}).mockName("respond"),
    restart: fn(async () => {}).mockName("restart"),
    isPending: false,
    error: undefined,
    expiresAt: Date.now() + 15 * 60_000,
    ...overrides,
  };
}
