import type { JSX, ReactNode } from "react";
import type { PartProps } from "../shared/part";
import { renderScreenPart } from "../shared/screen";
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
  const screen = useMfaSelect("Group");
  const context = screen.own;
  if (context.options.length === 0) return null;
  const content = (
    <>
      <Legend />
      {typeof children === "function"
        ? children(context.options)
        : context.options.map((option) => <Option key={option} value={option} />)}
    </>
  );
  return renderScreenPart(
    screen,
    "fieldset",
    "group",
    { "aria-describedby": context.groupDescribedBy, children: content },
    typeof children === "function" ? props : { ...props, children },
  );
}

/** The group's `<legend>`. @selector [data-part="legend"] */
export function Legend(props: PartProps<"legend", State>): JSX.Element {
  const screen = useMfaSelect("Legend");
  const { legendId, legend } = screen.own;
  return renderScreenPart(screen, "legend", "legend", { id: legendId, children: legend }, props);
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
  const screen = useMfaSelect("Option");
  const entry = screen.own.getOption(value);
  return (
    <OptionProvider value={entry}>
      {renderScreenPart(
        screen,
        "div",
        "option",
        { children: <DefaultOptionContent /> },
        props,
        { checked: entry.isChecked },
        { value },
      )}
    </OptionProvider>
  );
}

/** The native radio. @selector [data-part="option-input"][data-checked] */
export function OptionInput(props: PartProps<"input", State>): JSX.Element {
  const screen = useMfaSelect("OptionInput");
  const entry = useOption("OptionInput");
  return renderScreenPart(screen, "input", "option-input", entry.inputProps, props, {
    checked: entry.isChecked,
  });
}

/** The option's `<label>`. @selector [data-part="option-label"] */
export function OptionLabel(props: PartProps<"label", State>): JSX.Element {
  const screen = useMfaSelect("OptionLabel");
  const entry = useOption("OptionLabel");
  return renderScreenPart(
    screen,
    "label",
    "option-label",
    { id: entry.ids.label, htmlFor: entry.ids.input, children: entry.label },
    props,
    { checked: entry.isChecked },
  );
}

/** What the option means; the radio points `aria-describedby` here. */
export function OptionDescription(props: PartProps<"p", State>): JSX.Element {
  const screen = useMfaSelect("OptionDescription");
  const entry = useOption("OptionDescription");
  return renderScreenPart(
    screen,
    "p",
    "option-description",
    { id: entry.ids.description, children: entry.description },
    props,
  );
}
