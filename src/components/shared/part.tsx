import { type ComponentPropsWithRef, createElement, type JSX, type ReactNode } from "react";
import { type DataAttributeInput, dataAttributes } from "./data-attributes";
import { type ClassNameProp, resolveClassName, resolveStyle, type StyleProp } from "./render-props";
import { mergeProps, Slot } from "./slot";

/** What every part accepts on top of its element's own props. */
export interface PartOwnProps<S> {
  /**
   * Render the single child element instead of ours, with our props merged in (Radix `Slot`):
   * handlers composed, refs composed, `className` and `aria-describedby` joined.
   * @default false
   */
  readonly asChild?: boolean | undefined;
  /** A class name, or a function of the screen's render state. */
  readonly className?: ClassNameProp<S>;
  /** A style object, or a function of the screen's render state. */
  readonly style?: StyleProp<S>;
}

/** Props of a part rendered as element `E` for a screen whose render state is `S`. */
export type PartProps<E extends keyof JSX.IntrinsicElements, S> = Omit<
  ComponentPropsWithRef<E>,
  "className" | "style"
> &
  PartOwnProps<S>;

/** How a part renders by default. */
export interface PartDefinition<S> {
  /** The element rendered when `asChild` is not set. */
  readonly tag: keyof JSX.IntrinsicElements;
  /** `data-scope`, `data-part`, `data-state` and flags ({@link dataAttributes}). */
  readonly data: DataAttributeInput;
  /** The render state handed to `className`/`style` functions. */
  readonly state: S;
  /** Our props: ARIA wiring, handlers, `ref`, and default `children`. */
  readonly props: Readonly<Record<string, unknown>>;
}

/**
 * Renders one part: our props and data attributes, merged with the consumer's props
 * ({@link mergeProps}); with `asChild`, the consumer's element through {@link Slot}. The
 * consumer's `children` replace our default content; under `asChild` our content is injected
 * into a child element that has none.
 */
export function renderPart<S>(
  definition: PartDefinition<S>,
  userProps: PartOwnProps<S> & { readonly children?: ReactNode },
): JSX.Element {
  const { asChild, className, style, children, ...rest } = userProps as PartOwnProps<S> &
    Readonly<Record<string, unknown>> & { readonly children?: ReactNode };
  const { children: defaultChildren, ...ours } = {
    ...definition.props,
    ...dataAttributes(definition.data),
  };
  const theirs: Record<string, unknown> = {
    ...rest,
    className: resolveClassName(className, definition.state),
    style: resolveStyle(style, definition.state),
  };
  const merged = mergeProps(ours, theirs);
  if (asChild === true) {
    return createElement(
      Slot,
      { ...merged, defaultChildren: defaultChildren as ReactNode },
      children as ReactNode,
    );
  }
  return createElement(definition.tag, merged, (children ?? defaultChildren) as ReactNode);
}
