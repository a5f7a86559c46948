"use client";
/**
 * PasswordChallenge: PASSWORD and PASSWORD_SRP (SRP runs in the flow; this is a plain field).
 *
 * @example
 * ```tsx
 * <PasswordChallenge.Root {...props}>
 *   <PasswordChallenge.Title />
 *   <PasswordChallenge.Label />
 *   <PasswordChallenge.Input />
 *   <PasswordChallenge.Toggle />
 *   <PasswordChallenge.Error />
 *   <PasswordChallenge.Submit />
 * </PasswordChallenge.Root>
 * ```
 */
export { PasswordChallengeScreen as Default, PasswordChallengeScreen } from "./default";
export { Input, Label, Toggle } from "./field-parts";
export type { PasswordChallengeName, PasswordRenderState } from "./password-context";
export { PASSWORD_SCOPE, type PasswordRootProps, Root } from "./root";
export {
  Description,
  ErrorMessage as Error,
  Restart,
  Status,
  Submit,
  Title,
} from "./screen-parts";
