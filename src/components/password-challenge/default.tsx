import type { JSX } from "react";
import { Input, Label, Toggle } from "./field-parts";
import { type PasswordRootProps, Root } from "./root";
import { Description, ErrorMessage, Restart, Status, Submit, Title } from "./screen-parts";

/** The ready-made password screen (PASSWORD, PASSWORD_SRP): every part in its default order. */
export function PasswordChallengeScreen(props: PasswordRootProps): JSX.Element {
  return (
    <Root {...props}>
      <Title />
      <Description />
      <Label />
      <Input />
      <Toggle />
      <ErrorMessage />
      <Submit />
      <Status />
      <Restart />
    </Root>
  );
}
