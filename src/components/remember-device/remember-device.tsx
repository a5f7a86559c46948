import { type JSX, type ReactNode, useRef } from "react";
import { useForm } from "react-hook-form";
import type { ChallengeProps } from "../../headless/challenge-props.types";
import { rememberDevice } from "../messages/locales/en/remember-device";
import { useAreaMessages, useMessages } from "../messages/messages-provider";
import { formatErrorText } from "../shared/error-message";
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

const SCOPE = "remember-device";

/** Render state of the RememberDevice step, handed to `className`/`style` functions. */
export interface RememberDeviceRenderState extends ScreenRenderState {
  /** The answer being sent: `true` (remember), `false` (not now), `undefined` before a click. */
  readonly choice: boolean | undefined;
}

/** Props of {@link Root}: the step's `ChallengeProps` plus the form's own props. */
export type RootProps = ChallengeProps<"REMEMBER_DEVICE"> &
  Omit<PartProps<"form", RememberDeviceRenderState>, "children"> & {
    readonly children?: ReactNode;
  };

/** The screen, with the Root's `choose`: which button was pressed (its click comes just before the form's submit). */
function useRememberDevice(
  part: string,
): ScreenContextValue<RememberDeviceRenderState, (remember: boolean) => void> {
  return useScreenContext(`RememberDevice.${part}`, SCOPE);
}

/**
 * The REMEMBER_DEVICE step: a `<form method="post">` whose two submit buttons answer
 * `{ remember: true }` and `{ remember: false }`. Shown after a sign-in on a device Cognito
 * tracks in "user opt-in" mode (protocol reference §5 step 3); `true` makes the flow call
 * UpdateDeviceStatus(remembered), so later sign-ins here can skip MFA.
 *
 * @selector [data-scope="remember-device"][data-part="root"][data-challenge="REMEMBER_DEVICE"]
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
  const messages = useAreaMessages(rememberDevice);
  const { message } = messages;
  const ids = useScreenIds();
  const form = useForm();
  const submission = useChallengeSubmit({ respond, restart, isPending, error });
  // Which button was pressed: set by the button's click, read by the form's submit that follows.
  const choice = useRef<boolean | undefined>(undefined);
  const sent = useRef<boolean | undefined>(undefined);

  const errorText =
    submission.error === undefined ? undefined : formatErrorText(submission.error, messages);
  const renderState: RememberDeviceRenderState = {
    challengeName: challenge.name,
    isPending: submission.isPending,
    isInvalid: errorText !== undefined,
    recovery: submission.error?.recovery,
    choice: submission.isPending ? sent.current : undefined,
  };
  const choose = (remember: boolean): void => {
    choice.current = remember;
  };

  const onSubmit = form.handleSubmit(async () => {
    // A submit without a button (requestSubmit from a script) means the default button: remember.
    const remember = choice.current ?? true;
    choice.current = undefined;
    sent.current = remember;
    await submission.submit({ remember });
  });

  return renderScreenRoot(
    {
      scope: SCOPE,
      own: choose,
      ids,
      renderState,
      texts: {
        title: message("rememberDevice.title"),
        description: message("rememberDevice.description"),
        submit: message("rememberDevice.remember"),
      },
      errorText,
      restart: () => void submission.restart(),
      describe: true,
      onSubmit,
    },
    { ...props, children },
  );
}

function ChoiceButton({
  remember,
  part,
  label,
  props,
}: {
  readonly remember: boolean;
  readonly part: string;
  readonly label: string;
  readonly props: PartProps<"button", RememberDeviceRenderState>;
}): JSX.Element {
  const ctx = useRememberDevice(part);
  const { isPending, choice } = ctx.renderState;
  return renderScreenPart(
    ctx,
    "button",
    part,
    {
      type: "submit",
      name: "remember",
      value: remember ? "yes" : "no",
      // aria-disabled keeps focus on the button while pending; the click is refused then.
      ...busyButtonProps(isPending, () => ctx.own(remember)),
      children: label,
    },
    props,
    { disabled: isPending, active: isPending && choice === remember },
  );
}

/** Submits `{ remember: true }`. The form's default button (first in the default layout). */
export function Remember(props: PartProps<"button", RememberDeviceRenderState>): JSX.Element {
  const { message } = useMessages();
  return (
    <ChoiceButton
      remember
      part="remember"
      label={message("rememberDevice.remember")}
      props={props}
    />
  );
}

/** Submits `{ remember: false }`: the device stays unremembered (not forgotten). */
export function DontRemember(props: PartProps<"button", RememberDeviceRenderState>): JSX.Element {
  const { message } = useMessages();
  return (
    <ChoiceButton
      remember={false}
      part="dont-remember"
      label={message("rememberDevice.dontRemember")}
      props={props}
    />
  );
}
