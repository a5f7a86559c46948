import { type JSX, type ReactNode, useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import type { ChallengeProps } from "../../headless/challenge-props.types";
import { webauthn } from "../messages/locales/en/webauthn";
import { useAreaMessages, useMessages } from "../messages/messages-provider";
import { formatErrorText } from "../shared/error-message";
import { LiveRegion } from "../shared/live-region";
import type { PartProps } from "../shared/part";
import {
  busyButtonProps,
  renderScreenPart,
  type ScreenContextValue,
  type ScreenRenderState,
  useScreenContext,
  useScreenIds,
} from "../shared/screen";
import { renderScreenRoot } from "../shared/screen-root";
import { useChallengeSubmit } from "../shared/use-challenge-submit";

/** `data-scope` of every part of this screen. */
export const WEBAUTHN_SCOPE = "webauthn-challenge";

/**
 * Where the passkey step is:
 * - `idle`: waiting for the person to press the button;
 * - `prompting`: the browser's passkey prompt is open (the request is pending);
 * - `cancelled`: the prompt was dismissed or timed out (`WebAuthnCancelled`); offer a retry;
 * - `unsupported`: no WebAuthn here (no `PublicKeyCredential`, or `WebAuthnUnsupported`);
 * - `error`: any other failure.
 */
export type WebAuthnState = "idle" | "prompting" | "cancelled" | "unsupported" | "error";

/** Render state of the WebAuthnChallenge screen, handed to `className`/`style` functions. */
export interface WebAuthnRenderState extends ScreenRenderState {
  /** @selector [data-state="idle" | "prompting" | "cancelled" | "unsupported" | "error"] */
  readonly state: WebAuthnState;
}

/** Props of {@link Root}: the WEB_AUTHN contract plus the form's own props. */
export type RootProps = ChallengeProps<"WEB_AUTHN"> &
  Omit<PartProps<"form", WebAuthnRenderState>, "children"> & {
    /**
     * Whether this browser can run WebAuthn. Detected after mount (`PublicKeyCredential`); set it
     * when the flow uses an injected `webauthn` client that works without one (tests, stories).
     */
    readonly isSupported?: boolean | undefined;
    readonly children?: ReactNode;
  };

function detectWebAuthn(): boolean {
  return typeof globalThis.PublicKeyCredential === "function";
}

// The screen, with the Root's `open` for the Prompt: one guarded place that calls `respond({})`.
function useWebAuthn(part: string): ScreenContextValue<WebAuthnRenderState, () => void> {
  return useScreenContext(`WebAuthnChallenge.${part}`, WEBAUTHN_SCOPE);
}

/** Decides the screen's state from the flow's props (pure). */
export function getWebAuthnState(input: {
  readonly isPending: boolean;
  readonly errorCode: string | undefined;
  readonly isSupported: boolean;
}): WebAuthnState {
  if (input.isPending) return "prompting";
  if (input.errorCode === "WebAuthnUnsupported" || !input.isSupported) return "unsupported";
  if (input.errorCode === "WebAuthnCancelled") return "cancelled";
  if (input.errorCode !== undefined) return "error";
  return "idle";
}

/**
 * WEB_AUTHN: a `<form method="post">` whose Prompt button opens the browser's passkey prompt.
 * The answer is `{}` ("run the ceremony now"): the flow calls `startAuthentication` with
 * Cognito's `CREDENTIAL_REQUEST_OPTIONS` and sends the `CREDENTIAL` (protocol reference §3.12,
 * §7). `respond` is called synchronously inside the click, so the prompt keeps the click's user
 * activation (Safari refuses a WebAuthn call without one).
 *
 * @selector [data-scope="webauthn-challenge"][data-part="root"][data-state="cancelled"]
 */
export function Root({
  challenge,
  respond,
  isPending,
  error,
  restart,
  expiresAt: _expiresAt,
  isSupported: isSupportedProp,
  children,
  ...props
}: RootProps): JSX.Element {
  const messages = useAreaMessages(webauthn);
  const { message } = messages;
  const ids = useScreenIds();
  const form = useForm();
  const submission = useChallengeSubmit({ respond, restart, isPending, error });
  // Detected after mount so the server and the first client render agree.
  const [detected, setDetected] = useState(true);
  useEffect(() => {
    setDetected(detectWebAuthn());
    // Warm the WebAuthn library the flow loads on the first prompt, so the prompt opens in the
    // same moment as the click instead of after a chunk download.
    import("@simplewebauthn/browser").catch(() => undefined);
  }, []);
  const isSupported = isSupportedProp ?? detected;

  const state = getWebAuthnState({
    isPending: submission.isPending,
    errorCode: submission.error?.code,
    isSupported,
  });
  const errorText =
    submission.error === undefined ? undefined : formatErrorText(submission.error, messages);
  const renderState: WebAuthnRenderState = {
    challengeName: challenge.name,
    isPending: submission.isPending,
    isInvalid: errorText !== undefined,
    recovery: submission.error?.recovery,
    state,
  };
  const open = (): void => {
    if (state === "prompting" || state === "unsupported") return;
    void submission.submit({});
  };

  return renderScreenRoot(
    {
      scope: WEBAUTHN_SCOPE,
      own: open,
      ids,
      renderState,
      dataState: state,
      texts: {
        title: message("webauthn.title"),
        description: message(
          state === "unsupported" ? "webauthn.unsupported" : "webauthn.description",
        ),
        submit: message(
          state === "cancelled" || state === "error" ? "webauthn.retry" : "webauthn.prompt",
        ),
      },
      // An unsupported browser is explained by the description; no error text repeats it.
      errorText: state === "unsupported" && submission.error === undefined ? undefined : errorText,
      restart: () => void submission.restart(),
      describe: true,
      // A submit that did not come through the Prompt's click (requestSubmit).
      onSubmit: form.handleSubmit(open),
    },
    { ...props, children },
  );
}

/**
 * The button that opens the passkey prompt: "Use passkey", "Try again" after a cancelled or
 * failed prompt. It calls `respond({})` in its click handler (user activation) and is
 * `aria-disabled` while the prompt is open. Not rendered when WebAuthn is unsupported.
 * @selector [data-scope="webauthn-challenge"][data-part="prompt"][data-state]
 */
export function Prompt(props: PartProps<"button", WebAuthnRenderState>): JSX.Element | null {
  const ctx = useWebAuthn("Prompt");
  const open = ctx.own;
  const { state } = ctx.renderState;
  if (state === "unsupported") return null;
  const busy = state === "prompting";
  return renderScreenPart(
    ctx,
    "button",
    "prompt",
    {
      type: "submit",
      "aria-disabled": busy || undefined,
      onClick: (event: { preventDefault(): void }) => {
        // Handled here, synchronously, rather than by the form's submit event (which
        // react-hook-form runs after a validation `await`).
        event.preventDefault();
        open();
      },
      children: ctx.texts.submit,
    },
    props,
    { disabled: busy },
  );
}

/**
 * "Choose another way to sign in": back to the start (username kept), shown when passkeys cannot
 * work here and after a cancelled prompt.
 * @selector [data-scope="webauthn-challenge"][data-part="other-method"]
 */
export function OtherMethod(
  props: PartProps<"button", WebAuthnRenderState> & { readonly forceMount?: boolean },
): JSX.Element | null {
  const ctx = useWebAuthn("OtherMethod");
  const { message } = useMessages();
  const { forceMount = false, ...rest } = props;
  const { state, isPending } = ctx.renderState;
  // A session-ending error gets the screen's Restart ("Start again") instead.
  const shown = (state === "unsupported" || state === "cancelled") && !ctx.canRestart;
  if (!shown && !forceMount) return null;
  return renderScreenPart(
    ctx,
    "button",
    "other-method",
    {
      type: "button",
      ...busyButtonProps(isPending, ctx.restart),
      children: message("webauthn.otherMethod"),
    },
    rest,
    { disabled: isPending },
  );
}

/**
 * Screen-reader status: "Waiting for your passkey…" while the prompt is open (a polite live
 * region that exists before the text does).
 * @selector [data-scope="webauthn-challenge"][data-part="status"]
 */
export function Status(props: PartProps<"div", WebAuthnRenderState>): JSX.Element {
  const ctx = useWebAuthn("Status");
  const { message } = useMessages();
  return renderScreenPart(
    ctx,
    "div",
    "status",
    {
      id: ctx.ids.status,
      children: (
        <LiveRegion>
          {ctx.renderState.state === "prompting" ? message("webauthn.prompting") : ""}
        </LiveRegion>
      ),
    },
    props,
  );
}
