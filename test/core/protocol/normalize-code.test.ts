// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeCode } from "../../../src/core/index";

describe("normalizeCode", () => {
  it.each([
    ["123456", "123456"],
    ["123 456", "123456"],
    ["123-456", "123456"],
    [" 123456\n", "123456"],
    ["123\u00a0456", "123456"], // NBSP, from SMS apps and web pages
    ["123\u2009456", "123456"], // thin space
    ["123 \u2013 456", "123456"], // en dash
    ["123\u2014456", "123456"], // em dash
    ["123\u2212456", "123456"], // minus sign
    ["123\u200b456", "123456"], // zero-width space
    ["123.456", "123456"],
    ["１２３４５６", "123456"], // full-width digits (Japanese and Chinese input methods)
    ["１２３　４５６", "123456"], // with an ideographic space
    ["١٢٣٤٥٦", "123456"], // Arabic-Indic digits
    ["۱۲۳۴۵۶", "123456"], // Eastern Arabic-Indic (Persian) digits
    ["ab-CD 12", "abCD12"], // letters kept, case unchanged
    ["ＡＢＣ", "ABC"],
    ["12#456", "12#456"], // not a separator: kept, so the digits-only check can say so
    ["", ""],
  ])("%j -> %j", (input, output) => {
    expect(normalizeCode(input)).toBe(output);
  });

  it("recovers the digits from any mix of pasted separators", () => {
    const separator = fc.constantFrom(" ", "-", "\u00a0", "\u2013", "\u2009", "\t", ".", "\u3000");
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.array(separator, { maxLength: 3 })), {
          minLength: 1,
          maxLength: 10,
        }),
        (parts) => {
          const digits = parts.map(([d]) => String(d)).join("");
          const pasted = parts.map(([d, seps]) => `${d}${seps.join("")}`).join("");
          expect(normalizeCode(pasted)).toBe(digits);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("is idempotent and leaves no spaces or dashes", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
        const once = normalizeCode(text);
        expect(normalizeCode(once)).toBe(once);
        expect(once).not.toMatch(/[\s\p{Pd}]/u);
      }),
      { numRuns: 2000 },
    );
  });
});
