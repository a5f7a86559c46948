import type { JSX } from "react";
import type { ChallengeProps } from "../../headless/challenge-props.types";
import { Input, Label, Parameters, Root } from "./custom-challenge";
import { ErrorMessage, Restart, Status, Submit, Title } from "./screen-parts";

/**
 * The generic CUSTOM_CHALLENGE screen `<ChallengeRouter>` shows: the trigger's public
 * parameters as text and one answer field. Most apps replace it with a screen that knows their
 * trigger (see docs/components-b.md, "Replacing the custom challenge").
 */
export function CustomChallengeScreen(props: ChallengeProps<"CUSTOM_CHALLENGE">): JSX.Element {
  return (
    <Root {...props}>
      <Title />
      <Parameters />
      <Label />
      <Input />
      <ErrorMessage />
      <Submit />
      <Restart />
      <Status />
    </Root>
  );
}
