import type { JSX } from "react";
import { useMessages } from "../messages/messages-provider";
import { dataAttributes } from "../shared/data-attributes";
import { useFocusOnMount } from "../shared/use-focus-on-mount";
import type { UnknownChallengeProps } from "./challenge-components";

const SCOPE = "challenge-router";

/**
 * What `<ChallengeRouter>` shows for a challenge name this library does not know (Cognito added
 * one, or a trigger misbehaves): an alert that names it, focus on its heading, and "Start again".
 * Never a blank screen, never the sign-in form shown silently again. Replace it with the router's
 * or the provider's `fallback`.
 *
 * @selector [data-scope="challenge-router"][data-part="fallback"][data-challenge]
 */
export function UnknownChallengeFallback({
  challenge,
  restart,
}: UnknownChallengeProps): JSX.Element {
  const { message } = useMessages();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div
      role="alert"
      {...dataAttributes({ scope: SCOPE, part: "fallback", values: { challenge: challenge.name } })}
    >
      <h2 ref={heading} tabIndex={-1} {...dataAttributes({ scope: SCOPE, part: "fallback-title" })}>
        {message("router.unknownTitle")}
      </h2>
      <p {...dataAttributes({ scope: SCOPE, part: "fallback-description" })}>
        {message("router.unknown", { name: challenge.name })}
      </p>
      <button
        type="button"
        onClick={() => void restart()}
        {...dataAttributes({ scope: SCOPE, part: "fallback-restart" })}
      >
        {message("common.restart")}
      </button>
    </div>
  );
}
