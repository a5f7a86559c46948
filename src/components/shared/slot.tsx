import {
  Children,
  cloneElement,
  isValidElement,
  type JSX,
  type ReactElement,
  type ReactNode,
  type Ref,
  type RefCallback,
} from "react";

type AnyProps = Record<string, unknown>;

const HANDLER = /^on[A-Z]/;

/** Assigns `value` to every ref given (callback or object refs); `undefined` refs are skipped. */
export function setRefs<T>(value: T | null, ...refs: ReadonlyArray<Ref<T> | undefined>): void {
  for (const ref of refs) {
    if (typeof ref === "function") ref(value);
    else if (ref !== null && ref !== undefined) (ref as { current: T | null }).current = value;
  }
}

/** One callback ref that feeds every ref given, so a part and its consumer both see the element. */
export function composeRefs<T>(...refs: ReadonlyArray<Ref<T> | undefined>): RefCallback<T> {
  return (value) => setRefs(value, ...refs);
}

function joinTokens(a: unknown, b: unknown): string | undefined {
  const tokens = [a, b]
    .filter((value): value is string => typeof value === "string" && value.trim() !== "")
    .flatMap((value) => value.trim().split(/\s+/));
  return tokens.length === 0 ? undefined : [...new Set(tokens)].join(" ");
}

/**
 * Merges the props of two layers the way Radix's `Slot` does: `outer` are the part's own props,
 * `inner` the consumer's (a child element under `asChild`, or props passed to the part).
 *
 * - `on*` handlers are composed: the consumer's runs first and can veto ours with
 *   `event.preventDefault()`.
 * - `className` and `aria-describedby` are joined (tokens de-duplicated), `style` is merged
 *   (consumer's keys win), refs are composed.
 * - Any other prop: the consumer's value wins when it is not `undefined`.
 */
export function mergeProps(outer: AnyProps, inner: AnyProps): AnyProps {
  const merged: AnyProps = { ...outer };
  for (const [key, innerValue] of Object.entries(inner)) {
    const outerValue = outer[key];
    if (innerValue === undefined) continue;
    if (HANDLER.test(key) && typeof outerValue === "function" && typeof innerValue === "function") {
      merged[key] = (event: unknown, ...rest: unknown[]) => {
        const result = (innerValue as (...args: unknown[]) => unknown)(event, ...rest);
        const prevented =
          typeof event === "object" &&
          event !== null &&
          (event as { defaultPrevented?: boolean }).defaultPrevented === true;
        if (!prevented) (outerValue as (...args: unknown[]) => unknown)(event, ...rest);
        return result;
      };
    } else if (key === "className" || key === "aria-describedby") {
      merged[key] = joinTokens(outerValue, innerValue);
    } else if (key === "style" && typeof outerValue === "object" && outerValue !== null) {
      merged[key] = { ...outerValue, ...(innerValue as object) };
    } else if (key === "ref" && outerValue !== undefined) {
      merged[key] = composeRefs(outerValue as Ref<unknown>, innerValue as Ref<unknown>);
    } else {
      merged[key] = innerValue;
    }
  }
  return merged;
}

/** Props of {@link Slot}: the part's own props, one element child, and the content to inject. */
export interface SlotProps {
  /** Exactly one element: it is rendered in place of the part's default element. */
  readonly children?: ReactNode;
  /** Content the part would render; used when the child element has no children of its own. */
  readonly defaultChildren?: ReactNode;
  readonly [prop: string]: unknown;
}

/**
 * Renders its only child element with the part's props merged in ({@link mergeProps}), so a
 * design system's `<Button>` or `<Input>` keeps the part's behaviour, ARIA wiring and data
 * attributes. A child with no children of its own receives the part's default content (a
 * `Submit` swapped for `<DsButton />` still says "Continue").
 *
 * React 19: a function component receives `ref` as a prop, and `cloneElement` treats a `ref`
 * in its config as the new ref, so composing `props.ref` of the child is enough.
 */
export function Slot({ children, defaultChildren, ...slotProps }: SlotProps): JSX.Element {
  const child = Children.only(children);
  if (!isValidElement(child)) {
    throw new Error("asChild expects exactly one React element as its child.");
  }
  const element = child as ReactElement<AnyProps>;
  const merged = mergeProps(slotProps, element.props);
  if (element.props.children === undefined && defaultChildren !== undefined) {
    merged.children = defaultChildren;
  }
  return cloneElement(element, merged);
}
