import { type JSX, useCallback, useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { useMessages } from "../messages/messages-provider";
import { describeError, formatErrorText } from "../shared/error-message";
import { type FieldState, getControlAria, passwordInputProps, useFieldIds } from "../shared/field";
import type { PartProps } from "../shared/part";
import { useScreenIds } from "../shared/screen";
import type { ScreenProps } from "../shared/screen-props";
import { renderScreenRoot } from "../shared/screen-root";
import { useChallengeSubmit } from "../shared/use-challenge-submit";
import {
  PASSWORD_SCOPE,
  type PasswordChallengeName,
  type PasswordFieldContextValue,
  type PasswordRenderState,
} from "./password-context";

export { PASSWORD_SCOPE };

/** Props of {@link Root}: the challenge contract plus the form's own props. */
export type PasswordRootProps = ScreenProps<PasswordChallengeName> &
  Omit<PartProps<"form", PasswordRenderState>, "onSubmit">;

// What Cognito says for a wrong password (protocol reference §10); a session error is not the
// password's fault and leaves the field valid.
const WRONG_PASSWORD_KEYS = new Set([
  "error.NotAuthorizedException",
  "error.UserNotFoundException",
]);

/**
 * The password screen's `<form method="post">` for PASSWORD and PASSWORD_SRP. SRP is invisible
 * here: the answer is `{ password }` either way, and the flow runs the SRP exchange
 * (protocol reference §3.11, §4).
 *
 * @selector [data-scope="password-challenge"][data-part="root"][data-challenge="PASSWORD_SRP"]
 */
export function Root(props: PasswordRootProps): JSX.Element {
  const {
    challenge,
    respond,
    isPending,
    error,
    restart,
    expiresAt: _expiresAt,
    ...formProps
  } = props;
  const messages = useMessages();
  const { message } = messages;
  const ids = useScreenIds();
  const fieldIds = useFieldIds("password");
  const guard = useChallengeSubmit({ respond, restart, isPending, error });
  const form = useForm<{ password: string }>({
    defaultValues: { password: "" },
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  const [isVisible, setVisible] = useState(false);
  const registration = form.register("password", {
    validate: (value) => (value === "" ? "password.error.required" : true),
  });

  const onValid = useCallback(
    async ({ password }: { password: string }) => {
      // Sent exactly as typed: a password may begin or end with a space.
      await guard.submit({ password });
    },
    [guard.submit],
  );

  const fieldErrorKey = form.formState.errors.password?.message;
  const fieldErrorText =
    fieldErrorKey === undefined ? undefined : message(fieldErrorKey as "password.error.required");
  const errorText =
    fieldErrorText ??
    (guard.error === undefined ? undefined : formatErrorText(guard.error, messages));
  const isInvalid =
    fieldErrorText !== undefined ||
    (guard.error !== undefined &&
      WRONG_PASSWORD_KEYS.has(describeError(guard.error, messages).key));

  useEffect(() => {
    if (guard.error !== undefined && guard.error.recovery === "retry") form.setFocus("password");
  }, [guard.error, form.setFocus]);

  const field: FieldState = {
    ids: { ...fieldIds, descriptionId: ids.description, errorId: ids.error },
    hasDescription: true,
    errorText,
  };
  const renderState: PasswordRenderState = {
    challengeName: challenge.name,
    isPending: guard.isPending,
    isInvalid,
    recovery: guard.error?.recovery,
    isVisible,
  };
  const passwordField: PasswordFieldContextValue = {
    field,
    isVisible,
    toggle: () => setVisible((visible) => !visible),
    inputProps: {
      ...getControlAria(field, isInvalid),
      ...registration,
      ...passwordInputProps(isVisible, "current-password"),
    },
  };

  return renderScreenRoot(
    {
      scope: PASSWORD_SCOPE,
      own: passwordField,
      ids,
      renderState,
      texts: {
        title: message("password.title"),
        description: message("password.description"),
        submit: message("password.submit"),
      },
      errorText,
      restart: () => void guard.restart(),
      onSubmit: form.handleSubmit(onValid),
    },
    formProps,
  );
}
