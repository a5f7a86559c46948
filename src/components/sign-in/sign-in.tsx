import { type ComponentType, type JSX, type ReactNode, useEffect, useId, useState } from "react";
import type {
  FirstFactor,
  InteractiveStepName,
  SignInAuthFlow,
  SignInDevice,
  SignInSnapshot,
  SignInStatus,
  SignInTokens,
} from "../../core/index";
import { useSignInFlow } from "../../headless/sign-in-context";
import { useSignIn } from "../../headless/use-sign-in";
import { useSignInActions } from "../../headless/use-sign-in-actions";
import type {
  ChallengeComponentOverrides,
  UnknownChallengeProps,
} from "../challenge-router/challenge-components";
import { useProvidedChallengeComponents } from "../challenge-router/challenge-components-provider";
import { preloadChallengeScreens } from "../challenge-router/default-challenge-components";
import { ChallengeRouter } from "../challenge-router/default-router";
import { useMessages } from "../messages/messages-provider";
import { SessionCountdown } from "../session-countdown/session-countdown";
import { dataAttributes } from "../shared/data-attributes";
import { formatErrorText } from "../shared/error-message";
import { type PartProps, renderPart } from "../shared/part";
import { useFocusOnMount } from "../shared/use-focus-on-mount";
import { SignInStartScreen } from "../sign-in-start/default";
import type { PasskeyAutofillOptions } from "../sign-in-start/root";

const SCOPE = "sign-in";

/** What the `signedIn` slot receives. */
export interface SignedInDetails {
  readonly tokens: SignInTokens;
  /** The device confirmed or used in this sign-in, when device tracking is on. */
  readonly device: SignInDevice | undefined;
}

/** Render state of `<SignIn>`, handed to `className`/`style` functions. */
export interface SignInRenderState {
  /** @selector [data-scope="sign-in"][data-state="idle" | "challenge" | "signedIn" | "failed"] */
  readonly status: SignInStatus;
}

/** Props of {@link SignIn}. */
export interface SignInProps extends Omit<PartProps<"div", SignInRenderState>, "children"> {
  /**
   * Shapes the start form: a password field for USER_SRP_AUTH and USER_PASSWORD_AUTH, none but a
   * passkey button for USER_AUTH. @default the flow's own `authFlow` (`createSignInFlow` sets
   * it), else "USER_SRP_AUTH"
   */
  readonly authFlow?: SignInAuthFlow | undefined;
  /** Overrides what `authFlow` says about the password field (e.g. CUSTOM_AUTH with SRP). */
  readonly needsPassword?: boolean | undefined;
  /** Overrides what `authFlow` says about the passkey button. */
  readonly passkey?: boolean | undefined;
  /** Offer passkeys in the username field's autofill menu (opt-in; USER_AUTH). */
  readonly passkeyAutofill?: PasskeyAutofillOptions | undefined;
  /** USER_AUTH: the first factor to ask for (`PREFERRED_CHALLENGE`). */
  readonly preferredChallenge?: FirstFactor | undefined;
  /** Your own rule for the username, checked before anything is sent (`SignInStart.Root`). */
  readonly validateUsername?: ((username: string) => string | undefined) | undefined;
  /** Screens to use instead of the defaults, typed per step (passed to `<ChallengeRouter>`). */
  readonly components?: ChallengeComponentOverrides | undefined;
  /** The screen for a challenge this library does not know. */
  readonly fallback?: ComponentType<UnknownChallengeProps> | undefined;
  /** What to show once signed in; default a "You're signed in" heading. */
  readonly signedIn?: ((details: SignedInDetails) => ReactNode) | undefined;
  /** Show the session countdown under this many ms left. @default 60000 */
  readonly countdownThresholdMs?: number | undefined;
  /**
   * Focus the start form's heading when `<SignIn>` first appears: right for a sign-in page; pass
   * `false` where the form is embedded in a longer page and must not pull focus (and scroll) on
   * load. Every later step, and the start form again after a restart, always takes focus.
   * @default true
   */
  readonly autoFocus?: boolean | undefined;
}

const selectStatus = (snapshot: SignInSnapshot): SignInStatus => snapshot.status;
/** The steps that can come right after the start form: the code, the method choice, the password. */
const STEPS_AFTER_START: readonly InteractiveStepName[] = [
  "SMS_MFA",
  "SMS_OTP",
  "EMAIL_OTP",
  "SOFTWARE_TOKEN_MFA",
  "SELECT_MFA_TYPE",
  "SELECT_CHALLENGE",
  "PASSWORD",
  "PASSWORD_SRP",
];

const selectStarting = (snapshot: SignInSnapshot): boolean =>
  snapshot.status === "idle" && snapshot.isPending;

/**
 * The whole sign-in in one tag, inside a `<SignInProvider>`: the start form while `idle`, the
 * screen of each step (`<ChallengeRouter>`) with the session countdown while a step waits, a
 * `signedIn` slot at the end, and the reason with "Start again" when the sign-in `failed`.
 *
 * @example
 * ```tsx
 * <SignInProvider options={{ userPoolId, clientId, authFlow: "USER_SRP_AUTH", transport }}>
 *   <SignIn signedIn={({ tokens }) => <App idToken={tokens.IdToken} />} />
 * </SignInProvider>
 * ```
 */
export function SignIn({
  authFlow: authFlowProp,
  needsPassword,
  passkey,
  passkeyAutofill,
  preferredChallenge,
  validateUsername,
  components,
  fallback,
  signedIn,
  countdownThresholdMs,
  autoFocus = true,
  ...props
}: SignInProps): JSX.Element {
  const flow = useSignInFlow();
  const authFlow = authFlowProp ?? flow.authFlow ?? "USER_SRP_AUTH";
  const status = useSignIn(selectStatus);
  // Once the sign-in has left the start form, coming back to it is a new step: focus it then.
  const [leftStart, setLeftStart] = useState(false);
  useEffect(() => {
    if (status !== "idle") setLeftStart(true);
  }, [status]);
  const starting = useSignIn(selectStarting);
  const { layers } = useProvidedChallengeComponents();
  // The screens that follow the start form are not in the initial bundle: fetch the default
  // ones the app does not replace while the start request runs, which takes at least one round
  // trip (two with SRP). A string, so the effect runs again only when that list changes.
  const layersInUse = [components, ...layers];
  const toFetch = STEPS_AFTER_START.filter((step) =>
    layersInUse.every((layer) => layer?.[step] === undefined),
  ).join(" ");
  useEffect(() => {
    if (!starting || toFetch === "") return;
    const steps = toFetch.split(" ") as InteractiveStepName[];
    preloadChallengeScreens(steps).catch(() => undefined);
  }, [starting, toFetch]);
  let content: ReactNode;
  if (status === "idle") {
    content = (
      <SignInStartScreen
        needsPassword={
          needsPassword ?? (authFlow === "USER_SRP_AUTH" || authFlow === "USER_PASSWORD_AUTH")
        }
        passkey={passkey ?? authFlow === "USER_AUTH"}
        passkeyAutofill={passkeyAutofill}
        preferredChallenge={preferredChallenge}
        validateUsername={validateUsername}
        focusOnMount={autoFocus || leftStart}
      />
    );
  } else if (status === "challenge") {
    content = (
      <>
        <ChallengeRouter components={components} fallback={fallback} />
        <StepCountdown thresholdMs={countdownThresholdMs} />
      </>
    );
  } else if (status === "signedIn") {
    content = <SignedIn render={signedIn} />;
  } else {
    content = <Failed />;
  }
  return renderPart(
    {
      tag: "div",
      data: { scope: SCOPE, part: "root", state: status },
      state: { status },
      props: {},
    },
    { ...props, children: content },
  );
}

function StepCountdown({ thresholdMs }: { readonly thresholdMs: number | undefined }): JSX.Element {
  const expiresAt = useSignIn((snapshot) => snapshot.expiresAt);
  const { restart } = useSignInActions();
  // The flow's own clock: `expiresAt` was measured with it (an emulator's clock in stories).
  const { now } = useSignInFlow();
  return (
    <SessionCountdown expiresAt={expiresAt} restart={restart} thresholdMs={thresholdMs} now={now} />
  );
}

function SignedIn({
  render,
}: {
  readonly render: ((details: SignedInDetails) => ReactNode) | undefined;
}): ReactNode {
  const details = useSignIn((snapshot) => ({ tokens: snapshot.tokens, device: snapshot.device }));
  if (render !== undefined && details.tokens !== undefined) {
    return render({ tokens: details.tokens, device: details.device });
  }
  return <SignedInHeading />;
}

function SignedInHeading(): JSX.Element {
  const { message } = useMessages();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <h2 ref={heading} tabIndex={-1} {...dataAttributes({ scope: SCOPE, part: "signed-in" })}>
      {message("signIn.signedInTitle")}
    </h2>
  );
}

function Failed(): JSX.Element {
  const messages = useMessages();
  const error = useSignIn((snapshot) => snapshot.error);
  const { restart } = useSignInActions();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} {...dataAttributes({ scope: SCOPE, part: "failed" })}>
      <h2
        id={headingId}
        ref={heading}
        tabIndex={-1}
        {...dataAttributes({ scope: SCOPE, part: "failed-title" })}
      >
        {messages.message("signIn.failedTitle")}
      </h2>
      <p role="alert" {...dataAttributes({ scope: SCOPE, part: "failed-reason" })}>
        {error === undefined ? "" : formatErrorText(error, messages)}
      </p>
      <button
        type="button"
        onClick={() => void restart()}
        {...dataAttributes({ scope: SCOPE, part: "restart" })}
      >
        {messages.message("common.restart")}
      </button>
    </section>
  );
}
