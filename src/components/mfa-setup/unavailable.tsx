import type { JSX } from "react";
import type { ChallengeProps } from "../../headless/challenge-props.types";
import { useMessages } from "../messages/messages-provider";
import { renderPart } from "../shared/part";
import {
  partData,
  type ScreenContextValue,
  ScreenDescription,
  ScreenProvider,
  type ScreenRenderState,
  ScreenRestart,
  ScreenTitle,
  useScreenIds,
} from "../shared/screen";
import { useChallengeSubmit } from "../shared/use-challenge-submit";

/**
 * MFA_SETUP that only offers SMS: Cognito cannot set up text-message codes during a sign-in (a
 * phone number has to be added to the account first; protocol reference §3.7, and Amplify offers
 * only email and TOTP here). Says so, and offers "Start again" for after the number is added.
 *
 * @selector [data-scope="mfa-setup-unavailable"][data-part="root"]
 */
export function MfaSetupUnavailable({
  challenge,
  respond,
  isPending,
  error,
  restart,
}: ChallengeProps<"MFA_SETUP">): JSX.Element {
  const { message } = useMessages();
  const ids = useScreenIds();
  const submission = useChallengeSubmit({ respond, restart, isPending, error });
  const renderState: ScreenRenderState = {
    challengeName: challenge.name,
    isPending: submission.isPending,
    isInvalid: false,
    recovery: submission.error?.recovery,
  };
  const ctx: ScreenContextValue = {
    scope: "mfa-setup-unavailable",
    renderState,
    dataState: submission.isPending ? "pending" : "idle",
    flags: { pending: submission.isPending },
    ids,
    texts: {
      title: message("mfaSetup.unavailableTitle"),
      description: message("mfaSetup.unavailable"),
      submit: message("common.restart"),
    },
    errorText: undefined,
    canRestart: true,
    restart: () => void submission.restart(),
  };
  return (
    <ScreenProvider value={ctx}>
      {renderPart(
        {
          tag: "section",
          data: { ...partData(ctx, "root"), values: { challenge: challenge.name } },
          state: renderState,
          props: { "aria-labelledby": ids.title, "aria-describedby": ids.description },
        },
        {
          children: (
            <>
              <ScreenTitle />
              <ScreenDescription />
              <ScreenRestart />
            </>
          ),
        },
      )}
    </ScreenProvider>
  );
}
