import type { JSX } from "react";
import { useMessages } from "../messages/messages-provider";
import { getControlAria } from "../shared/field";
import { type PartProps, renderPart } from "../shared/part";
import { partData, useScreenContext } from "../shared/screen";
import { type SignInStartRenderState, useSignInStart } from "./sign-in-start-context";

/** The username's `<label>`: "Username". */
export function UsernameLabel(props: PartProps<"label", SignInStartRenderState>): JSX.Element {
  const ctx = useScreenContext<SignInStartRenderState>("SignInStart.UsernameLabel");
  const { username } = useSignInStart("UsernameLabel");
  const { message } = useMessages();
  return renderPart(
    {
      tag: "label",
      data: partData(ctx, "username-label"),
      state: ctx.renderState,
      props: {
        id: username.ids.labelId,
        htmlFor: username.ids.inputId,
        children: message("signIn.username"),
      },
    },
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
  const ctx = useScreenContext<SignInStartRenderState>("SignInStart.Username");
  const { form, username } = useSignInStart("Username");
  const { message } = useMessages();
  return renderPart(
    {
      tag: "input",
      data: partData(ctx, "username", { invalid: username.errorText !== undefined }),
      state: ctx.renderState,
      props: {
        ...form.register("username", {
          validate: (value) =>
            value.trim() === "" ? message("signIn.error.usernameRequired") : true,
        }),
        ...getControlAria(username),
        type: "text",
        autoComplete: "username webauthn",
        autoCapitalize: "off",
        autoCorrect: "off",
        spellCheck: false,
        required: true,
      },
    },
    props,
  );
}

/** The password's `<label>`: "Password". Renders nothing when the flow needs no password. */
export function PasswordLabel(
  props: PartProps<"label", SignInStartRenderState>,
): JSX.Element | null {
  const ctx = useScreenContext<SignInStartRenderState>("SignInStart.PasswordLabel");
  const { password, needsPassword } = useSignInStart("PasswordLabel");
  const { message } = useMessages();
  if (!needsPassword) return null;
  return renderPart(
    {
      tag: "label",
      data: partData(ctx, "password-label"),
      state: ctx.renderState,
      props: {
        id: password.ids.labelId,
        htmlFor: password.ids.inputId,
        children: message("signIn.password"),
      },
    },
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
  const ctx = useScreenContext<SignInStartRenderState>("SignInStart.Password");
  const { form, password, needsPassword, isPasswordVisible, isPasskeySubmit } =
    useSignInStart("Password");
  const { message } = useMessages();
  const registration = form.register("password", {
    validate: (value) =>
      !needsPassword || isPasskeySubmit() || value !== ""
        ? true
        : message("signIn.error.passwordRequired"),
  });
  if (!needsPassword) return null;
  return renderPart(
    {
      tag: "input",
      data: partData(ctx, "password", {
        invalid: password.errorText !== undefined,
        visible: isPasswordVisible,
      }),
      state: ctx.renderState,
      props: {
        ...registration,
        ...getControlAria(password),
        type: isPasswordVisible ? "text" : "password",
        autoComplete: "current-password",
        autoCapitalize: "off",
        autoCorrect: "off",
        spellCheck: false,
        required: true,
      },
    },
    props,
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
  const ctx = useScreenContext<SignInStartRenderState>("SignInStart.PasswordToggle");
  const { password, needsPassword, isPasswordVisible, togglePassword } =
    useSignInStart("PasswordToggle");
  const { message } = useMessages();
  if (!needsPassword) return null;
  return renderPart(
    {
      tag: "button",
      data: partData(ctx, "password-toggle", { pressed: isPasswordVisible }),
      state: ctx.renderState,
      props: {
        type: "button",
        "aria-pressed": isPasswordVisible,
        "aria-controls": password.ids.inputId,
        onClick: togglePassword,
        children: message("signIn.showPassword"),
      },
    },
    props,
  );
}

/**
 * "Sign in with a passkey": submits the form as USER_AUTH with `PREFERRED_CHALLENGE=WEB_AUTHN`
 * (the username is still needed: Cognito issues the WebAuthn challenge for a user). For app
 * clients that allow USER_AUTH; `<SignIn>` shows it for `authFlow="USER_AUTH"`.
 * @selector [data-scope="sign-in-start"][data-part="passkey"]
 */
export function Passkey(props: PartProps<"button", SignInStartRenderState>): JSX.Element {
  const ctx = useScreenContext<SignInStartRenderState>("SignInStart.Passkey");
  const { choosePasskey } = useSignInStart("Passkey");
  const { message } = useMessages();
  const { isPending } = ctx.renderState;
  return renderPart(
    {
      tag: "button",
      data: partData(ctx, "passkey", { disabled: isPending }),
      state: ctx.renderState,
      props: {
        type: "submit",
        "aria-disabled": isPending ? true : undefined,
        onClick: (event: { preventDefault(): void }) => {
          if (isPending) event.preventDefault();
          else choosePasskey();
        },
        children: message("signIn.passkey"),
      },
    },
    props,
  );
}
