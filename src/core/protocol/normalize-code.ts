/**
 * Characters people paste between the digits of a code: every Unicode space (NBSP, thin and
 * ideographic spaces), zero-width characters, dashes of every kind (hyphen, en and em dash,
 * minus sign), and dots. Anything else is kept, so that a stray letter is still visible to the
 * digits-only check and the person is told, rather than silently sending a different code.
 */
const SEPARATORS = /[\s\p{Pd}\u2212\u200B-\u200D\u2060\uFEFF._·•]/gu;

/** Arabic-Indic (U+0660…) and Eastern Arabic-Indic (U+06F0…) digits, which NFKC leaves as they are. */
const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/**
 * Normalises a pasted or typed one-time code: `123 456`, `123-456`, `123 – 456` and `１２３４５６`
 * all become `123456`.
 *
 * Full-width digits and letters (East Asian input methods) and Arabic-Indic digits (Arabic and
 * Persian phone keyboards) are mapped to ASCII: they are the same code to the person, and Cognito
 * only accepts ASCII digits. Letters are kept (case unchanged) for custom codes.
 */
export function normalizeCode(text: string): string {
  if (typeof text !== "string") return "";
  return text
    .normalize("NFKC")
    .replace(ARABIC_DIGITS, (digit) => String(digit.charCodeAt(0) & 0xf))
    .replace(SEPARATORS, "");
}
