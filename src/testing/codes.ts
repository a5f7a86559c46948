/**
 * One-time codes sent by SMS or email: generated (random digits, or the emulator's fixed code),
 * "delivered" to the outbox, announced with a masked destination as Cognito does.
 */
import type { Env } from "./env";
import { newNumericCode } from "./ids";
import { maskEmail, maskPhone } from "./model/mask";
import type { UserState } from "./model/types";
import type { OutboxMessage } from "./outbox";

/**
 * Digits of a generated code. Passwordless sign-in codes (EMAIL_OTP / SMS_OTP as the first factor
 * of USER_AUTH) are 8 digits on AWS and cannot be configured: "currently fixed at an 8 digit PIN"
 * (aws-amplify/amplify-js#14428, confirmed by a maintainer). MFA codes (SMS_MFA, EMAIL_OTP after a
 * password) and the code of email MFA set-up stay 6 digits.
 */
function codeDigits(purpose: OutboxMessage["purpose"]): number {
  return purpose === "SIGN_IN" ? 8 : 6;
}

/** How long a delivered code stays valid on the emulator clock (MFA and sign-in codes). */
export const CODE_VALIDITY_MS = 3 * 60_000;

/**
 * Wrong codes a Session survives: the first two wrong codes answer CodeMismatchException and keep
 * the Session; the third ends it with NotAuthorizedException "Invalid session for the user."
 * (Cognito's number is undocumented, protocol reference §13.4.)
 */
export const MAX_CODE_ATTEMPTS = 3;

export interface DeliveredCode {
  readonly code: string;
  readonly expiresAt: number;
  readonly destination: string;
  readonly parameters: {
    readonly CODE_DELIVERY_DELIVERY_MEDIUM: "SMS" | "EMAIL";
    readonly CODE_DELIVERY_DESTINATION: string;
  };
}

export function deliverCode(
  env: Env,
  user: UserState,
  medium: "SMS" | "EMAIL",
  purpose: OutboxMessage["purpose"],
  destination: string,
): DeliveredCode {
  const code = env.code ?? newNumericCode(codeDigits(purpose));
  const now = env.clock.now();
  env.outbox.push({
    username: user.username,
    medium,
    destination,
    code,
    at: new Date(now).toISOString(),
    purpose,
  });
  return {
    code,
    expiresAt: now + CODE_VALIDITY_MS,
    destination,
    parameters: {
      CODE_DELIVERY_DELIVERY_MEDIUM: medium,
      CODE_DELIVERY_DESTINATION: medium === "SMS" ? maskPhone(destination) : maskEmail(destination),
    },
  };
}
