// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const css = readFileSync(new URL("../../src/styles.css", import.meta.url), "utf8");

/** The `--cc-color-*` tokens declared in the first block opened by `opening`. */
function tokensAfter(opening: string, from = 0): Record<string, string> {
  const start = css.indexOf(opening, from);
  expect(start, `block ${opening}`).toBeGreaterThanOrEqual(0);
  const body = css.slice(start + opening.length, css.indexOf("}", start));
  return Object.fromEntries(
    [...body.matchAll(/--cc-color-([a-z-]+):\s*(#[0-9a-f]{6});/g)].map((m) => [m[1], m[2]]),
  );
}

function luminance(hex: string): number {
  const channel = (offset: number) => {
    const c = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG 2.2 contrast ratio. */
function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

const light = tokensAfter(":where(:root) {");
const darkMedia = tokensAfter(
  ":where(:root) {",
  css.indexOf("@media (prefers-color-scheme: dark)"),
);
const dark = tokensAfter(':where([data-theme="dark"]) {');
const lightSwitch = tokensAfter(':where([data-theme="light"]) {');

// Text (and text-like accents on buttons and links) needs 4.5:1 (1.4.3); borders of inputs and
// the focus ring need 3:1 against what they sit on (1.4.11).
const TEXT_PAIRS: Array<[string, string]> = [
  ["text", "bg"],
  ["text", "surface"],
  ["text-muted", "bg"],
  ["text-muted", "surface"],
  ["accent", "bg"],
  ["accent", "surface"],
  ["on-accent", "accent"],
  ["danger", "bg"],
  ["danger", "surface"],
  ["success", "bg"],
  ["success", "surface"],
];
const UI_PAIRS: Array<[string, string]> = [
  ["border", "bg"],
  ["border", "surface"],
  ["focus", "bg"],
  ["focus", "surface"],
];

describe("styles.css", () => {
  it("has the same palette for the system dark mode and data-theme, and for both light ones", () => {
    expect(Object.keys(light).length).toBe(10);
    expect(darkMedia).toEqual(dark);
    expect(lightSwitch).toEqual(light);
  });

  describe.each([
    ["light", light],
    ["dark", dark],
  ])("the %s palette", (_name, palette) => {
    it.each(TEXT_PAIRS)("%s on %s reaches 4.5:1", (fg, bg) => {
      expect(contrast(palette[fg] ?? "", palette[bg] ?? "")).toBeGreaterThanOrEqual(4.5);
    });
    it.each(UI_PAIRS)("%s against %s reaches 3:1", (fg, bg) => {
      expect(contrast(palette[fg] ?? "", palette[bg] ?? "")).toBeGreaterThanOrEqual(3);
    });
  });

  it("puts every rule in the cognito-challenge layer, behind :where()", () => {
    const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, "");
    expect(withoutComments.trimStart().startsWith("@layer cognito-challenge {")).toBe(true);
    expect(withoutComments.trimEnd().endsWith("}")).toBe(true);
    const selectors = [...withoutComments.matchAll(/([^{};]+)\{/g)]
      .map((match) => (match[1] ?? "").trim())
      .filter((selector) => !selector.startsWith("@") && !/^\d+%$/.test(selector));
    expect(selectors.length).toBeGreaterThan(30);
    for (const selector of selectors) {
      for (const part of selector.split(/,(?![^(]*\))/)) {
        expect(part.trim(), selector).toMatch(/^:where\(/);
      }
    }
  });

  it("sets 24 px targets and 44 px primary buttons", () => {
    expect(css).toMatch(/--cc-target-size: 1\.5rem;/);
    expect(css).toMatch(/--cc-target-size-primary: 2\.75rem;/);
    expect(css).toMatch(
      /button\[data-scope\]\[data-part="submit"\]\) \{\s*min-block-size: var\(--cc-target-size-primary\)/,
    );
  });
});
