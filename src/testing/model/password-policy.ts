/** The pool's password policy and Cognito's InvalidPasswordException messages. */
import { EmulatorError } from "../errors";
import type { PasswordPolicy } from "./types";

export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = {
  MinimumLength: 8,
  RequireUppercase: true,
  RequireLowercase: true,
  RequireNumbers: true,
  RequireSymbols: true,
  TemporaryPasswordValidityDays: 7,
};

// Cognito's special characters for RequireSymbols.
const SYMBOLS = /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+\- ]/;

/** Throws InvalidPasswordException with Cognito's message for the first rule the password breaks. */
export function checkPasswordPolicy(policy: PasswordPolicy, password: string): void {
  const fail = (reason: string): never => {
    throw new EmulatorError(
      "InvalidPasswordException",
      `Password did not conform with policy: ${reason}`,
    );
  };
  if (password.length < policy.MinimumLength) fail("Password not long enough");
  if (password.length > 256) fail("Password must have less than 256 characters");
  if (policy.RequireLowercase && !/[a-z]/.test(password)) {
    fail("Password must have lowercase characters");
  }
  if (policy.RequireUppercase && !/[A-Z]/.test(password)) {
    fail("Password must have uppercase characters");
  }
  if (policy.RequireNumbers && !/[0-9]/.test(password))
    fail("Password must have numeric characters");
  if (policy.RequireSymbols && !SYMBOLS.test(password))
    fail("Password must have symbol characters");
}
