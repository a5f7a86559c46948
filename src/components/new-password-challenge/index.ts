"use client";
export { Attributes, type AttributesProps } from "./attributes";
/**
 * NewPasswordChallenge: NEW_PASSWORD_REQUIRED, with the live policy checklist and the required
 * attributes.
 *
 * @example
 * ```tsx
 * <NewPasswordChallenge.Root {...props} passwordPolicy={{ MinimumLength: 12, RequireNumbers: true }}>
 *   <NewPasswordChallenge.Title />
 *   <NewPasswordChallenge.Field name="newPassword" />
 *   <NewPasswordChallenge.Policy />
 *   <NewPasswordChallenge.Field name="confirmPassword" />
 *   <NewPasswordChallenge.Attributes />
 *   <NewPasswordChallenge.Error />
 *   <NewPasswordChallenge.Submit />
 * </NewPasswordChallenge.Root>
 * ```
 */
export {
  type AttributeSpec,
  attributeSpec,
  isValidAttributeValue,
  STANDARD_ATTRIBUTES,
  toAttributeAnswer,
} from "./attributes.logic";
export { NewPasswordChallengeScreen as Default, NewPasswordChallengeScreen } from "./default";
export {
  Attribute,
  type AttributeProps,
  Field,
  FieldError,
  type FieldProps,
  Hint,
  Input,
  Label,
  Toggle,
} from "./field-parts";
export type { NewPasswordFieldKey, NewPasswordRenderState } from "./new-password-context";
export {
  checkPasswordPolicy,
  type PasswordPolicy,
  type PolicyCheck,
  type PolicyRule,
} from "./password-policy.logic";
export { Policy, PolicyItem, type PolicyItemProps, type PolicyProps } from "./policy";
export {
  NEW_PASSWORD_SCOPE,
  type NewPasswordRootProps,
  type NewPasswordValidators,
  Root,
} from "./root";
export {
  Description,
  ErrorMessage as Error,
  Restart,
  Status,
  Submit,
  Title,
} from "./screen-parts";
