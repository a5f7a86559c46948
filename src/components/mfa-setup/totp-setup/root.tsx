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
import { totpSetup } from "../../messages/locales/en/totp-setup";
import { useAreaMessages } from "../../messages/messages-provider";
import { formatErrorText } from "../../shared/error-message";
import { type FieldState, useFieldIds } from "../../shared/field";
import { LiveRegion } from "../../shared/live-region";
import type { PartProps } from "../../shared/part";
import { useScreenIds } from "../../shared/screen";
import { renderScreenRoot } from "../../shared/screen-root";
import { useChallengeSubmit } from "../../shared/use-challenge-submit";
import { type CopyResult, copyText } from "./copy-text";
import {
  TOTP_SETUP_SCOPE,
  type TotpForm,
  type TotpSetupContextValue,
  type TotpSetupRenderState,
} from "./totp-setup-context";

export { TOTP_SETUP_SCOPE };

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
  const messages = useAreaMessages(totpSetup);
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

  return renderScreenRoot(
    {
      scope: TOTP_SETUP_SCOPE,
      own: value,
      ids,
      renderState,
      texts: {
        title: message("totpSetup.title"),
        description: message(totp === undefined ? "totpSetup.preparing" : "totpSetup.instructions"),
        submit: message("totpSetup.submit"),
      },
      errorText,
      restart: () => void submission.restart(),
      flags: { ready: totp !== undefined },
      describe: true,
      // Busy until the secret has arrived, as while a request runs.
      props: { "aria-busy": totp === undefined || submission.isPending || undefined },
      onSubmit: (event: FormEvent<HTMLFormElement>) => {
        // Nothing to verify before the secret exists.
        if (totp === undefined) event.preventDefault();
        else void onSubmit(event);
      },
    },
    { ...props, children },
    // Beside the form, not in it: under `asChild` the form is the app's single element.
    (form) => (
      <>
        {form}
        <LiveRegion>{copyAnnouncement}</LiveRegion>
      </>
    ),
  );
}
