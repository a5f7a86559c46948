// @vitest-environment node
import { describe, expect, it } from "vitest";
import { parseRetryAfter } from "../../../src/core/transport/retry-after";

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-03-03T09:04:05Z");

  it.each([
    ["0", 0],
    ["7", 7000],
    [" 120 ", 120_000],
  ])("delta-seconds %j → %i ms", (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });

  it("an HTTP date → the time left until then, never negative", () => {
    expect(parseRetryAfter("Tue, 03 Mar 2026 09:04:35 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Tue, 03 Mar 2026 09:00:00 GMT", now)).toBe(0);
  });

  it.each([null, undefined, "", "soon", "-5", "1.5", "1e3"])("%j → undefined", (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});
