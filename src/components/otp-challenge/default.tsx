import type { JSX } from "react";
import { Field, Input, Label, Progress, Slots } from "./field-parts";
import { Resend, ResendStatus } from "./resend";
import { type OtpRootProps, Root } from "./root";
import { Description, ErrorMessage, Restart, Status, Submit, Title } from "./screen-parts";

/**
 * The ready-made OTP screen: every part in its default order. The router uses it for
 * SMS_MFA, SMS_OTP, EMAIL_OTP and SOFTWARE_TOKEN_MFA; pass `autoSubmit` or
 * `resendCooldownMs` through it.
 */
export function OtpChallengeScreen(props: OtpRootProps): JSX.Element {
  const offersResend = props.challenge.name !== "SOFTWARE_TOKEN_MFA";
  return (
    <Root {...props}>
      <Title />
      <Description />
      <Label />
      <Field>
        <Input />
        <Slots />
      </Field>
      <Progress />
      <ErrorMessage />
      <Submit />
      <Status />
      {offersResend ? (
        <>
          <Resend />
          <ResendStatus />
        </>
      ) : (
        <Restart />
      )}
    </Root>
  );
}
