import type { ClipboardEvent, JSX } from "react";
import { useMessages } from "../../messages/messages-provider";
import { extractPastedCode } from "../../otp-challenge/otp-field.logic";
import { getControlAria, labelProps } from "../../shared/field";
import type { PartProps } from "../../shared/part";
import { renderScreenPart } from "../../shared/screen";
import {
  isTotpCode,
  TOTP_CODE_LENGTH,
  type TotpSetupRenderState,
  useTotpSetup,
} from "./totp-setup-context";

/** The code field's `<label>`: "Code from the app". */
export function CodeLabel(props: PartProps<"label", TotpSetupRenderState>): JSX.Element {
  const ctx = useTotpSetup("CodeLabel");
  const { code } = ctx.own;
  const { message } = useMessages();
  return renderScreenPart(
    ctx,
    "label",
    "code-label",
    labelProps(code, message("totpSetup.codeLabel")),
    props,
  );
}

/** "Enter the 6-digit code your app shows for Acme." The code input points at it. */
export function CodeDescription(props: PartProps<"p", TotpSetupRenderState>): JSX.Element {
  const ctx = useTotpSetup("CodeDescription");
  const { totp, codeDescriptionId } = ctx.own;
  const { message } = useMessages();
  const issuer = totp === undefined ? "" : totp.issuer || totp.accountName;
  return renderScreenPart(
    ctx,
    "p",
    "code-description",
    {
      id: codeDescriptionId,
      children: message("totpSetup.codeDescription", { length: TOTP_CODE_LENGTH, issuer }),
    },
    props,
  );
}

/**
 * The six-digit code: one real input, `inputmode="numeric"`, `autocomplete="one-time-code"`.
 * A pasted code loses its spaces and dashes (`123 456` → `123456`), and a typed one is cleaned
 * the same way before it is sent. Disabled until the secret has arrived.
 * @selector [data-scope="totp-setup"][data-part="code-input"][data-invalid]
 */
export function CodeInput(props: PartProps<"input", TotpSetupRenderState>): JSX.Element {
  const ctx = useTotpSetup("CodeInput");
  const { form, code, totp } = ctx.own;
  const { message } = useMessages();
  const registration = form.register("code", {
    validate: (value) => {
      if (value.trim() === "") return message("totpSetup.error.required");
      return isTotpCode(value)
        ? true
        : message("totpSetup.error.incomplete", { length: TOTP_CODE_LENGTH });
    },
  });
  return renderScreenPart(
    ctx,
    "input",
    "code-input",
    {
      ...registration,
      ...getControlAria(code),
      type: "text",
      inputMode: "numeric",
      autoComplete: "one-time-code",
      autoCapitalize: "off",
      spellCheck: false,
      translate: "no",
      required: true,
      disabled: totp === undefined,
      onPaste: (event: ClipboardEvent<HTMLInputElement>) => {
        const pasted = extractPastedCode(event.clipboardData.getData("text"), TOTP_CODE_LENGTH);
        if (pasted === null) return;
        event.preventDefault();
        form.setValue("code", pasted, {
          shouldDirty: true,
          shouldValidate: form.formState.isSubmitted,
        });
      },
    },
    props,
    { invalid: code.errorText !== undefined },
  );
}

/** The optional name's `<label>`: "Name for this authenticator (optional)". */
export function DeviceNameLabel(props: PartProps<"label", TotpSetupRenderState>): JSX.Element {
  const ctx = useTotpSetup("DeviceNameLabel");
  const { deviceName } = ctx.own;
  const { message } = useMessages();
  return renderScreenPart(
    ctx,
    "label",
    "device-name-label",
    labelProps(deviceName, message("totpSetup.deviceNameLabel")),
    props,
  );
}

/** Why to name it ("Work phone"); the name input points at it. */
export function DeviceNameDescription(props: PartProps<"p", TotpSetupRenderState>): JSX.Element {
  const ctx = useTotpSetup("DeviceNameDescription");
  const { deviceName } = ctx.own;
  const { message } = useMessages();
  return renderScreenPart(
    ctx,
    "p",
    "device-name-description",
    {
      id: deviceName.ids.descriptionId,
      children: message("totpSetup.deviceNameDescription"),
    },
    props,
  );
}

/**
 * The authenticator's name, sent as `FriendlyDeviceName` with VerifySoftwareToken and shown
 * later by Cognito as `FRIENDLY_DEVICE_NAME`. Optional; trimmed; left out when empty.
 * @selector [data-scope="totp-setup"][data-part="device-name-input"]
 */
export function DeviceNameInput(props: PartProps<"input", TotpSetupRenderState>): JSX.Element {
  const ctx = useTotpSetup("DeviceNameInput");
  const { form, deviceName, totp } = ctx.own;
  return renderScreenPart(
    ctx,
    "input",
    "device-name-input",
    {
      ...form.register("friendlyDeviceName"),
      ...getControlAria(deviceName),
      type: "text",
      autoComplete: "off",
      disabled: totp === undefined,
    },
    props,
  );
}
