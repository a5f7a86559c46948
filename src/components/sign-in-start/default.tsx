import type { JSX } from "react";
import {
  Passkey,
  Password,
  PasswordLabel,
  PasswordToggle,
  Username,
  UsernameLabel,
} from "./field-parts";
import { Root, type RootProps } from "./root";
import { ErrorMessage, Status, Submit, Title } from "./screen-parts";

/** Props of {@link SignInStartScreen}. */
export type SignInStartScreenProps = RootProps & {
  /** Offer "Sign in with a passkey" (USER_AUTH app clients). @default false */
  readonly passkey?: boolean | undefined;
  /** Move focus to the heading when the form appears (see `<SignIn autoFocus>`). @default true */
  readonly focusOnMount?: boolean | undefined;
};

/** The ready-made start form: username, password when needed, errors, Sign in, passkey. */
export function SignInStartScreen({
  passkey = false,
  focusOnMount = true,
  ...props
}: SignInStartScreenProps): JSX.Element {
  return (
    <Root {...props}>
      <Title focusOnMount={focusOnMount} />
      <UsernameLabel />
      <Username />
      <PasswordLabel />
      <Password />
      <PasswordToggle />
      <ErrorMessage />
      <Submit />
      {passkey ? <Passkey /> : null}
      <Status />
    </Root>
  );
}
