import type { JSX } from "react";
import { Description, ErrorMessage, Restart, Status, Submit, Title } from "./screen-parts";
import { Group, Root, type RootProps } from "./setup-choice";

/** The ready-made choice between an authenticator app and email: every part in order. */
export function MfaSetupChoiceScreen(props: RootProps): JSX.Element {
  return (
    <Root {...props}>
      <Title />
      <Description />
      <Group />
      <ErrorMessage />
      <Submit />
      <Restart />
      <Status />
    </Root>
  );
}
