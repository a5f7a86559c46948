import axe from "axe-core";
import { expect, vi } from "vitest";
import {
  ChallengeError,
  type ChallengeErrorCode,
  type InteractiveStepName,
  parseAuthResponse,
  type Recovery,
} from "../../../src/core/index";
import type { ChallengeProps } from "../../../src/headless/challenge-props.types";
import type { ResponseFixture } from "../../fixtures/cognito/index";

/**
 * Runs axe-core on `container`. happy-dom has no layout engine, so the rules that need rendered
 * geometry or computed colours cannot give a real answer there and are turned off *only here*:
 * `color-contrast` (and its enhanced variant), `target-size`. The browser tests and the
 * Storybook a11y addon run them in Chromium.
 */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const result = await axe.run(container, {
    rules: {
      "color-contrast": { enabled: false },
      "color-contrast-enhanced": { enabled: false },
      "target-size": { enabled: false },
      // A lone screen is tested without the page around it (a landmark, an h1).
      region: { enabled: false },
      "page-has-heading-one": { enabled: false },
    },
  });
  const violations = result.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.html).join(", ")})`,
  );
  expect(violations).toEqual([]);
}

/** A `ChallengeError` as the flow hands it to a screen. */
export function challengeError(
  code: ChallengeErrorCode,
  recovery: Recovery,
  options: { message?: string; retryAfterMs?: number } = {},
): ChallengeError {
  return new ChallengeError(code, options.message ?? code, {
    recovery,
    ...(options.retryAfterMs === undefined ? {} : { retryAfterMs: options.retryAfterMs }),
  });
}

/** The challenge of a recorded Cognito response, parsed as the flow parses it. */
export function challengeOf<N extends InteractiveStepName>(
  fixture: ResponseFixture,
  name: N,
): ChallengeProps<N>["challenge"] {
  const parsed = parseAuthResponse(fixture.response);
  if (!parsed.ok || parsed.value.kind !== "challenge") {
    throw new Error(`fixture is not a challenge: ${fixture.description}`);
  }
  const challenge = parsed.value.challenge;
  if (challenge.name !== name) throw new Error(`fixture is ${challenge.name}, not ${name}`);
  return challenge as ChallengeProps<N>["challenge"];
}

/** A deferred promise, to hold `respond()` open while the pending state is checked. */
export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/** `ChallengeProps<N>` with `vi.fn()` callbacks, for rendering a screen on its own. */
export function challengeProps<N extends InteractiveStepName>(
  challenge: ChallengeProps<N>["challenge"],
  overrides: Partial<ChallengeProps<N>> = {},
): ChallengeProps<N> & {
  respond: ReturnType<typeof vi.fn>;
  restart: ReturnType<typeof vi.fn>;
} {
  const respond = vi.fn(async () => undefined);
  const restart = vi.fn(async () => undefined);
  return {
    challenge,
    respond,
    restart,
    isPending: false,
    error: undefined,
    expiresAt: undefined,
    ...overrides,
  } as ChallengeProps<N> & {
    respond: ReturnType<typeof vi.fn>;
    restart: ReturnType<typeof vi.fn>;
  };
}
