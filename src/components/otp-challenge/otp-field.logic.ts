import { normalizeCode } from "../../core/protocol/normalize-code";

/** One decorative box of the code field, derived from the real input's value and caret. */
export interface OtpSlotState {
  /** Position, from 0. */
  readonly index: number;
  /** The digit in this box, or `null` while empty. */
  readonly char: string | null;
  /** The caret (or the selection) is on this box while the input has focus. @selector [data-active] */
  readonly isActive: boolean;
  /** Draw a fake caret: active, empty, and nothing selected. @selector [data-caret] */
  readonly hasFakeCaret: boolean;
}

const DIGITS = /^\d*$/;

/**
 * What a typed or autofilled value becomes: separators stripped ({@link normalizeCode}: spaces,
 * dashes, full-width digits), cut to `length`. `null` when something other than digits is left,
 * so the keystroke is refused and the field keeps its value (input-otp's pattern gate).
 */
export function toCodeValue(raw: string, length: number): string | null {
  const code = normalizeCode(raw);
  return DIGITS.test(code) ? code.slice(0, length) : null;
}

/**
 * The code in pasted text. `"123 456"`, `"123-456"`, `"１２３４５６"` are the code itself; a
 * message such as `"Your code is 123456."` holds exactly one run of `length` digits, which is
 * taken. `null` when no code can be found: the paste is refused rather than guessed at.
 */
export function extractPastedCode(text: string, length: number): string | null {
  const code = normalizeCode(text);
  if (DIGITS.test(code)) return code;
  const runs = (code.match(/\d+/g) ?? []).filter((run) => run.length === length);
  return runs.length === 1 ? (runs[0] ?? null) : null;
}

/**
 * Puts `inserted` in place of the selection `[start, end)` of `value` and cuts to `length`; the
 * new caret position is returned with it.
 */
export function insertAtSelection(
  value: string,
  inserted: string,
  start: number,
  end: number,
  length: number,
): { readonly value: string; readonly caret: number } {
  // A whole code pasted anywhere replaces what was there: nobody means "12" + "123456".
  if (inserted.length >= length) return { value: inserted.slice(0, length), caret: length };
  const next = (value.slice(0, start) + inserted + value.slice(end)).slice(0, length);
  return { value: next, caret: Math.min(start + inserted.length, length) };
}

/**
 * The boxes to draw: one per digit of `length`. The active box follows the caret; at the end of
 * a full code the last box stays active (input-otp's behaviour).
 */
export function deriveSlots(
  value: string,
  length: number,
  selection: { readonly start: number; readonly end: number } | null,
): OtpSlotState[] {
  return Array.from({ length }, (_, index) => {
    const char = value[index] ?? null;
    let isActive = false;
    if (selection !== null) {
      const start = Math.min(selection.start, length - 1);
      const end = Math.max(selection.end, start + 1);
      isActive = index >= start && index < end;
    }
    return {
      index,
      char,
      isActive,
      hasFakeCaret:
        isActive && char === null && selection !== null && selection.start === selection.end,
    };
  });
}
