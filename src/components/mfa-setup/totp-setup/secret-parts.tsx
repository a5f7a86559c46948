import { type JSX, useEffect, useState } from "react";
import { useMessages } from "../../messages/messages-provider";
import type { PartProps } from "../../shared/part";
import { renderScreenPart } from "../../shared/screen";
import { drawQrCode, type QrDrawing } from "./qr-matrix";
import { groupSecret } from "./secret.logic";
import { type TotpSetupRenderState, useTotpSetup } from "./totp-setup-context";

// Four light modules around the code: the quiet zone scanners need (ISO/IEC 18004 §9.1).
const QUIET_ZONE = 4;
// Default drawn size of one module, in CSS pixels (a 37-module code is 180 px wide).
const MODULE_PX = 4;

type QrState = { readonly uri: string; readonly drawing: QrDrawing | "failed" } | undefined;

/**
 * The `otpauth://` URI as a QR code, drawn as an SVG (`role="img"`, a localised `aria-label`
 * naming the account) with dark modules on a light square so it scans in dark themes too. The
 * QR library is loaded with a dynamic `import()` the first time this part appears; until then
 * the part says it is loading, and if loading fails it points to the setup key instead.
 * Renders nothing until the secret has arrived.
 *
 * @selector [data-scope="totp-setup"][data-part="qr-code"][data-loading] [data-failed]
 */
export function QrCode(props: PartProps<"div", TotpSetupRenderState>): JSX.Element | null {
  const ctx = useTotpSetup("QrCode");
  const { totp } = ctx.own;
  const { message } = useMessages();
  const [qr, setQr] = useState<QrState>(undefined);
  const uri = totp?.uri;

  useEffect(() => {
    if (uri === undefined) return;
    let current = true;
    drawQrCode(uri).then(
      (drawing) => current && setQr({ uri, drawing }),
      () => current && setQr({ uri, drawing: "failed" }),
    );
    return () => {
      current = false;
    };
  }, [uri]);

  if (totp === undefined) return null;
  const drawing = qr?.uri === totp.uri ? qr.drawing : undefined;
  let content: JSX.Element;
  if (drawing === undefined) {
    content = <span>{message("totpSetup.qrLoading")}</span>;
  } else if (drawing === "failed") {
    content = <span>{message("totpSetup.qrFailed")}</span>;
  } else {
    const side = drawing.size + 2 * QUIET_ZONE;
    content = (
      <svg
        role="img"
        aria-label={message("totpSetup.qrLabel", { account: totp.accountName })}
        viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}`}
        width={side * MODULE_PX}
        height={side * MODULE_PX}
        shapeRendering="crispEdges"
      >
        <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={side} height={side} fill="#fff" />
        <path d={drawing.path} fill="#000" />
      </svg>
    );
  }
  return renderScreenPart(ctx, "div", "qr-code", { children: content }, props, {
    loading: drawing === undefined,
    failed: drawing === "failed",
  });
}

/** "Setup key", the Secret's visible label. @selector [data-part="secret-label"] */
export function SecretLabel(props: PartProps<"span", TotpSetupRenderState>): JSX.Element | null {
  const ctx = useTotpSetup("SecretLabel");
  const { totp } = ctx.own;
  const { message } = useMessages();
  if (totp === undefined) return null;
  return renderScreenPart(
    ctx,
    "span",
    "secret-label",
    { children: message("totpSetup.secretLabel") },
    props,
  );
}

/**
 * The secret in blocks of four (`JBSW Y3DP EHPK 3PXP`), `translate="no"`, for typing it into an
 * app by hand. Selected for Ctrl+C when the Copy button cannot reach the clipboard. The secret
 * is shown, never logged.
 * @selector [data-scope="totp-setup"][data-part="secret"]
 */
export function Secret(props: PartProps<"code", TotpSetupRenderState>): JSX.Element | null {
  const ctx = useTotpSetup("Secret");
  const { totp, secretRef } = ctx.own;
  if (totp === undefined) return null;
  return renderScreenPart(
    ctx,
    "code",
    "secret",
    {
      ref: secretRef,
      translate: "no",
      children: groupSecret(totp.secretCode).join(" "),
    },
    props,
  );
}

/**
 * "Copy key": a real `<button type="button">` that copies the secret (without the spaces) with
 * the Clipboard API and announces "Setup key copied." in a polite live region; where the API is
 * missing or refused it selects the Secret and says to press Ctrl+C.
 * @selector [data-scope="totp-setup"][data-part="copy"][data-copied]
 */
export function Copy(props: PartProps<"button", TotpSetupRenderState>): JSX.Element | null {
  const ctx = useTotpSetup("Copy");
  const { totp, copy } = ctx.own;
  const { message } = useMessages();
  if (totp === undefined) return null;
  return renderScreenPart(
    ctx,
    "button",
    "copy",
    { type: "button", onClick: copy, children: message("totpSetup.copy") },
    props,
    { copied: ctx.renderState.copyState === "copied" },
  );
}

/**
 * "Open in authenticator app": an `<a href="otpauth://…">` for setting up on the same phone,
 * where a QR code cannot be scanned. Desktop browsers without a handler ignore it.
 * @selector [data-scope="totp-setup"][data-part="open-app"]
 */
export function OpenInApp(props: PartProps<"a", TotpSetupRenderState>): JSX.Element | null {
  const ctx = useTotpSetup("OpenInApp");
  const { totp } = ctx.own;
  const { message } = useMessages();
  if (totp === undefined) return null;
  return renderScreenPart(
    ctx,
    "a",
    "open-app",
    { href: totp.uri, children: message("totpSetup.openApp") },
    props,
  );
}
