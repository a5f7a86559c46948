import type { JSX, ReactNode } from "react";
import { useMessages } from "../messages/messages-provider";
import { toggleProps } from "../shared/field";
import type { PartProps } from "../shared/part";
import { renderScreenPart } from "../shared/screen";
import {
  type NewPasswordFieldKey,
  NewPasswordFieldProvider,
  type NewPasswordRenderState,
  useNewPassword,
  useNewPasswordField,
} from "./new-password-context";

type State = NewPasswordRenderState;

function DefaultFieldContent(): JSX.Element {
  return (
    <>
      <Label />
      <Input />
      <Hint />
      <FieldError />
    </>
  );
}

/** Props of {@link Field}. */
export type FieldProps = PartProps<"div", State> & {
  /** Which password field. */
  readonly name: "newPassword" | "confirmPassword";
};

/**
 * One password field: provides it to the Label, Input, Hint and FieldError inside (rendered by
 * default when it has no children).
 * @selector [data-scope="new-password-challenge"][data-part="field"][data-field="newPassword"]
 */
export function Field({ name, ...props }: FieldProps): JSX.Element {
  return <FieldPart fieldKey={name} partName="field" valueName="field" value={name} {...props} />;
}

/** Props of {@link Attribute}. */
export type AttributeProps = PartProps<"div", State> & {
  /** The attribute, without `userAttributes.`: `"email"`, `"custom:employee_id"`. */
  readonly name: string;
};

/**
 * One user attribute: the right input type, `autocomplete` and `inputmode` for Cognito's
 * standard attributes, a plain text field for any other.
 * @selector [data-part="attribute"][data-attribute="email"]
 */
export function Attribute({ name, ...props }: AttributeProps): JSX.Element {
  return (
    <FieldPart
      fieldKey={`attribute:${name}`}
      partName="attribute"
      valueName="attribute"
      value={name}
      {...props}
    />
  );
}

function FieldPart({
  fieldKey,
  partName,
  valueName,
  value,
  ...props
}: PartProps<"div", State> & {
  readonly fieldKey: NewPasswordFieldKey;
  readonly partName: string;
  readonly valueName: string;
  readonly value: string;
}): JSX.Element {
  const screen = useNewPassword(partName === "field" ? "Field" : "Attribute");
  const entry = screen.own.getField(fieldKey);
  return (
    <NewPasswordFieldProvider value={entry}>
      {renderScreenPart(
        screen,
        "div",
        partName,
        { children: <DefaultFieldContent /> },
        props,
        { invalid: entry.isInvalid },
        { [valueName]: value },
      )}
    </NewPasswordFieldProvider>
  );
}

/** The field's `<label>`. @selector [data-part="label"] */
export function Label(props: PartProps<"label", State>): JSX.Element {
  const screen = useNewPassword("Label");
  const entry = useNewPasswordField("Label");
  return renderScreenPart(
    screen,
    "label",
    "label",
    { id: entry.ids.label, htmlFor: entry.ids.input, children: entry.label },
    props,
  );
}

/**
 * The field's input (`autocomplete="new-password"` for both password fields).
 * @selector [data-part="input"][data-invalid]
 */
export function Input(props: PartProps<"input", State>): JSX.Element {
  const screen = useNewPassword("Input");
  const entry = useNewPasswordField("Input");
  return renderScreenPart(screen, "input", "input", entry.inputProps, props, {
    invalid: entry.isInvalid,
  });
}

/** The field's format hint (E.164 phone numbers, YYYY-MM-DD dates, …); nothing when none. */
export function Hint(props: PartProps<"p", State>): JSX.Element | null {
  const screen = useNewPassword("Hint");
  const entry = useNewPasswordField("Hint");
  if (entry.hint === undefined) return null;
  return renderScreenPart(screen, "p", "hint", { id: entry.ids.hint, children: entry.hint }, props);
}

/**
 * The field's own error, always in the DOM; on submit focus moves to the first invalid field,
 * which reads it through `aria-describedby`.
 * @selector [data-part="field-error"]
 */
export function FieldError(props: PartProps<"div", State>): JSX.Element {
  const screen = useNewPassword("FieldError");
  const entry = useNewPasswordField("FieldError");
  return renderScreenPart(
    screen,
    "div",
    "field-error",
    { id: entry.ids.error, children: entry.errorText as ReactNode },
    props,
  );
}

/**
 * Shows or hides both passwords: a real button with `aria-pressed` and `aria-controls`.
 * @selector [data-part="toggle"][data-pressed]
 */
export function Toggle(props: PartProps<"button", State>): JSX.Element {
  const screen = useNewPassword("Toggle");
  const context = screen.own;
  const { message } = useMessages();
  const controls = [context.getField("newPassword"), context.getField("confirmPassword")]
    .map((entry) => entry.ids.input)
    .join(" ");
  return renderScreenPart(
    screen,
    "button",
    "toggle",
    toggleProps(context.isVisible, controls, context.toggle, message("password.toggle")),
    props,
    { pressed: context.isVisible },
  );
}
