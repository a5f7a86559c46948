import type { JSX } from "react";
import { useMessages } from "../messages/messages-provider";
import { getControlAria, labelProps, passwordInputProps, toggleProps } from "../shared/field";
import type { PartProps } from "../shared/part";
import { busyButtonProps, renderScreenPart } from "../shared/screen";
import { type SignInStartRenderState, useSignInStart } from "./sign-in-start-context";

/** The username's `<label>`: "Username". */
export function UsernameLabel(props: PartProps<"label", SignInStartRenderState>): JSX.Element {
  const screen = useSignInStart("UsernameLabel");
  const { message } = useMessages();
  return renderScreenPart(
    screen,
    "label",
    "username-label",
    labelProps(screen.own.username, message("signIn.username")),
    props,
  );
}

/**
 * The username (or an alias: email, phone): `autocomplete="username webauthn"` so password
 * managers fill it and, with passkey autofill on, the browser lists passkeys under it. Required;
 * trimmed before it is sent.
 * @selector [data-scope="sign-in-start"][data-part="username"][data-invalid]
 */
export function Username(props: PartProps<"input", SignInStartRenderState>): JSX.Element {
  const screen = useSignInStart("Username");
  const { form, username, validateUsername } = screen.own;
  const { message } = useMessages();
  return renderScreenPart(
    screen,
    "input",
    "username",
    {
      ...form.register("username", {
        validate: (value) =>
          value.trim() === ""
            ? message("signIn.error.usernameRequired")
            : (validateUsername?.(value.trim()) ?? true),
      }),
      ...getControlAria(username),
      type: "text",
      autoComplete: "username webauthn",
      autoCapitalize: "off",
      autoCorrect: "off",
      spellCheck: false,
      required: true,
    },
    props,
    { invalid: username.errorText !== undefined },
  );
}

/** The password's `<label>`: "Password". Renders nothing when the flow needs no password. */
export function PasswordLabel(
  props: PartProps<"label", SignInStartRenderState>,
): JSX.Element | null {
  const screen = useSignInStart("PasswordLabel");
  const { message } = useMessages();
  if (!screen.own.needsPassword) return null;
  return renderScreenPart(
    screen,
    "label",
    "password-label",
    labelProps(screen.own.password, message("signIn.password")),
    props,
  );
}

/**
 * The password, `autocomplete="current-password"`, sent exactly as typed (it never enters the
 * flow's snapshot). Renders nothing when the flow needs no password. Not required when the
 * passkey button submits.
 * @selector [data-scope="sign-in-start"][data-part="password"][data-visible]
 */
export function Password(props: PartProps<"input", SignInStartRenderState>): JSX.Element | null {
  const screen = useSignInStart("Password");
  const { form, password, needsPassword, isPasswordVisible, isPasskeySubmit } = screen.own;
  const { message } = useMessages();
  const registration = form.register("password", {
    validate: (value) =>
      !needsPassword || isPasskeySubmit() || value !== ""
        ? true
        : message("signIn.error.passwordRequired"),
  });
  if (!needsPassword) return null;
  return renderScreenPart(
    screen,
    "input",
    "password",
    {
      ...registration,
      ...getControlAria(password),
      ...passwordInputProps(isPasswordVisible, "current-password"),
    },
    props,
    { invalid: password.errorText !== undefined, visible: isPasswordVisible },
  );
}

/**
 * "Show password": a real `<button type="button">` with `aria-pressed` and `aria-controls`.
 * Renders nothing when the flow needs no password.
 * @selector [data-scope="sign-in-start"][data-part="password-toggle"][data-pressed]
 */
export function PasswordToggle(
  props: PartProps<"button", SignInStartRenderState>,
): JSX.Element | null {
  const screen = useSignInStart("PasswordToggle");
  const { password, needsPassword, isPasswordVisible, togglePassword } = screen.own;
  const { message } = useMessages();
  if (!needsPassword) return null;
  return renderScreenPart(
    screen,
    "button",
    "password-toggle",
    toggleProps(
      isPasswordVisible,
      password.ids.inputId,
      togglePassword,
      message("signIn.showPassword"),
    ),
    props,
    { pressed: isPasswordVisible },
  );
}

/**
 * "Sign in with a passkey": submits the form as USER_AUTH with `PREFERRED_CHALLENGE=WEB_AUTHN`
 * (the username is still needed: Cognito issues the WebAuthn challenge for a user). For app
 * clients that allow USER_AUTH; `<SignIn>` shows it for `authFlow="USER_AUTH"`.
 * @selector [data-scope="sign-in-start"][data-part="passkey"]
 */
export function Passkey(props: PartProps<"button", SignInStartRenderState>): JSX.Element {
  const screen = useSignInStart("Passkey");
  const { message } = useMessages();
  const { isPending } = screen.renderState;
  return renderScreenPart(
    screen,
    "button",
    "passkey",
    {
      type: "submit",
      ...busyButtonProps(isPending, screen.own.choosePasskey),
      children: message("signIn.passkey"),
    },
    props,
    { disabled: isPending },
  );
}
