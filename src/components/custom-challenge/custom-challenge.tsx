import { type JSX, type ReactNode, useCallback, useEffect, useId, useState } from "react";
import { useForm } from "react-hook-form";
import type { ChallengeParameters } from "../../core/index";
import type { ChallengeProps } from "../../headless/challenge-props.types";
import { useMessages } from "../messages/messages-provider";
import { formatErrorText } from "../shared/error-message";
import {
  describedBy,
  FieldProvider,
  getControlAria,
  useFieldIds,
  useFieldState,
} from "../shared/field";
import { type PartProps, renderPart } from "../shared/part";
import {
  partData,
  type ScreenContextValue,
  ScreenProvider,
  type ScreenRenderState,
  useScreenContext,
  useScreenIds,
} from "../shared/screen";
import { useChallengeSubmit } from "../shared/use-challenge-submit";
import {
  type AnswerForm,
  CustomChallengeContext,
  useCustomChallenge,
} from "./custom-challenge-context";

const SCOPE = "custom-challenge";

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
  const messages = useMessages();
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
  const ctx: ScreenContextValue<CustomChallengeRenderState> = {
    scope: SCOPE,
    renderState,
    dataState: submission.isPending ? "pending" : isInvalid ? "error" : "idle",
    flags: { pending: submission.isPending, invalid: isInvalid },
    ids,
    texts: { title: message("customChallenge.title"), submit: message("customChallenge.submit") },
    errorText,
    canRestart: submission.error?.recovery === "restart",
    restart: () => void submission.restart(),
  };

  const onSubmit = form.handleSubmit(async ({ answer }) => {
    await submission.submit({ answer });
  });

  return (
    <ScreenProvider value={ctx}>
      <CustomChallengeContext.Provider
        value={{ form, parametersId, hasParameters: parametersMounted > 0, registerParameters }}
      >
        <FieldProvider
          value={{ ids: { ...fieldIds, errorId: ids.error }, hasDescription: false, errorText }}
        >
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
        </FieldProvider>
      </CustomChallengeContext.Provider>
    </ScreenProvider>
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
  const ctx = useScreenContext<CustomChallengeRenderState>("Parameters");
  const { parametersId, registerParameters } = useCustomChallenge("Parameters");
  useEffect(registerParameters, [registerParameters]);
  const parameters = ctx.renderState.parameters;
  if (typeof children === "function") {
    return renderPart(
      {
        tag: "div",
        data: partData(ctx, "parameters"),
        state: ctx.renderState,
        props: { id: parametersId },
      },
      { ...props, children: children(parameters, ctx.renderState) } as PartProps<
        "div",
        CustomChallengeRenderState
      >,
    );
  }
  const list = Object.entries(parameters).map(([name, value]) => [
    <dt key={`${name}-name`}>{name}</dt>,
    <dd key={`${name}-value`}>{value}</dd>,
  ]);
  return renderPart(
    {
      tag: "dl",
      data: partData(ctx, "parameters"),
      state: ctx.renderState,
      props: { id: parametersId, children: list },
    },
    { ...props, children },
  );
}

/** The answer field's `<label>`. */
export function Label(props: PartProps<"label", CustomChallengeRenderState>): JSX.Element {
  const ctx = useScreenContext<CustomChallengeRenderState>("Label");
  const field = useFieldState("Label");
  const { message } = useMessages();
  return renderPart(
    {
      tag: "label",
      data: partData(ctx, "label"),
      state: ctx.renderState,
      props: {
        id: field.ids.labelId,
        htmlFor: field.ids.inputId,
        children: message("customChallenge.label"),
      },
    },
    props,
  );
}

/**
 * The answer: a plain text field (`autocomplete="off"`, no spell-check), required. Its value is
 * sent exactly as typed.
 */
export function Input(props: PartProps<"input", CustomChallengeRenderState>): JSX.Element {
  const ctx = useScreenContext<CustomChallengeRenderState>("Input");
  const field = useFieldState("Input");
  const { form, parametersId, hasParameters } = useCustomChallenge("Input");
  const { message } = useMessages();
  const registration = form.register("answer", {
    validate: (value) => (value.trim() === "" ? message("customChallenge.error.required") : true),
  });
  const aria = getControlAria(field);
  return renderPart(
    {
      tag: "input",
      data: partData(ctx, "input", { invalid: field.errorText !== undefined }),
      state: ctx.renderState,
      props: {
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
    },
    props,
  );
}
