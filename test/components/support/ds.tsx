import type { ComponentPropsWithRef, JSX } from "react";

/**
 * A stand-in design system for the `asChild` runs: plain elements that take whatever props the
 * part merges in (handlers, refs, ARIA wiring, data attributes), as a real design system's
 * `<Button>` or `<Input>` would. `<Ds.Subheading className="ds-title" />` renders an `<h3>`.
 */
function element<T extends keyof JSX.IntrinsicElements>(tag: T) {
  const Tag = tag as string;
  // biome-ignore lint/correctness/noComponentHookFactories: called once per tag at module level.
  return function DsElement(props: ComponentPropsWithRef<T>): JSX.Element {
    return <Tag {...(props as Record<string, unknown>)} />;
  };
}

export const Ds = {
  Link: element("a"),
  Button: element("button"),
  Code: element("code"),
  Box: element("div"),
  List: element("dl"),
  Fieldset: element("fieldset"),
  Figure: element("figure"),
  Form: element("form"),
  Heading: element("h1"),
  Subheading: element("h3"),
  TextInput: element("input"),
  FieldLabel: element("label"),
  Legend: element("legend"),
  Text: element("p"),
  Hint: element("small"),
  Strong: element("strong"),
};
