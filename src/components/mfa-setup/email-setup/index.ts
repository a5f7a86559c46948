"use client";
/**
 * EmailSetup: MFA_SETUP by email. Answers `{ email }`; Cognito then sends a code, asked for on
 * the next step (EMAIL_OTP).
 *
 * @example
 * ```tsx
 * <EmailSetup.Root {...props}>
 *   <EmailSetup.Title />
 *   <EmailSetup.Label />
 *   <EmailSetup.Input />
 *   <EmailSetup.Error />
 *   <EmailSetup.Submit />
 * </EmailSetup.Root>
 * ```
 */
export { EmailSetupScreen as Default, EmailSetupScreen } from "./default";
export {
  EMAIL_SETUP_SCOPE,
  type EmailSetupRenderState,
  Input,
  Label,
  Root,
  type RootProps,
} from "./email-setup";
export {
  Description,
  ErrorMessage as Error,
  Restart,
  Status,
  Submit,
  Title,
} from "./screen-parts";
