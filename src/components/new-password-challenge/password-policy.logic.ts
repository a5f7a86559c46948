/**
 * A user pool's password policy, shaped like Cognito's `PasswordPolicyType` (DescribeUserPool's
 * `Policies.PasswordPolicy`), so an app can pass what it read from Cognito or its own config.
 */
export interface PasswordPolicy {
  readonly MinimumLength?: number | undefined;
  readonly RequireUppercase?: boolean | undefined;
  readonly RequireLowercase?: boolean | undefined;
  readonly RequireNumbers?: boolean | undefined;
  readonly RequireSymbols?: boolean | undefined;
}

/** One line of the checklist. */
export type PolicyRule = "minLength" | "uppercase" | "lowercase" | "number" | "symbol";

/** One rule and whether the password meets it. */
export interface PolicyCheck {
  readonly rule: PolicyRule;
  readonly met: boolean;
  /** For `minLength`: the length required. */
  readonly count?: number;
}

/**
 * The characters Cognito counts as symbols: `^ $ * . [ ] { } ( ) ? - " ! @ # % & / \ , > < ' :
 * ; | _ ~ ` + =`, plus a space that is neither first nor last (Cognito developer guide, "User
 * pool password requirements"). Letters and digits are the basic Latin ones Cognito checks.
 */
const SYMBOLS = new Set("^$*.[]{}()?-\"!@#%&/\\,><':;|_~`+=");

function hasSymbol(password: string): boolean {
  for (const [index, char] of [...password].entries()) {
    if (SYMBOLS.has(char)) return true;
    if (char === " " && index > 0 && index < [...password].length - 1) return true;
  }
  return false;
}

/**
 * Checks `password` against each rule `policy` turns on, in the checklist's order. Length is
 * counted in Unicode code points, as people count characters.
 */
export function checkPasswordPolicy(password: string, policy: PasswordPolicy): PolicyCheck[] {
  const checks: PolicyCheck[] = [];
  if (policy.MinimumLength !== undefined && policy.MinimumLength > 0) {
    checks.push({
      rule: "minLength",
      met: [...password].length >= policy.MinimumLength,
      count: policy.MinimumLength,
    });
  }
  if (policy.RequireUppercase === true)
    checks.push({ rule: "uppercase", met: /[A-Z]/.test(password) });
  if (policy.RequireLowercase === true)
    checks.push({ rule: "lowercase", met: /[a-z]/.test(password) });
  if (policy.RequireNumbers === true) checks.push({ rule: "number", met: /[0-9]/.test(password) });
  if (policy.RequireSymbols === true) checks.push({ rule: "symbol", met: hasSymbol(password) });
  return checks;
}
