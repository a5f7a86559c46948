import { createContext, type JSX, type ReactNode, useContext, useEffect } from "react";
import { type UseFormReturn, useForm } from "react-hook-form";
import type { ChallengeProps } from "../../../headless/challenge-props.types";
import { useMessages } from "../../messages/messages-provider";
import { formatErrorText } from "../../shared/error-message";
import { type FieldState, getControlAria, useFieldIds } from "../../shared/field";
import { type PartProps, renderPart } from "../../shared/part";
import {
  partData,
  type ScreenContextValue,
  ScreenProvider,
  type ScreenRenderState,
  useScreenContext,
  useScreenIds,
} from "../../shared/screen";
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

const EmailFieldContext = createContext<EmailFieldContextValue | null>(null);

function useEmailField(part: string): EmailFieldContextValue {
  const value = useContext(EmailFieldContext);
  if (value === null) throw new Error(`<EmailSetup.${part}> must be inside <EmailSetup.Root>.`);
  return value;
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
  const messages = useMessages();
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
  const ctx: ScreenContextValue<EmailSetupRenderState> = {
    scope: EMAIL_SETUP_SCOPE,
    renderState,
    dataState: submission.isPending ? "pending" : isInvalid ? "error" : "idle",
    flags: { pending: submission.isPending, invalid: isInvalid },
    ids,
    texts: {
      title: message("emailSetup.title"),
      description: message("emailSetup.description"),
      submit: message("emailSetup.submit"),
    },
    errorText,
    canRestart: submission.error?.recovery === "restart",
    restart: () => void submission.restart(),
  };
  const field: FieldState = {
    ids: { ...fieldIds, descriptionId: ids.description, errorId: ids.error },
    hasDescription: true,
    errorText,
  };

  const onSubmit = form.handleSubmit(async ({ email }) => {
    await submission.submit({ email: email.trim() });
  });

  return (
    <ScreenProvider value={ctx}>
      <EmailFieldContext.Provider value={{ field, form }}>
        {renderPart(
          {
            tag: "form",
            data: { ...partData(ctx, "root"), values: { challenge: challenge.name } },
            state: renderState,
            props: {
              method: "post",
              noValidate: true,
              "aria-labelledby": ids.title,
              onSubmit,
            },
          },
          { ...props, children },
        )}
      </EmailFieldContext.Provider>
    </ScreenProvider>
  );
}

/** The address field's `<label>`. @selector [data-scope="email-setup"][data-part="label"] */
export function Label(props: PartProps<"label", EmailSetupRenderState>): JSX.Element {
  const ctx = useScreenContext<EmailSetupRenderState>("EmailSetup.Label");
  const { field } = useEmailField("Label");
  const { message } = useMessages();
  return renderPart(
    {
      tag: "label",
      data: partData(ctx, "label"),
      state: ctx.renderState,
      props: {
        id: field.ids.labelId,
        htmlFor: field.ids.inputId,
        children: message("emailSetup.label"),
      },
    },
    props,
  );
}

/**
 * The address: `type="email"`, `autocomplete="email"`, `inputmode="email"`, required and
 * checked for an obvious shape before anything is sent.
 * @selector [data-scope="email-setup"][data-part="input"][data-invalid]
 */
export function Input(props: PartProps<"input", EmailSetupRenderState>): JSX.Element {
  const ctx = useScreenContext<EmailSetupRenderState>("EmailSetup.Input");
  const { field, form } = useEmailField("Input");
  const { message } = useMessages();
  const registration = form.register("email", {
    validate: (value) => {
      const email = value.trim();
      if (email === "") return message("emailSetup.error.required");
      return EMAIL.test(email) ? true : message("emailSetup.error.invalid");
    },
  });
  return renderPart(
    {
      tag: "input",
      data: partData(ctx, "input", { invalid: field.errorText !== undefined }),
      state: ctx.renderState,
      props: {
        ...registration,
        ...getControlAria(field),
        type: "email",
        inputMode: "email",
        autoComplete: "email",
        autoCapitalize: "off",
        spellCheck: false,
        required: true,
      },
    },
    props,
  );
}
