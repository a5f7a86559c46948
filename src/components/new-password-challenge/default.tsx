import type { JSX } from "react";
import { Attributes } from "./attributes";
import { Field, Toggle } from "./field-parts";
import { Policy } from "./policy";
import { type NewPasswordRootProps, Root } from "./root";
import { Description, ErrorMessage, Restart, Status, Submit, Title } from "./screen-parts";

/** The ready-made NEW_PASSWORD_REQUIRED screen: every part in its default order. */
export function NewPasswordChallengeScreen(props: NewPasswordRootProps): JSX.Element {
  return (
    <Root {...props}>
      <Title />
      <Description />
      <Field name="newPassword" />
      <Policy />
      <Field name="confirmPassword" />
      <Toggle />
      <Attributes />
      <ErrorMessage />
      <Submit />
      <Status />
      <Restart />
    </Root>
  );
}
