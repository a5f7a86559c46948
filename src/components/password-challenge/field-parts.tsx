import type { JSX } from "react";
import { useMessages } from "../messages/messages-provider";
import { labelProps, toggleProps } from "../shared/field";
import type { PartProps } from "../shared/part";
import { renderScreenPart } from "../shared/screen";
import { type PasswordRenderState, usePasswordScreen } from "./password-context";

/** The password's `<label>`. @selector [data-scope="password-challenge"][data-part="label"] */
export function Label(props: PartProps<"label", PasswordRenderState>): JSX.Element {
  const screen = usePasswordScreen("Label");
  const { message } = useMessages();
  return renderScreenPart(
    screen,
    "label",
    "label",
    labelProps(screen.own.field, message("password.label")),
    props,
  );
}

/**
 * The password input, `autocomplete="current-password"`, `type="password"` until the Toggle
 * shows it.
 * @selector [data-part="input"][data-invalid] [data-visible]
 */
export function Input(props: PartProps<"input", PasswordRenderState>): JSX.Element {
  const screen = usePasswordScreen("Input");
  return renderScreenPart(screen, "input", "input", screen.own.inputProps, props, {
    visible: screen.own.isVisible,
  });
}

/**
 * Show / hide the password: a real `<button type="button">` with `aria-pressed` (its name stays
 * "Show password"; the pressed state says whether it is shown) and `aria-controls`.
 * @selector [data-part="toggle"][data-pressed]
 */
export function Toggle(props: PartProps<"button", PasswordRenderState>): JSX.Element {
  const screen = usePasswordScreen("Toggle");
  const { message } = useMessages();
  const { field, isVisible, toggle } = screen.own;
  return renderScreenPart(
    screen,
    "button",
    "toggle",
    toggleProps(isVisible, field.ids.inputId, toggle, message("password.toggle")),
    props,
    { pressed: isVisible },
  );
}
