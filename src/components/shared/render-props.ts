import type { CSSProperties } from "react";

/**
 * `className` of a part: a string, or a function of the screen's render state (React Aria's
 * render props), e.g. `({ isPending }) => (isPending ? "btn btn--busy" : "btn")`.
 */
export type ClassNameProp<S> = string | ((state: S) => string | undefined) | undefined;

/** `style` of a part: an object, or a function of the screen's render state. */
export type StyleProp<S> = CSSProperties | ((state: S) => CSSProperties | undefined) | undefined;

/** Resolves a {@link ClassNameProp} against the current state. */
export function resolveClassName<S>(value: ClassNameProp<S>, state: S): string | undefined {
  return typeof value === "function" ? value(state) : value;
}

/** Resolves a {@link StyleProp} against the current state. */
export function resolveStyle<S>(value: StyleProp<S>, state: S): CSSProperties | undefined {
  return typeof value === "function" ? value(state) : value;
}
