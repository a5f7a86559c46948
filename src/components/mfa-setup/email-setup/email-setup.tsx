import { type JSX, type ReactNode, useEffect } from "react";
import { type UseFormReturn, useForm } from "react-hook-form";
import type { ChallengeProps } from "../../../headless/challenge-props.types";
import { emailSetup } from "../../messages/locales/en/email-setup";
import { useAreaMessages, useMessages } from "../../messages/messages-provider";
import { formatErrorText } from "../../shared/error-message";
import { type FieldState, getControlAria, labelProps, useFieldIds } from "../../shared/field";
import type { PartProps } from "../../shared/part";
import {
  renderScreenPart,
  type ScreenContextValue,
  type ScreenRenderState,
  useScreenContext,
  useScreenIds,
} from "../../shared/screen";
import { renderScreenRoot } from "../../shared/screen-root";
import { useChallengeSubmit } from "../../shared/use-challenge-submit";

/** `data-scope` of every part of this screen. */
export const EMAIL_SETUP_SCOPE = "email-setup";

/** Render state of the EmailSetup screen, handed to `className`/`style` functions. */
export interface EmailSetupRenderState extends ScreenRenderState {}

/** Props of {@link Root}: the MFA_SETUP contract plus the form's own props. */
export type RootProps = ChallengeProps<"MFA_SETUP"> &
  Omit<PartProps<"form", EmailSetupRenderState>, "children" | "defaultValue"> & {
    /** Pre-fills the address, e.g. with the email the person signed in with. */
    readonly defaultEmail?: string | undefined;
    readonly children?: ReactNode;
  };

interface EmailForm {
  email: string;
}

interface EmailFieldContextValue {
  readonly field: FieldState;
  readonly form: UseFormReturn<EmailForm>;
}

function useEmailSetup(
  part: string,
): ScreenContextValue<EmailSetupRenderState, EmailFieldContextValue> {
  return useScreenContext(`EmailSetup.${part}`, EMAIL_SETUP_SCOPE);
}

// Catches what is surely not an address (no @, no dot in the domain, spaces); Cognito has the
// last word and answers InvalidParameterException for anything else it refuses.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * MFA_SETUP by email: a `<form method="post">` that answers `{ email }` (the flow sends it as
 * `EMAIL`; Cognito then emails a code and asks for it as EMAIL_OTP; protocol reference §3.7,
 * §6.2). The address is trimmed; nothing else is changed.
 *
 * @selector [data-scope="email-setup"][data-part="root"][data-challenge="MFA_SETUP"]
 */
export function Root({
  challenge,
  respond,
  isPending,
  error,
  restart,
  expiresAt: _expiresAt,
  defaultEmail = "",
  children,
  ...props
}: RootProps): JSX.Element {
  const messages = useAreaMessages(emailSetup);
  const { message } = messages;
  const ids = useScreenIds();
  const fieldIds = useFieldIds("email");
  const form = useForm<EmailForm>({ defaultValues: { email: defaultEmail } });
  const submission = useChallengeSubmit({ respond, restart, isPending, error });
  const fieldError = form.formState.errors.email?.message;
  const errorText =
    fieldError ??
    (submission.error === undefined ? undefined : formatErrorText(submission.error, messages));
  const isInvalid = errorText !== undefined;

  useEffect(() => {
    if (submission.error?.recovery === "retry") form.setFocus("email", { shouldSelect: true });
  }, [submission.error, form]);

  const renderState: EmailSetupRenderState = {
    challengeName: challenge.name,
    isPending: submission.isPending,
    isInvalid,
    recovery: submission.error?.recovery,
  };
  const field: FieldState = {
    ids: { ...fieldIds, descriptionId: ids.description, errorId: ids.error },
    hasDescription: true,
    errorText,
  };

  const onSubmit = form.handleSubmit(async ({ email }) => {
    await submission.submit({ email: email.trim() });
  });

  return renderScreenRoot(
    {
      scope: EMAIL_SETUP_SCOPE,
      own: { field, form },
      ids,
      renderState,
      texts: {
        title: message("emailSetup.title"),
        description: message("emailSetup.description"),
        submit: message("emailSetup.submit"),
      },
      errorText,
      restart: () => void submission.restart(),
      onSubmit,
    },
    { ...props, children },
  );
}

/** The address field's `<label>`. @selector [data-scope="email-setup"][data-part="label"] */
export function Label(props: PartProps<"label", EmailSetupRenderState>): JSX.Element {
  const screen = useEmailSetup("Label");
  const { message } = useMessages();
  return renderScreenPart(
    screen,
    "label",
    "label",
    labelProps(screen.own.field, message("emailSetup.label")),
    props,
  );
}

/**
 * The address: `type="email"`, `autocomplete="email"`, `inputmode="email"`, required and
 * checked for an obvious shape before anything is sent.
 * @selector [data-scope="email-setup"][data-part="input"][data-invalid]
 */
export function Input(props: PartProps<"input", EmailSetupRenderState>): JSX.Element {
  const screen = useEmailSetup("Input");
  const { field, form } = screen.own;
  const { message } = useMessages();
  const registration = form.register("email", {
    validate: (value) => {
      const email = value.trim();
      if (email === "") return message("emailSetup.error.required");
      return EMAIL.test(email) ? true : message("emailSetup.error.invalid");
    },
  });
  return renderScreenPart(
    screen,
    "input",
    "input",
    {
      ...registration,
      ...getControlAria(field),
      type: "email",
      inputMode: "email",
      autoComplete: "email",
      autoCapitalize: "off",
      spellCheck: false,
      required: true,
    },
    props,
    { invalid: field.errorText !== undefined },
  );
}
