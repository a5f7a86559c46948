import {
  type FormEvent,
  type JSX,
  type ReactNode,
  useEffect,
  useId,
  useRef,
  useState,
} from "react";
import { useForm } from "react-hook-form";
import { normalizeCode } from "../../../core/protocol/normalize-code";
import type { ChallengeProps } from "../../../headless/challenge-props.types";
import { useMessages } from "../../messages/messages-provider";
import { formatErrorText } from "../../shared/error-message";
import { type FieldState, useFieldIds } from "../../shared/field";
import { LiveRegion } from "../../shared/live-region";
import { type PartProps, renderPart } from "../../shared/part";
import {
  partData,
  type ScreenContextValue,
  ScreenProvider,
  useScreenIds,
} from "../../shared/screen";
import { useChallengeSubmit } from "../../shared/use-challenge-submit";
import { type CopyResult, copyText } from "./copy-text";
import {
  type TotpForm,
  type TotpSetupContextValue,
  TotpSetupProvider,
  type TotpSetupRenderState,
} from "./totp-setup-context";

/** `data-scope` of every part of this screen. */
export const TOTP_SETUP_SCOPE = "totp-setup";

/** Props of {@link Root}: the MFA_SETUP contract plus the form's own props. */
export type RootProps = ChallengeProps<"MFA_SETUP"> &
  Omit<PartProps<"form", TotpSetupRenderState>, "children"> & {
    readonly children?: ReactNode;
  };

/**
 * MFA_SETUP with an authenticator app: a `<form method="post">` that shows the secret of
 * AssociateSoftwareToken (`challenge.totp`, filled in by the flow) as a QR code, as grouped text
 * and as an `otpauth://` link, then answers `{ code, friendlyDeviceName? }`; the flow sends
 * VerifySoftwareToken, then the MFA_SETUP response (protocol reference §6.1). Until the secret
 * has arrived the screen says it is preparing it.
 *
 * Slow set-up is the usual way people outlive Cognito's session (§9): pair it with a
 * `SessionCountdown` (`<SignIn>` does).
 *
 * @selector [data-scope="totp-setup"][data-part="root"][data-challenge="MFA_SETUP"][data-ready]
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
  const codeIds = useFieldIds("code");
  const deviceNameIds = useFieldIds("device-name");
  const codeDescriptionId = useId();
  const secretRef = useRef<HTMLElement | null>(null);
  const [copyState, setCopyState] = useState<"idle" | CopyResult>("idle");
  const form = useForm<TotpForm>({ defaultValues: { code: "", friendlyDeviceName: "" } });
  const submission = useChallengeSubmit({ respond, restart, isPending, error });
  const totp = challenge.totp;

  const fieldError = form.formState.errors.code?.message;
  const errorText =
    fieldError ??
    (submission.error === undefined ? undefined : formatErrorText(submission.error, messages));
  const isInvalid = errorText !== undefined;

  // A wrong code (EnableSoftwareTokenMFAException, CodeMismatchException: `retry`) keeps the
  // form; the caret goes back to the code, selected, ready for the app's next code.
  useEffect(() => {
    if (submission.error?.recovery === "retry") form.setFocus("code", { shouldSelect: true });
  }, [submission.error, form]);

  const renderState: TotpSetupRenderState = {
    challengeName: challenge.name,
    isPending: submission.isPending,
    isInvalid,
    recovery: submission.error?.recovery,
    isReady: totp !== undefined,
    copyState,
  };
  const flags = { pending: submission.isPending, invalid: isInvalid, ready: totp !== undefined };
  const ctx: ScreenContextValue<TotpSetupRenderState> = {
    scope: TOTP_SETUP_SCOPE,
    renderState,
    dataState: submission.isPending ? "pending" : isInvalid ? "error" : "idle",
    flags,
    ids,
    texts: {
      title: message("totpSetup.title"),
      description: message(totp === undefined ? "totpSetup.preparing" : "totpSetup.instructions"),
      submit: message("totpSetup.submit"),
    },
    errorText,
    canRestart: submission.error?.recovery === "restart",
    restart: () => void submission.restart(),
  };
  const code: FieldState = {
    ids: { ...codeIds, descriptionId: codeDescriptionId, errorId: ids.error },
    hasDescription: true,
    errorText,
  };
  const deviceName: FieldState = {
    ids: deviceNameIds,
    hasDescription: true,
    errorText: undefined,
  };
  const value: TotpSetupContextValue = {
    totp,
    form,
    code,
    deviceName,
    codeDescriptionId,
    secretRef,
    copy: () => {
      if (totp === undefined) return;
      setCopyState("idle");
      void copyText(totp.secretCode, secretRef.current).then(setCopyState);
    },
  };

  const onSubmit = form.handleSubmit(async ({ code: typed, friendlyDeviceName }) => {
    const name = friendlyDeviceName.trim();
    await submission.submit({
      code: normalizeCode(typed),
      ...(name === "" ? {} : { friendlyDeviceName: name }),
    });
  });

  const copyAnnouncement =
    copyState === "copied"
      ? message("totpSetup.copied")
      : copyState === "manual"
        ? message("totpSetup.copyManual")
        : "";

  return (
    <ScreenProvider value={ctx}>
      <TotpSetupProvider value={value}>
        {renderPart(
          {
            tag: "form",
            data: { ...partData(ctx, "root"), values: { challenge: challenge.name } },
            state: renderState,
            props: {
              method: "post",
              noValidate: true,
              "aria-labelledby": ids.title,
              "aria-describedby": ids.description,
              "aria-busy": totp === undefined ? true : undefined,
              onSubmit: (event: FormEvent<HTMLFormElement>) => {
                // Nothing to verify before the secret exists.
                if (totp === undefined) event.preventDefault();
                else void onSubmit(event);
              },
            },
          },
          { ...props, children },
        )}
        {/* Beside the form, not in it: under `asChild` the form is the app's single element. */}
        <LiveRegion>{copyAnnouncement}</LiveRegion>
      </TotpSetupProvider>
    </ScreenProvider>
  );
}
