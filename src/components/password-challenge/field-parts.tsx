import type { JSX } from "react";
import { useMessages } from "../messages/messages-provider";
import { type PartProps, renderPart } from "../shared/part";
import { partData, useScreenContext } from "../shared/screen";
import { type PasswordRenderState, usePasswordField } from "./password-context";

/** The password's `<label>`. @selector [data-scope="password-challenge"][data-part="label"] */
export function Label(props: PartProps<"label", PasswordRenderState>): JSX.Element {
  const screen = useScreenContext<PasswordRenderState>("PasswordChallenge.Label");
  const password = usePasswordField("Label");
  const { message } = useMessages();
  return renderPart(
    {
      tag: "label",
      data: partData(screen, "label"),
      state: screen.renderState,
      props: {
        id: password.field.ids.labelId,
        htmlFor: password.field.ids.inputId,
        children: message("password.label"),
      },
    },
    props,
  );
}

/**
 * The password input, `autocomplete="current-password"`, `type="password"` until the Toggle
 * shows it.
 * @selector [data-part="input"][data-invalid] [data-visible]
 */
export function Input(props: PartProps<"input", PasswordRenderState>): JSX.Element {
  const screen = useScreenContext<PasswordRenderState>("PasswordChallenge.Input");
  const password = usePasswordField("Input");
  return renderPart(
    {
      tag: "input",
      data: partData(screen, "input", { visible: password.isVisible }),
      state: screen.renderState,
      props: password.inputProps,
    },
    props,
  );
}

/**
 * Show / hide the password: a real `<button type="button">` with `aria-pressed` (its name stays
 * "Show password"; the pressed state says whether it is shown) and `aria-controls`.
 * @selector [data-part="toggle"][data-pressed]
 */
export function Toggle(props: PartProps<"button", PasswordRenderState>): JSX.Element {
  const screen = useScreenContext<PasswordRenderState>("PasswordChallenge.Toggle");
  const password = usePasswordField("Toggle");
  const { message } = useMessages();
  return renderPart(
    {
      tag: "button",
      data: partData(screen, "toggle", { pressed: password.isVisible }),
      state: screen.renderState,
      props: {
        type: "button",
        "aria-pressed": password.isVisible,
        "aria-controls": password.field.ids.inputId,
        onClick: password.toggle,
        children: message("password.toggle"),
      },
    },
    props,
  );
}
