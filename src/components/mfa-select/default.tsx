import type { JSX } from "react";
import { Group } from "./group-parts";
import { type MfaSelectRootProps, Root } from "./root";
import { Description, ErrorMessage, Restart, Status, Submit, Title } from "./screen-parts";

/** The ready-made SELECT_MFA_TYPE / SELECT_CHALLENGE screen. */
export function MfaSelectScreen(props: MfaSelectRootProps): JSX.Element {
  const hasOptions = props.challenge.options.length > 0;
  return (
    <Root {...props}>
      <Title />
      {hasOptions ? null : <Description />}
      <Group />
      <ErrorMessage />
      {hasOptions ? <Submit /> : null}
      <Status />
      <Restart />
    </Root>
  );
}
