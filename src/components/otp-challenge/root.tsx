import {
  type ClipboardEvent,
  type FocusEvent,
  type JSX,
  type SyntheticEvent,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { useForm } from "react-hook-form";
import type { CodeAnswer } from "../../core/protocol/challenge-answer.types";
import { type MessagesApi, useMessages } from "../messages/messages-provider";
import { formatErrorText } from "../shared/error-message";
import { type FieldState, getControlAria, useFieldIds } from "../shared/field";
import type { PartProps } from "../shared/part";
import { useScreenIds } from "../shared/screen";
import type { ScreenProps } from "../shared/screen-props";
import { renderScreenRoot } from "../shared/screen-root";
import { composeRefs } from "../shared/slot";
import { useChallengeSubmit } from "../shared/use-challenge-submit";
import {
  OTP_SCOPE,
  type OtpChallengeName,
  type OtpFieldContextValue,
  type OtpRenderState,
} from "./otp-context";
import { deriveSlots, extractPastedCode, insertAtSelection, toCodeValue } from "./otp-field.logic";

export { OTP_SCOPE };

/** Errors that say the code itself was wrong: the field is marked invalid for them. */
const CODE_ERRORS = new Set([
  "CodeMismatchException",
  "ExpiredCodeException",
  "EnableSoftwareTokenMFAException",
  "InvalidAnswer",
]);

/** Props of {@link Root}: the challenge contract plus the form's own options. */
export type OtpRootProps = ScreenProps<OtpChallengeName> &
  Omit<PartProps<"form", OtpRenderState>, "onSubmit"> & {
    /**
     * Submit as soon as the last digit lands: once per completed code, never twice for the same
     * one (a refused code is not re-sent until it changes or the person submits it).
     * @default false
     */
    readonly autoSubmit?: boolean | undefined;
    /**
     * How long "Send a new code" waits after the step appears, in ms. Cognito has no resend
     * API: resending restarts the sign-in (protocol reference §3.2), so a cooldown keeps
     * people from burning codes and attempts.
     * @default 30000
     */
    readonly resendCooldownMs?: number | undefined;
    /** Called once per completed code, before any auto-submit. */
    readonly onComplete?: ((details: { readonly code: string }) => void) | undefined;
  };

// Unicode isolates keep a masked "+*******0008" or an address whole inside right-to-left text.
const isolate = (text: string): string => `\u2068${text}\u2069`;

function describeChallenge(
  challenge: OtpRootProps["challenge"],
  length: number,
  { message }: MessagesApi,
): string {
  if (challenge.name === "SOFTWARE_TOKEN_MFA") {
    return challenge.friendlyDeviceName === undefined || challenge.friendlyDeviceName === ""
      ? message("otp.description.totp", { length })
      : message("otp.description.totpDevice", {
          length,
          device: isolate(challenge.friendlyDeviceName),
        });
  }
  const { delivery } = challenge;
  if (delivery === undefined) return message("otp.description.unknown", { length });
  const destination = isolate(delivery.destination);
  if (delivery.medium === "SMS") return message("otp.description.SMS", { length, destination });
  if (delivery.medium === "EMAIL") return message("otp.description.EMAIL", { length, destination });
  return message("otp.description.other", { length, destination });
}

/**
 * The OTP screen's `<form method="post">`: owns the code (react-hook-form), the single-flight
 * submit, auto-submit, the resend cooldown, and the context every other part reads.
 * Serves SMS_MFA, SMS_OTP, EMAIL_OTP and SOFTWARE_TOKEN_MFA.
 *
 * @selector [data-scope="otp-challenge"][data-part="root"][data-challenge="SMS_MFA"]
 */
export function Root(props: OtpRootProps): JSX.Element {
  const {
    challenge,
    respond,
    isPending,
    error,
    restart,
    expiresAt: _expiresAt,
    autoSubmit = false,
    resendCooldownMs = 30_000,
    onComplete,
    ...formProps
  } = props;
  const messages = useMessages();
  const { message } = messages;
  const length = challenge.codeLength > 0 ? challenge.codeLength : 6;
  const ids = useScreenIds();
  const fieldIds = useFieldIds("code");
  const guard = useChallengeSubmit<CodeAnswer>({
    respond,
    restart,
    isPending,
    error,
  });
  const form = useForm<{ code: string }>({
    defaultValues: { code: "" },
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  // A controlled field without `useController` (which would add its own code to every app's
  // bundle): registered for validation, focus and its ref, its value set through `setValue`.
  const field = form.register("code", {
    validate: (value: string) =>
      value === "" ? "otp.error.required" : value.length < length ? "otp.error.incomplete" : true,
  });
  const value = form.watch("code");
  const { errors, isSubmitted } = form.formState;
  // After the first submit the field re-validates as it changes (`reValidateMode: "onChange"`).
  const setCode = (code: string): void =>
    form.setValue("code", code, { shouldDirty: true, shouldValidate: isSubmitted });
  const inputRef = useRef<HTMLInputElement | null>(null);
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [slotsMounted, setSlotsMounted] = useState(0);
  const [resendAvailableAt] = useState(() =>
    challenge.name === "SOFTWARE_TOKEN_MFA" ? undefined : Date.now() + resendCooldownMs,
  );
  const resendStatusId = `${ids.status}-resend`;

  const onValid = useCallback(
    async ({ code }: { code: string }) => {
      await guard.submit({ code });
    },
    [guard.submit],
  );
  const submitForm = form.handleSubmit(onValid);

  // Completion fires once per distinct code: re-renders, rapid Enter and the same code typed
  // again after an error never auto-submit twice.
  const lastCompleted = useRef<string | null>(null);
  useEffect(() => {
    if (value.length !== length || value === lastCompleted.current) return;
    lastCompleted.current = value;
    onComplete?.({ code: value });
    if (autoSubmit) void submitForm();
  });

  // A refused code: put the caret back in the field with the code selected, so typing the
  // right one replaces it (the code itself is kept, as retry errors require).
  useEffect(() => {
    if (guard.error === undefined || !CODE_ERRORS.has(guard.error.code)) return;
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [guard.error]);

  const syncSelection = useCallback((event: SyntheticEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const end = input.value.length;
    setSelection({ start: input.selectionStart ?? end, end: input.selectionEnd ?? end });
  }, []);

  const fieldErrorText =
    errors.code?.message === undefined
      ? undefined
      : message(errors.code.message as "otp.error.required", { length });
  const errorText =
    fieldErrorText ??
    (guard.error === undefined ? undefined : formatErrorText(guard.error, messages));
  const isInvalid =
    fieldErrorText !== undefined ||
    (guard.error !== undefined && CODE_ERRORS.has(guard.error.code));
  const fieldWiring: FieldState = {
    ids: { ...fieldIds, descriptionId: ids.description, errorId: ids.error },
    hasDescription: true,
    errorText,
  };
  const isFocused = selection !== null;

  const inputProps = {
    ...getControlAria(fieldWiring, isInvalid),
    ref: composeRefs(field.ref, inputRef),
    name: field.name,
    value,
    type: "text",
    autoComplete: "one-time-code",
    inputMode: "numeric",
    maxLength: length,
    pattern: `[0-9]{${length}}`,
    spellCheck: false,
    translate: "no",
    autoCorrect: "off",
    autoCapitalize: "off",
    // Digits read left to right in every script (WCAG 1.3.2 for RTL layouts).
    dir: "ltr",
    onChange: (event: { currentTarget: HTMLInputElement }) => {
      const next = toCodeValue(event.currentTarget.value, length);
      // Refused (a letter): React puts the controlled value back.
      if (next !== null) setCode(next);
      syncSelection(event as SyntheticEvent<HTMLInputElement>);
    },
    onPaste: (event: ClipboardEvent<HTMLInputElement>) => {
      const pasted = extractPastedCode(event.clipboardData.getData("text"), length);
      event.preventDefault();
      if (pasted === null) return;
      const input = event.currentTarget;
      const next = insertAtSelection(
        input.value,
        pasted,
        input.selectionStart ?? input.value.length,
        input.selectionEnd ?? input.value.length,
        length,
      );
      setCode(next.value);
      setSelection({ start: next.caret, end: next.caret });
    },
    onSelect: syncSelection,
    onKeyUp: syncSelection,
    onFocus: syncSelection,
    onBlur: (event: FocusEvent<HTMLInputElement>) => {
      setSelection(null);
      void field.onBlur(event);
    },
  };

  const renderState: OtpRenderState = {
    challengeName: challenge.name,
    isPending: guard.isPending,
    isInvalid,
    recovery: guard.error?.recovery,
    value,
    length,
    isComplete: value.length === length,
    isFocused,
  };
  const registerSlots = useCallback(() => {
    setSlotsMounted((count) => count + 1);
    return () => setSlotsMounted((count) => count - 1);
  }, []);

  const slots = useMemo(() => deriveSlots(value, length, selection), [value, length, selection]);
  const otpField: OtpFieldContextValue = {
    field: fieldWiring,
    value,
    length,
    slots,
    isFocused,
    isInvalid,
    hasSlots: slotsMounted > 0,
    registerSlots,
    inputProps,
    resendAvailableAt,
    resendIds: { status: resendStatusId },
  };

  return renderScreenRoot(
    {
      scope: OTP_SCOPE,
      own: otpField,
      ids,
      renderState,
      texts: {
        title: message(`otp.title.${challenge.name}`),
        description: describeChallenge(challenge, length, messages),
        submit: message("otp.submit"),
      },
      errorText,
      restart: () => void guard.restart(),
      flags: { complete: renderState.isComplete },
      onSubmit: submitForm,
    },
    formProps,
  );
}
