import type { JSX } from "react";
import type { ChallengeProps } from "../../headless/challenge-props.types";
import { DontRemember, Remember, Root } from "./remember-device";
import { Description, ErrorMessage, Restart, Status, Title } from "./screen-parts";

/**
 * The ready-made REMEMBER_DEVICE screen `<ChallengeRouter>` shows: the parts in their default
 * order. Compose the parts yourself to change the order or swap elements (`asChild`).
 */
export function RememberDeviceScreen(props: ChallengeProps<"REMEMBER_DEVICE">): JSX.Element {
  return (
    <Root {...props}>
      <Title />
      <Description />
      <ErrorMessage />
      <Remember />
      <DontRemember />
      <Restart />
      <Status />
    </Root>
  );
}
