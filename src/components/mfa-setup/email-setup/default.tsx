import type { JSX } from "react";
import { Input, Label, Root, type RootProps } from "./email-setup";
import { Description, ErrorMessage, Restart, Status, Submit, Title } from "./screen-parts";

/** The ready-made email MFA set-up screen: every part in its default order. */
export function EmailSetupScreen(props: RootProps): JSX.Element {
  return (
    <Root {...props}>
      <Title />
      <Description />
      <Label />
      <Input />
      <ErrorMessage />
      <Submit />
      <Restart />
      <Status />
    </Root>
  );
}
