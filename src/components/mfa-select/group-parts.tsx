import type { JSX, ReactNode } from "react";
import { type PartProps, renderPart } from "../shared/part";
import { partData, useScreenContext } from "../shared/screen";
import {
  type MfaSelectOption,
  type MfaSelectRenderState,
  OptionProvider,
  useMfaSelect,
  useOption,
} from "./mfa-select-context";

type State = MfaSelectRenderState;

/** Props of {@link Group}. */
export type GroupProps = Omit<PartProps<"fieldset", State>, "children"> & {
  /** Draws the options; defaults to the Legend and one {@link Option} per offered factor. */
  readonly children?: ((options: readonly MfaSelectOption[]) => ReactNode) | ReactNode;
};

/**
 * The `<fieldset>` of native radios: arrow keys move between them, Tab leaves the group, and
 * the legend names it. Nothing when Cognito offered no option.
 * @selector [data-scope="mfa-select"][data-part="group"][data-invalid]
 */
export function Group({ children, ...props }: GroupProps): JSX.Element | null {
  const screen = useScreenContext<State>("MfaSelect.Group");
  const context = useMfaSelect("Group");
  if (context.options.length === 0) return null;
  const content = (
    <>
      <Legend />
      {typeof children === "function"
        ? children(context.options)
        : context.options.map((option) => <Option key={option} value={option} />)}
    </>
  );
  return renderPart(
    {
      tag: "fieldset",
      data: partData(screen, "group"),
      state: screen.renderState,
      props: { "aria-describedby": context.groupDescribedBy, children: content },
    },
    typeof children === "function" ? props : { ...props, children },
  );
}

/** The group's `<legend>`. @selector [data-part="legend"] */
export function Legend(props: PartProps<"legend", State>): JSX.Element {
  const screen = useScreenContext<State>("MfaSelect.Legend");
  const context = useMfaSelect("Legend");
  return renderPart(
    {
      tag: "legend",
      data: partData(screen, "legend"),
      state: screen.renderState,
      props: { id: context.legendId, children: context.legend },
    },
    props,
  );
}

function DefaultOptionContent(): JSX.Element {
  return (
    <>
      <OptionInput />
      <OptionLabel />
      <OptionDescription />
    </>
  );
}

/** Props of {@link Option}. */
export type OptionProps = PartProps<"div", State> & {
  /** The factor, as Cognito names it. */
  readonly value: MfaSelectOption;
};

/**
 * One factor: radio, label and description (rendered by default when it has no children).
 * @selector [data-part="option"][data-value="SOFTWARE_TOKEN_MFA"][data-checked]
 */
export function Option({ value, ...props }: OptionProps): JSX.Element {
  const screen = useScreenContext<State>("MfaSelect.Option");
  const entry = useMfaSelect("Option").getOption(value);
  return (
    <OptionProvider value={entry}>
      {renderPart(
        {
          tag: "div",
          data: {
            ...partData(screen, "option", { checked: entry.isChecked }),
            values: { value },
          },
          state: screen.renderState,
          props: { children: <DefaultOptionContent /> },
        },
        props,
      )}
    </OptionProvider>
  );
}

/** The native radio. @selector [data-part="option-input"][data-checked] */
export function OptionInput(props: PartProps<"input", State>): JSX.Element {
  const screen = useScreenContext<State>("MfaSelect.OptionInput");
  const entry = useOption("OptionInput");
  return renderPart(
    {
      tag: "input",
      data: partData(screen, "option-input", { checked: entry.isChecked }),
      state: screen.renderState,
      props: entry.inputProps,
    },
    props,
  );
}

/** The option's `<label>`. @selector [data-part="option-label"] */
export function OptionLabel(props: PartProps<"label", State>): JSX.Element {
  const screen = useScreenContext<State>("MfaSelect.OptionLabel");
  const entry = useOption("OptionLabel");
  return renderPart(
    {
      tag: "label",
      data: partData(screen, "option-label", { checked: entry.isChecked }),
      state: screen.renderState,
      props: { id: entry.ids.label, htmlFor: entry.ids.input, children: entry.label },
    },
    props,
  );
}

/** What the option means; the radio points `aria-describedby` here. */
export function OptionDescription(props: PartProps<"p", State>): JSX.Element {
  const screen = useScreenContext<State>("MfaSelect.OptionDescription");
  const entry = useOption("OptionDescription");
  return renderPart(
    {
      tag: "p",
      data: partData(screen, "option-description"),
      state: screen.renderState,
      props: { id: entry.ids.description, children: entry.description },
    },
    props,
  );
}
