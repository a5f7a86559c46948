import { type JSX, type ReactNode, useCallback, useEffect, useId, useState } from "react";
import { useForm } from "react-hook-form";
import type { ChallengeParameters } from "../../core/index";
import type { ChallengeProps } from "../../headless/challenge-props.types";
import { customChallenge } from "../messages/locales/en/custom-challenge";
import { useAreaMessages, useMessages } from "../messages/messages-provider";
import { formatErrorText } from "../shared/error-message";
import { describedBy, getControlAria, labelProps, useFieldIds } from "../shared/field";
import type { PartProps } from "../shared/part";
import { renderScreenPart, type ScreenRenderState, useScreenIds } from "../shared/screen";
import { renderScreenRoot } from "../shared/screen-root";
import { useChallengeSubmit } from "../shared/use-challenge-submit";
import {
  type AnswerForm,
  CUSTOM_CHALLENGE_SCOPE,
  useCustomChallenge,
} from "./custom-challenge-context";

/** Render state of the CustomChallenge screen, handed to `className`/`style` functions. */
export interface CustomChallengeRenderState extends ScreenRenderState {
  /** The Create-Auth-Challenge trigger's public parameters (never `USERNAME`). */
  readonly parameters: ChallengeParameters;
}

/** Props of {@link Root}: the step's `ChallengeProps` plus the form's own props. */
export type RootProps = ChallengeProps<"CUSTOM_CHALLENGE"> &
  Omit<PartProps<"form", CustomChallengeRenderState>, "children"> & {
    readonly children?: ReactNode;
  };

/**
 * CUSTOM_CHALLENGE: a `<form method="post">` that sends what the person typed, unchanged, as
 * `{ answer }` (the flow puts it in `ANSWER`; protocol reference §3.9). Whether a wrong answer can
 * be tried again is the Define-Auth-Challenge trigger's decision: it either sends a new
 * CUSTOM_CHALLENGE (a new step: the router mounts this screen afresh) or fails the sign-in.
 *
 * This is the screen most apps replace, because only the app knows what its trigger asks; see
 * the `Parameters` render prop, or register your own component for `CUSTOM_CHALLENGE`.
 *
 * @selector [data-scope="custom-challenge"][data-part="root"]
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
  const messages = useAreaMessages(customChallenge);
  const { message } = messages;
  const ids = useScreenIds();
  const fieldIds = useFieldIds("answer");
  const parametersId = useId();
  const form = useForm<AnswerForm>({ defaultValues: { answer: "" } });
  const [parametersMounted, setParametersMounted] = useState(0);
  const registerParameters = useCallback(() => {
    setParametersMounted((count) => count + 1);
    return () => setParametersMounted((count) => count - 1);
  }, []);
  const submission = useChallengeSubmit({ respond, restart, isPending, error });
  const fieldError = form.formState.errors.answer?.message;
  const serverError =
    submission.error === undefined ? undefined : formatErrorText(submission.error, messages);
  const errorText = fieldError ?? serverError;
  const isInvalid = errorText !== undefined;

  // A refused answer (a `retry` error) keeps the text and puts the caret back in the field.
  useEffect(() => {
    if (submission.error?.recovery === "retry") form.setFocus("answer", { shouldSelect: true });
  }, [submission.error, form]);

  const renderState: CustomChallengeRenderState = {
    challengeName: challenge.name,
    isPending: submission.isPending,
    isInvalid,
    recovery: submission.error?.recovery,
    parameters: challenge.publicParameters,
  };
  const onSubmit = form.handleSubmit(async ({ answer }) => {
    await submission.submit({ answer });
  });

  return renderScreenRoot(
    {
      scope: CUSTOM_CHALLENGE_SCOPE,
      own: {
        form,
        field: { ids: { ...fieldIds, errorId: ids.error }, hasDescription: false, errorText },
        parametersId,
        hasParameters: parametersMounted > 0,
        registerParameters,
      },
      ids,
      renderState,
      texts: { title: message("customChallenge.title"), submit: message("customChallenge.submit") },
      errorText,
      restart: () => void submission.restart(),
      onSubmit,
    },
    { ...props, children },
  );
}

/** Props of {@link Parameters}. */
export type ParametersProps = Omit<PartProps<"dl", CustomChallengeRenderState>, "children"> & {
  /**
   * Draw the question yourself from the trigger's public parameters, e.g. a captcha image URL or
   * a multiple-choice list. Whatever it returns is rendered as React children: strings stay text.
   * @default a `<dl>` of every parameter, as text
   */
  readonly children?:
    | ReactNode
    | ((parameters: ChallengeParameters, state: CustomChallengeRenderState) => ReactNode);
};

/**
 * The trigger's public parameters (`publicChallengeParameters`; never `USERNAME`). By default a
 * `<dl>` of names and values rendered as text, never as HTML: the values come from a Lambda
 * and may contain anything. With a function child, a `<div>` around what it returns. The answer
 * field is described by it (`aria-describedby`) while it is mounted.
 */
export function Parameters({ children, ...props }: ParametersProps): JSX.Element {
  const ctx = useCustomChallenge("Parameters");
  const { parametersId, registerParameters } = ctx.own;
  useEffect(registerParameters, [registerParameters]);
  const parameters = ctx.renderState.parameters;
  if (typeof children === "function") {
    return renderScreenPart(ctx, "div", "parameters", { id: parametersId }, {
      ...props,
      children: children(parameters, ctx.renderState),
    } as PartProps<"div", CustomChallengeRenderState>);
  }
  const list = Object.entries(parameters).map(([name, value]) => [
    <dt key={`${name}-name`}>{name}</dt>,
    <dd key={`${name}-value`}>{value}</dd>,
  ]);
  return renderScreenPart(
    ctx,
    "dl",
    "parameters",
    { id: parametersId, children: list },
    {
      ...props,
      children,
    },
  );
}

/** The answer field's `<label>`. */
export function Label(props: PartProps<"label", CustomChallengeRenderState>): JSX.Element {
  const ctx = useCustomChallenge("Label");
  const { message } = useMessages();
  return renderScreenPart(
    ctx,
    "label",
    "label",
    labelProps(ctx.own.field, message("customChallenge.label")),
    props,
  );
}

/**
 * The answer: a plain text field (`autocomplete="off"`, no spell-check), required. Its value is
 * sent exactly as typed.
 */
export function Input(props: PartProps<"input", CustomChallengeRenderState>): JSX.Element {
  const ctx = useCustomChallenge("Input");
  const { form, field, parametersId, hasParameters } = ctx.own;
  const { message } = useMessages();
  const registration = form.register("answer", {
    validate: (value) => (value.trim() === "" ? message("customChallenge.error.required") : true),
  });
  const aria = getControlAria(field);
  return renderScreenPart(
    ctx,
    "input",
    "input",
    {
      ...registration,
      ...aria,
      type: "text",
      autoComplete: "off",
      spellCheck: false,
      required: true,
      "aria-describedby": describedBy(
        hasParameters && parametersId,
        aria["aria-describedby"] as string | undefined,
      ),
    },
    props,
    { invalid: field.errorText !== undefined },
  );
}
