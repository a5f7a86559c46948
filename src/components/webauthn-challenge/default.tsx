import type { JSX } from "react";
import { Description, ErrorMessage, Restart, Title } from "./screen-parts";
import { OtherMethod, Prompt, Root, type RootProps, Status } from "./webauthn-challenge";

/** The ready-made passkey screen (WEB_AUTHN): every part in its default order. */
export function WebAuthnChallengeScreen(props: RootProps): JSX.Element {
  return (
    <Root {...props}>
      <Title />
      <Description />
      <ErrorMessage />
      <Prompt />
      <OtherMethod />
      <Restart />
      <Status />
    </Root>
  );
}
