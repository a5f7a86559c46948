import { act, type RenderResult, render } from "@testing-library/react";
import axe from "axe-core";
import type { ReactElement } from "react";
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
 * axe-core on `container`. happy-dom has no layout or colour engine, so only the rules that need
 * rendered geometry are off here: `color-contrast(-enhanced)` (checked by the theme's contrast
 * test on the token pairs, and by Storybook's a11y addon in Chromium) and `target-size` (the
 * theme sets 24 px minimum, 44 px for primary buttons). `region` and `page-has-heading-one` are
 * page-level rules; a screen is tested without its page.
 */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const result = await axe.run(container, {
    rules: {
      "color-contrast": { enabled: false },
      "color-contrast-enhanced": { enabled: false },
      "target-size": { enabled: false },
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
  const { challenge } = parsed.value;
  if (challenge.name !== name) throw new Error(`fixture is ${challenge.name}, not ${name}`);
  return challenge as ChallengeProps<N>["challenge"];
}

/** A promise held open, to look at the pending state. */
export function deferred(): {
  promise: Promise<void>;
  resolve: () => void;
  reject: (e: unknown) => void;
} {
  let resolve: () => void = () => undefined;
  let reject: (e: unknown) => void = () => undefined;
  const promise = new Promise<void>((done, fail) => {
    resolve = done;
    reject = fail;
  });
  return { promise, resolve, reject };
}

type Mocked<N extends InteractiveStepName> = ChallengeProps<N> & {
  respond: ReturnType<typeof vi.fn>;
  restart: ReturnType<typeof vi.fn>;
};

/** `ChallengeProps<N>` with `vi.fn()` callbacks. */
export function challengeProps<N extends InteractiveStepName>(
  challenge: ChallengeProps<N>["challenge"],
  overrides: Partial<ChallengeProps<N>> = {},
): Mocked<N> {
  return {
    challenge,
    respond: vi.fn(async () => undefined),
    restart: vi.fn(async () => undefined),
    isPending: false,
    error: undefined,
    expiresAt: undefined,
    ...overrides,
  } as Mocked<N>;
}

/**
 * `render` inside an awaited `act`. A default screen is a lazily loaded one that React reads
 * with `use()`; even when its code is already there, React 19 (development build) warns that "a
 * component suspended inside an `act` scope" unless that `act` is awaited, and the console
 * guard fails the test on that warning.
 */
export async function renderSettled(ui: ReactElement): Promise<RenderResult> {
  let result: RenderResult | undefined;
  await act(async () => {
    result = render(ui);
  });
  if (result === undefined) throw new Error("render did not run");
  return result;
}
