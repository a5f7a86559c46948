import { type JSX, useCallback, useId } from "react";
import { useForm } from "react-hook-form";
import type { FirstFactor, MfaType } from "../../core/protocol/challenge-name";
import type { ChallengeProps } from "../../headless/challenge-props.types";
import { mfaSelect } from "../messages/locales/en/mfa-select";
import { useAreaMessages } from "../messages/messages-provider";
import { formatErrorText } from "../shared/error-message";
import { describedBy } from "../shared/field";
import type { PartProps } from "../shared/part";
import { useScreenIds } from "../shared/screen";
import type { ScreenProps } from "../shared/screen-props";
import { renderScreenRoot } from "../shared/screen-root";
import { useChallengeSubmit } from "../shared/use-challenge-submit";
import {
  MFA_SELECT_SCOPE,
  type MfaSelectChallengeName,
  type MfaSelectContextValue,
  type MfaSelectOption,
  type MfaSelectRenderState,
  type OptionEntry,
} from "./mfa-select-context";

export { MFA_SELECT_SCOPE };

/**
 * Props of {@link Root}: the props of either challenge (so the screen registers for both in the
 * router's map), or of both at once.
 */
export type MfaSelectRootProps = ScreenProps<MfaSelectChallengeName> &
  Omit<PartProps<"form", MfaSelectRenderState>, "onSubmit">;

/**
 * The options to show: exactly what Cognito offered, in its order. When both PASSWORD and
 * PASSWORD_SRP are available only PASSWORD_SRP is shown (two "Password" choices would read the
 * same, and SRP never sends the password itself).
 */
export function toVisibleOptions(options: readonly MfaSelectOption[]): MfaSelectOption[] {
  const hasSrp = options.includes("PASSWORD_SRP");
  return [...new Set(options)].filter((option) => !(hasSrp && option === "PASSWORD"));
}

/**
 * SELECT_MFA_TYPE (`MFAS_CAN_CHOOSE`) and SELECT_CHALLENGE (`AvailableChallenges`): a radio
 * group of the factors Cognito offered. Answers `{ mfaType }` or `{ challenge }`; PASSWORD and
 * PASSWORD_SRP are answered without a password, and the flow then shows the password step
 * (protocol reference §3.10, §3.11).
 *
 * @selector [data-scope="mfa-select"][data-part="root"][data-challenge="SELECT_CHALLENGE"]
 */
export function Root(props: MfaSelectRootProps): JSX.Element {
  const {
    challenge,
    respond,
    isPending,
    error,
    restart,
    expiresAt: _expiresAt,
    ...formProps
  } = props;
  const messages = useAreaMessages(mfaSelect);
  const { message } = messages;
  const ids = useScreenIds();
  const base = useId();
  // `respond` takes the answer of this challenge only; the name says which one it is.
  const respondWith = (value: MfaSelectOption): Promise<void> =>
    challenge.name === "SELECT_MFA_TYPE"
      ? (respond as ChallengeProps<"SELECT_MFA_TYPE">["respond"])({ mfaType: value as MfaType })
      : (respond as ChallengeProps<"SELECT_CHALLENGE">["respond"])({
          challenge: value as FirstFactor,
        });
  const guard = useChallengeSubmit({ respond: respondWith, restart, isPending, error });
  const options = toVisibleOptions(challenge.options);
  const form = useForm<{ choice: MfaSelectOption | "" }>({
    // A single option is picked already: the person only has to confirm it.
    defaultValues: { choice: options.length === 1 ? (options[0] ?? "") : "" },
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  const choice = form.watch("choice");
  const registration = form.register("choice", {
    validate: (value) => (value === "" ? "mfaSelect.error.required" : true),
  });

  const onValid = useCallback(
    async ({ choice: value }: { choice: MfaSelectOption | "" }) => {
      if (value === "") return;
      await guard.submit(value);
    },
    [guard.submit],
  );

  const fieldErrorKey = form.formState.errors.choice?.message;
  const errorText =
    fieldErrorKey !== undefined
      ? message(fieldErrorKey as "mfaSelect.error.required")
      : guard.error === undefined
        ? undefined
        : formatErrorText(guard.error, messages);
  const isInvalid = fieldErrorKey !== undefined;
  const value = choice === "" ? undefined : choice;

  const getOption = (option: MfaSelectOption): OptionEntry => {
    const key = option === "PASSWORD_SRP" ? "PASSWORD" : option;
    const optionIds = {
      input: `${base}-${option}-input`,
      label: `${base}-${option}-label`,
      description: `${base}-${option}-description`,
    };
    return {
      value: option,
      ids: optionIds,
      label: message(`mfaSelect.option.${key}`),
      description: message(`mfaSelect.optionDescription.${key}`),
      isChecked: choice === option,
      inputProps: {
        ...registration,
        id: optionIds.input,
        type: "radio",
        value: option,
        "aria-describedby": optionIds.description,
      },
    };
  };

  const renderState: MfaSelectRenderState = {
    challengeName: challenge.name,
    isPending: guard.isPending,
    isInvalid,
    recovery: guard.error?.recovery,
    value,
  };
  const context: MfaSelectContextValue = {
    options,
    getOption,
    legend: message(`mfaSelect.legend.${challenge.name}`),
    legendId: `${base}-legend`,
    groupDescribedBy: describedBy(errorText !== undefined && ids.error),
  };

  return renderScreenRoot(
    {
      scope: MFA_SELECT_SCOPE,
      own: context,
      ids,
      renderState,
      texts: {
        title: message(`mfaSelect.title.${challenge.name}`),
        description: options.length === 0 ? message("mfaSelect.empty") : undefined,
        submit: message("mfaSelect.submit"),
      },
      errorText,
      // Nothing to choose from is a dead end: starting again is the only way on.
      canRestart: guard.error?.recovery === "restart" || options.length === 0,
      restart: () => void guard.restart(),
      onSubmit: form.handleSubmit(onValid),
    },
    formProps,
  );
}
