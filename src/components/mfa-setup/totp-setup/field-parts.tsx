import type { ClipboardEvent, JSX } from "react";
import { useMessages } from "../../messages/messages-provider";
import { extractPastedCode } from "../../otp-challenge/otp-field.logic";
import { getControlAria } from "../../shared/field";
import { type PartProps, renderPart } from "../../shared/part";
import { partData, useScreenContext } from "../../shared/screen";
import {
  isTotpCode,
  TOTP_CODE_LENGTH,
  type TotpSetupRenderState,
  useTotpSetup,
} from "./totp-setup-context";

/** The code field's `<label>`: "Code from the app". */
export function CodeLabel(props: PartProps<"label", TotpSetupRenderState>): JSX.Element {
  const ctx = useScreenContext<TotpSetupRenderState>("TotpSetup.CodeLabel");
  const { code } = useTotpSetup("CodeLabel");
  const { message } = useMessages();
  return renderPart(
    {
      tag: "label",
      data: partData(ctx, "code-label"),
      state: ctx.renderState,
      props: {
        id: code.ids.labelId,
        htmlFor: code.ids.inputId,
        children: message("totpSetup.codeLabel"),
      },
    },
    props,
  );
}

/** "Enter the 6-digit code your app shows for Acme." The code input points at it. */
export function CodeDescription(props: PartProps<"p", TotpSetupRenderState>): JSX.Element {
  const ctx = useScreenContext<TotpSetupRenderState>("TotpSetup.CodeDescription");
  const { totp, codeDescriptionId } = useTotpSetup("CodeDescription");
  const { message } = useMessages();
  const issuer = totp === undefined ? "" : totp.issuer || totp.accountName;
  return renderPart(
    {
      tag: "p",
      data: partData(ctx, "code-description"),
      state: ctx.renderState,
      props: {
        id: codeDescriptionId,
        children: message("totpSetup.codeDescription", { length: TOTP_CODE_LENGTH, issuer }),
      },
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
  const ctx = useScreenContext<TotpSetupRenderState>("TotpSetup.CodeInput");
  const { form, code, totp } = useTotpSetup("CodeInput");
  const { message } = useMessages();
  const registration = form.register("code", {
    validate: (value) => {
      if (value.trim() === "") return message("totpSetup.error.required");
      return isTotpCode(value)
        ? true
        : message("totpSetup.error.incomplete", { length: TOTP_CODE_LENGTH });
    },
  });
  return renderPart(
    {
      tag: "input",
      data: partData(ctx, "code-input", { invalid: code.errorText !== undefined }),
      state: ctx.renderState,
      props: {
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
    },
    props,
  );
}

/** The optional name's `<label>`: "Name for this authenticator (optional)". */
export function DeviceNameLabel(props: PartProps<"label", TotpSetupRenderState>): JSX.Element {
  const ctx = useScreenContext<TotpSetupRenderState>("TotpSetup.DeviceNameLabel");
  const { deviceName } = useTotpSetup("DeviceNameLabel");
  const { message } = useMessages();
  return renderPart(
    {
      tag: "label",
      data: partData(ctx, "device-name-label"),
      state: ctx.renderState,
      props: {
        id: deviceName.ids.labelId,
        htmlFor: deviceName.ids.inputId,
        children: message("totpSetup.deviceNameLabel"),
      },
    },
    props,
  );
}

/** Why to name it ("Work phone"); the name input points at it. */
export function DeviceNameDescription(props: PartProps<"p", TotpSetupRenderState>): JSX.Element {
  const ctx = useScreenContext<TotpSetupRenderState>("TotpSetup.DeviceNameDescription");
  const { deviceName } = useTotpSetup("DeviceNameDescription");
  const { message } = useMessages();
  return renderPart(
    {
      tag: "p",
      data: partData(ctx, "device-name-description"),
      state: ctx.renderState,
      props: {
        id: deviceName.ids.descriptionId,
        children: message("totpSetup.deviceNameDescription"),
      },
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
  const ctx = useScreenContext<TotpSetupRenderState>("TotpSetup.DeviceNameInput");
  const { form, deviceName, totp } = useTotpSetup("DeviceNameInput");
  return renderPart(
    {
      tag: "input",
      data: partData(ctx, "device-name-input"),
      state: ctx.renderState,
      props: {
        ...form.register("friendlyDeviceName"),
        ...getControlAria(deviceName),
        type: "text",
        autoComplete: "off",
        disabled: totp === undefined,
      },
    },
    props,
  );
}
