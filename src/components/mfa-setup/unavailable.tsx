import type { JSX } from "react";
import type { ChallengeProps } from "../../headless/challenge-props.types";
import { totpSetup } from "../messages/locales/en/totp-setup";
import { useAreaMessages } from "../messages/messages-provider";
import {
  ScreenDescription,
  type ScreenRenderState,
  ScreenRestart,
  ScreenTitle,
  useScreenIds,
} from "../shared/screen";
import { renderScreenRoot } from "../shared/screen-root";
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
  const { message } = useAreaMessages(totpSetup);
  const ids = useScreenIds();
  const submission = useChallengeSubmit({ respond, restart, isPending, error });
  const renderState: ScreenRenderState = {
    challengeName: challenge.name,
    isPending: submission.isPending,
    isInvalid: false,
    recovery: submission.error?.recovery,
  };
  return renderScreenRoot(
    {
      scope: "mfa-setup-unavailable",
      ids,
      renderState,
      texts: {
        title: message("mfaSetup.unavailableTitle"),
        description: message("mfaSetup.unavailable"),
        submit: message("common.restart"),
      },
      errorText: undefined,
      canRestart: true,
      restart: () => void submission.restart(),
      describe: true,
      tag: "section",
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
  );
}
