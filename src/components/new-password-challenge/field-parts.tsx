import type { JSX, ReactNode } from "react";
import { useMessages } from "../messages/messages-provider";
import { type PartProps, renderPart } from "../shared/part";
import { partData, useScreenContext } from "../shared/screen";
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
  const screen = useScreenContext<State>(`NewPasswordChallenge.${partName}`);
  const entry = useNewPassword("Field").getField(fieldKey);
  return (
    <NewPasswordFieldProvider value={entry}>
      {renderPart(
        {
          tag: "div",
          data: {
            ...partData(screen, partName, { invalid: entry.isInvalid }),
            values: { [valueName]: value },
          },
          state: screen.renderState,
          props: { children: <DefaultFieldContent /> },
        },
        props,
      )}
    </NewPasswordFieldProvider>
  );
}

/** The field's `<label>`. @selector [data-part="label"] */
export function Label(props: PartProps<"label", State>): JSX.Element {
  const screen = useScreenContext<State>("NewPasswordChallenge.Label");
  const entry = useNewPasswordField("Label");
  return renderPart(
    {
      tag: "label",
      data: partData(screen, "label"),
      state: screen.renderState,
      props: { id: entry.ids.label, htmlFor: entry.ids.input, children: entry.label },
    },
    props,
  );
}

/**
 * The field's input (`autocomplete="new-password"` for both password fields).
 * @selector [data-part="input"][data-invalid]
 */
export function Input(props: PartProps<"input", State>): JSX.Element {
  const screen = useScreenContext<State>("NewPasswordChallenge.Input");
  const entry = useNewPasswordField("Input");
  return renderPart(
    {
      tag: "input",
      data: partData(screen, "input", { invalid: entry.isInvalid }),
      state: screen.renderState,
      props: entry.inputProps,
    },
    props,
  );
}

/** The field's format hint (E.164 phone numbers, YYYY-MM-DD dates, …); nothing when none. */
export function Hint(props: PartProps<"p", State>): JSX.Element | null {
  const screen = useScreenContext<State>("NewPasswordChallenge.Hint");
  const entry = useNewPasswordField("Hint");
  if (entry.hint === undefined) return null;
  return renderPart(
    {
      tag: "p",
      data: partData(screen, "hint"),
      state: screen.renderState,
      props: { id: entry.ids.hint, children: entry.hint },
    },
    props,
  );
}

/**
 * The field's own error, always in the DOM; on submit focus moves to the first invalid field,
 * which reads it through `aria-describedby`.
 * @selector [data-part="field-error"]
 */
export function FieldError(props: PartProps<"div", State>): JSX.Element {
  const screen = useScreenContext<State>("NewPasswordChallenge.FieldError");
  const entry = useNewPasswordField("FieldError");
  return renderPart(
    {
      tag: "div",
      data: partData(screen, "field-error"),
      state: screen.renderState,
      props: { id: entry.ids.error, children: entry.errorText as ReactNode },
    },
    props,
  );
}

/**
 * Shows or hides both passwords: a real button with `aria-pressed` and `aria-controls`.
 * @selector [data-part="toggle"][data-pressed]
 */
export function Toggle(props: PartProps<"button", State>): JSX.Element {
  const screen = useScreenContext<State>("NewPasswordChallenge.Toggle");
  const context = useNewPassword("Toggle");
  const { message } = useMessages();
  const controls = [context.getField("newPassword"), context.getField("confirmPassword")]
    .map((entry) => entry.ids.input)
    .join(" ");
  return renderPart(
    {
      tag: "button",
      data: partData(screen, "toggle", { pressed: context.isVisible }),
      state: screen.renderState,
      props: {
        type: "button",
        "aria-pressed": context.isVisible,
        "aria-controls": controls,
        onClick: context.toggle,
        children: message("password.toggle"),
      },
    },
    props,
  );
}
