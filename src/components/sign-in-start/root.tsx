import { type JSX, type ReactNode, useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import type { FirstFactor, SignInSnapshot, SignInStartInput } from "../../core/index";
import { useSignIn } from "../../headless/use-sign-in";
import { useSignInActions } from "../../headless/use-sign-in-actions";
import { useMessages } from "../messages/messages-provider";
import { formatErrorText } from "../shared/error-message";
import { type FieldState, useFieldIds } from "../shared/field";
import type { PartProps } from "../shared/part";
import { useScreenIds } from "../shared/screen";
import { renderScreenRoot } from "../shared/screen-root";
import { useChallengeSubmit } from "../shared/use-challenge-submit";
import type { PasskeyAutofillEnvironment, PickedPasskey } from "./passkey-autofill";
import {
  SIGN_IN_START_SCOPE,
  type SignInStartContextValue,
  type SignInStartRenderState,
  type StartForm,
} from "./sign-in-start-context";

export { SIGN_IN_START_SCOPE };

/** Passkey autofill (WebAuthn conditional mediation); see `passkey-autofill.ts` for why it hands over. */
export interface PasskeyAutofillOptions {
  /**
   * The username of the account whose passkey the person picked in the autofill menu, or
   * `undefined` when the app does not know it (the person then types it). Cognito needs a
   * username before it issues a WebAuthn challenge; e.g. keep `credentialId → username` when a
   * passkey is registered, or map the `userHandle` your pool stores.
   */
  readonly resolveUsername: (
    picked: PickedPasskey,
  ) => string | undefined | Promise<string | undefined>;
  /** The relying-party id of your passkeys. @default the page's domain */
  readonly rpId?: string | undefined;
  /** Browser APIs, injectable for tests. */
  readonly env?: PasskeyAutofillEnvironment | undefined;
}

/** Props of {@link Root}. */
export type RootProps = Omit<PartProps<"form", SignInStartRenderState>, "children" | "onSubmit"> & {
  /**
   * Ask for the password here: true for USER_SRP_AUTH and USER_PASSWORD_AUTH (and CUSTOM_AUTH with
   * SRP); false for USER_AUTH, where Cognito offers the first factors next. `<SignIn>` derives it
   * from its `authFlow`. @default true
   */
  readonly needsPassword?: boolean | undefined;
  /** USER_AUTH only: the first factor to ask Cognito for (`PREFERRED_CHALLENGE`). */
  readonly preferredChallenge?: FirstFactor | undefined;
  /** Offer the person's passkeys in the username field's autofill menu (opt-in). */
  readonly passkeyAutofill?: PasskeyAutofillOptions | undefined;
  /**
   * Your own rule for the username (say, "an email address" in a pool that signs in by email):
   * gets the trimmed username once it is not empty, returns the text to show under the field
   * (in the person's language), or `undefined` when it is fine. Nothing is sent until it passes.
   */
  readonly validateUsername?: ((username: string) => string | undefined) | undefined;
  readonly children?: ReactNode;
};

interface StartSlice {
  readonly isPending: boolean;
  readonly error: SignInSnapshot["error"];
  readonly username: string | undefined;
}

// The start form's slice of the snapshot: errors of a start (status back to `idle`) only.
function selectStart(snapshot: SignInSnapshot): StartSlice {
  return {
    isPending: snapshot.isPending,
    error: snapshot.status === "idle" ? snapshot.error : undefined,
    username: snapshot.username,
  };
}

/**
 * The start of a sign-in: a `<form method="post">` with the username and, when the flow needs
 * it, the password, that calls the flow's `start({ username, password, preferredChallenge })`
 * (`useSignInActions`). The username typed before is kept after "Start again" (the snapshot's
 * `username`). Password managers see a normal sign-in form (`autocomplete="username webauthn"`,
 * `current-password`).
 *
 * @selector [data-scope="sign-in-start"][data-part="root"][data-password]
 */
export function Root({
  needsPassword = true,
  preferredChallenge,
  passkeyAutofill,
  validateUsername,
  children,
  ...props
}: RootProps): JSX.Element {
  const messages = useMessages();
  const { message } = messages;
  const ids = useScreenIds();
  const usernameIds = useFieldIds("username");
  const passwordIds = useFieldIds("password");
  const slice = useSignIn(selectStart);
  const { start, restart } = useSignInActions();
  const submission = useChallengeSubmit<SignInStartInput>({
    respond: start,
    restart,
    isPending: slice.isPending,
    error: slice.error,
  });
  const form = useForm<StartForm>({
    defaultValues: { username: slice.username ?? "", password: "" },
  });
  const [isPasswordVisible, setPasswordVisible] = useState(false);
  // Set by the passkey button's click, read by the submit that follows it.
  const passkeyChosen = useRef(false);

  const usernameError = form.formState.errors.username?.message;
  const passwordError = form.formState.errors.password?.message;
  const serverError =
    submission.error === undefined ? undefined : formatErrorText(submission.error, messages);
  const errorText = usernameError ?? passwordError ?? serverError;
  const isInvalid = errorText !== undefined;

  const renderState: SignInStartRenderState = {
    challengeName: "",
    isPending: submission.isPending,
    isInvalid,
    recovery: submission.error?.recovery,
    needsPassword,
    isPasswordVisible,
  };
  // A refused sign-in ("Incorrect username or password.") is the password's, or the username's
  // when there is none; both fields point at the message.
  const serverInvalid = usernameError === undefined && passwordError === undefined && isInvalid;
  const username: FieldState = {
    ids: { ...usernameIds, errorId: ids.error },
    hasDescription: false,
    errorText: usernameError ?? (serverInvalid && !needsPassword ? serverError : undefined),
  };
  const password: FieldState = {
    ids: { ...passwordIds, errorId: ids.error },
    hasDescription: false,
    errorText: passwordError ?? (serverInvalid && needsPassword ? serverError : undefined),
  };

  const onSubmit = form.handleSubmit(async (values) => {
    const passkey = passkeyChosen.current;
    passkeyChosen.current = false;
    const name = values.username.trim();
    if (passkey) {
      await submission.submit({ username: name, preferredChallenge: "WEB_AUTHN" });
      return;
    }
    await submission.submit({
      username: name,
      ...(needsPassword ? { password: values.password } : {}),
      ...(preferredChallenge === undefined ? {} : { preferredChallenge }),
    });
  });

  usePasskeyAutofill(passkeyAutofill, (picked) => {
    form.setValue("username", picked);
    void submission.submit({ username: picked, preferredChallenge: "WEB_AUTHN" });
  });

  const value: SignInStartContextValue = {
    form,
    username,
    password,
    needsPassword,
    isPasswordVisible,
    togglePassword: () => setPasswordVisible((visible) => !visible),
    choosePasskey: () => {
      passkeyChosen.current = true;
    },
    isPasskeySubmit: () => passkeyChosen.current,
    validateUsername,
  };

  return renderScreenRoot(
    {
      scope: SIGN_IN_START_SCOPE,
      own: value,
      ids,
      renderState,
      texts: { title: message("signIn.title"), submit: message("signIn.submit") },
      errorText,
      // "Start again" makes no sense on the start form itself.
      canRestart: false,
      restart: () => undefined,
      flags: { password: needsPassword },
      onSubmit,
    },
    { ...props, children },
  );
}

/**
 * Runs a conditional-mediation request while the form is shown and `options` is set, and
 * hands the username of a picked passkey to `onPicked`. Aborted on unmount (a sign-in started
 * any other way unmounts the form), so it never competes with the WebAuthn step's modal prompt.
 */
function usePasskeyAutofill(
  options: PasskeyAutofillOptions | undefined,
  onPicked: (username: string) => void,
): void {
  const latest = useRef({ options, onPicked });
  latest.current = { options, onPicked };
  const enabled = options !== undefined;
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    void (async () => {
      const current = latest.current.options;
      // Loaded only by the apps that turn autofill on.
      const { waitForPickedPasskey } = await import("./on-demand-passkey-autofill");
      if (controller.signal.aborted) return;
      const picked = await waitForPickedPasskey({
        signal: controller.signal,
        rpId: current?.rpId,
        env: current?.env,
      });
      if (picked === undefined || controller.signal.aborted) return;
      const username = await latest.current.options?.resolveUsername(picked);
      if (username === undefined || username === "" || controller.signal.aborted) return;
      latest.current.onPicked(username);
    })();
    return () => controller.abort();
  }, [enabled]);
}
