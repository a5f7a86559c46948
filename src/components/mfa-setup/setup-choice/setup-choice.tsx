import { type JSX, type ReactNode, useEffect, useId } from "react";
import { type UseFormReturn, useForm } from "react-hook-form";
import type { ChallengeProps } from "../../../headless/challenge-props.types";
import { totpSetup } from "../../messages/locales/en/totp-setup";
import { useAreaMessages, useMessages } from "../../messages/messages-provider";
import { formatErrorText } from "../../shared/error-message";
import { describedBy } from "../../shared/field";
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
export const SETUP_CHOICE_SCOPE = "mfa-setup-choice";

/** The factors a sign-in can set up by itself (SMS needs a phone number added out of band). */
export type SetupFactor = "SOFTWARE_TOKEN_MFA" | "EMAIL_OTP";

/** Render state of the choice, handed to `className`/`style` functions. */
export interface SetupChoiceRenderState extends ScreenRenderState {
  /** The factors offered, in Cognito's order (`MFAS_CAN_SETUP`, settable ones only). */
  readonly options: readonly SetupFactor[];
  /** The factor checked right now, if any. @selector [data-checked] on Option */
  readonly value: SetupFactor | undefined;
}

/** Props of {@link Root}: the MFA_SETUP contract plus the form's own props. */
export type RootProps = ChallengeProps<"MFA_SETUP"> &
  Omit<PartProps<"form", SetupChoiceRenderState>, "children"> & {
    readonly children?: ReactNode;
  };

interface ChoiceForm {
  factor: SetupFactor | "";
}

interface ChoiceContextValue {
  readonly form: UseFormReturn<ChoiceForm>;
  readonly legendId: string;
}

function useChoice(part: string): ScreenContextValue<SetupChoiceRenderState, ChoiceContextValue> {
  return useScreenContext(`MfaSetupChoice.${part}`, SETUP_CHOICE_SCOPE);
}

/** The settable factors of `MFAS_CAN_SETUP`, in Cognito's order. */
export function getSetupFactors(options: readonly string[]): SetupFactor[] {
  return options.filter(
    (option): option is SetupFactor => option === "SOFTWARE_TOKEN_MFA" || option === "EMAIL_OTP",
  );
}

/**
 * MFA_SETUP when both an authenticator app and email can be set up: a radio group that answers
 * `{ select }`. The choice is a local step (protocol reference §6.2, as Amplify does it): the
 * flow then runs AssociateSoftwareToken for the app, or shows the email form, on a new step.
 *
 * @selector [data-scope="mfa-setup-choice"][data-part="root"][data-challenge="MFA_SETUP"]
 */
export function Root({
  challenge,
  respond,
  isPending,
  error,
  restart,
  expiresAt: _expiresAt,
  children,
  ...props
}: RootProps): JSX.Element {
  const messages = useAreaMessages(totpSetup);
  const { message } = messages;
  const ids = useScreenIds();
  const legendId = useId();
  const form = useForm<ChoiceForm>({ defaultValues: { factor: "" } });
  const submission = useChallengeSubmit({ respond, restart, isPending, error });
  const fieldError = form.formState.errors.factor?.message;
  const errorText =
    fieldError ??
    (submission.error === undefined ? undefined : formatErrorText(submission.error, messages));
  const isInvalid = errorText !== undefined;
  const value = form.watch("factor");

  useEffect(() => {
    if (fieldError !== undefined) form.setFocus("factor");
  }, [fieldError, form]);

  const renderState: SetupChoiceRenderState = {
    challengeName: challenge.name,
    isPending: submission.isPending,
    isInvalid,
    recovery: submission.error?.recovery,
    options: getSetupFactors(challenge.options),
    value: value === "" ? undefined : value,
  };
  const onSubmit = form.handleSubmit(async ({ factor }) => {
    if (factor !== "") await submission.submit({ select: factor });
  });

  return renderScreenRoot(
    {
      scope: SETUP_CHOICE_SCOPE,
      own: { form, legendId },
      ids,
      renderState,
      texts: {
        title: message("mfaSetup.title"),
        description: message("mfaSetup.description"),
        submit: message("mfaSetup.submit"),
      },
      errorText,
      restart: () => void submission.restart(),
      describe: true,
      onSubmit,
    },
    { ...props, children },
  );
}

/**
 * The radio group: a `<fieldset>` named by its Legend, `aria-invalid` and described by the Error
 * while nothing is chosen. Its default content is the Legend and one Option per offered factor.
 * @selector [data-scope="mfa-setup-choice"][data-part="group"][data-invalid]
 */
export function Group(props: PartProps<"fieldset", SetupChoiceRenderState>): JSX.Element {
  const ctx = useChoice("Group");
  const { isInvalid, options } = ctx.renderState;
  return renderScreenPart(
    ctx,
    "fieldset",
    "group",
    {
      "aria-labelledby": ctx.own.legendId,
      "aria-invalid": isInvalid || undefined,
      "aria-describedby": isInvalid ? ctx.ids.error : undefined,
      children: (
        <>
          <Legend />
          {options.map((factor) => (
            <Option key={factor} value={factor} />
          ))}
        </>
      ),
    },
    props,
  );
}

/** The group's `<legend>`: "Get codes by". */
export function Legend(props: PartProps<"legend", SetupChoiceRenderState>): JSX.Element {
  const ctx = useChoice("Legend");
  const { message } = useMessages();
  return renderScreenPart(
    ctx,
    "legend",
    "legend",
    { id: ctx.own.legendId, children: message("mfaSetup.legend") },
    props,
  );
}

/** Props of {@link Option}. */
export type OptionProps = PartProps<"label", SetupChoiceRenderState> & {
  /** The factor this radio selects. */
  readonly value: SetupFactor;
};

/**
 * One factor: a `<label>` around a native radio (arrow keys move between options, Space
 * checks), its name and a one-line description tied with `aria-describedby`.
 * @selector [data-scope="mfa-setup-choice"][data-part="option"][data-checked]
 */
export function Option({ value, ...props }: OptionProps): JSX.Element {
  const ctx = useChoice("Option");
  const { form } = ctx.own;
  const { message } = useMessages();
  const nameId = useId();
  const descriptionId = useId();
  const registration = form.register("factor", {
    validate: (factor) => (factor === "" ? message("mfaSetup.error.required") : true),
  });
  const checked = ctx.renderState.value === value;
  return renderScreenPart(
    ctx,
    "label",
    "option",
    {
      children: (
        <>
          <input
            {...registration}
            type="radio"
            value={value}
            // The label wraps the description too; name the radio by its name text alone.
            aria-labelledby={nameId}
            aria-describedby={describedBy(descriptionId)}
          />
          <span id={nameId}>{message(`mfaSetup.option.${value}`)}</span>{" "}
          <span id={descriptionId}>{message(`mfaSetup.optionDescription.${value}`)}</span>
        </>
      ),
    },
    props,
    { checked },
    { value },
  );
}
