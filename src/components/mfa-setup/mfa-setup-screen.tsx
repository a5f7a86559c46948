import type { JSX } from "react";
import type { ChallengeProps } from "../../headless/challenge-props.types";
import { EmailSetupScreen } from "./email-setup/default";
import { getMfaSetupView } from "./mfa-setup.logic";
import { MfaSetupChoiceScreen } from "./setup-choice/default";
import { TotpSetupScreen } from "./totp-setup/default";
import { MfaSetupUnavailable } from "./unavailable";

/**
 * The MFA_SETUP screen `<ChallengeRouter>` shows. It follows the challenge: the choice while
 * both an authenticator app and email are possible and nothing is selected, then the set-up of
 * the selected (or only) factor, or an explanation when only SMS is offered. Each view is its own
 * component, so moving from the choice to a set-up mounts a new screen and focus moves to its
 * heading.
 */
export function MfaSetupScreen(props: ChallengeProps<"MFA_SETUP">): JSX.Element {
  switch (getMfaSetupView(props.challenge)) {
    case "choose":
      return <MfaSetupChoiceScreen {...props} />;
    case "totp":
      return <TotpSetupScreen {...props} />;
    case "email":
      return <EmailSetupScreen {...props} />;
    case "unavailable":
      return <MfaSetupUnavailable {...props} />;
  }
}
