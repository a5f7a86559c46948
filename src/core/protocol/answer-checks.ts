import { ChallengeError, type Recovery } from "../errors/challenge-error";
import { isHex } from "../util/encoding";
import { normalizeCode } from "./normalize-code";
import { asRecord, text } from "./parse-parameters";

/**
 * Checks on answers before anything is sent. A failure is a `ChallengeError` with code
 * `InvalidAnswer`: recovery `retry` for what a person typed (they can correct it), `restart` for
 * values the flow computed or was configured with (an SRP value, the username to answer with),
 * where typing again cannot help. Messages never repeat the value.
 */
const MESSAGES: Readonly<Record<string, string>> = {
  EmptyCode: "Enter the code.",
  NonNumericCode: "The code can only contain digits.",
  EmptyPassword: "Enter a password.",
  EmptyNewPassword: "Enter a new password.",
  EmptyUsername: "Enter a username.",
  EmptyEmail: "Enter an email address.",
  InvalidEmail: "Enter a valid email address.",
  EmptyAnswer: "Enter an answer.",
  UnknownOption: "Choose one of the offered options.",
  InvalidCredential: "The passkey answer is incomplete.",
};

/** Refuses an answer; `field` names what the flow supplied when the reason is not one a person causes. */
export function invalidAnswer(reason: string, field?: string): never {
  throw new ChallengeError("InvalidAnswer", MESSAGES[reason] ?? `${field} is missing or invalid.`, {
    recovery: (field === undefined ? "retry" : "restart") satisfies Recovery,
    reason,
  });
}

/** An answer object from an untyped caller: anything but an object reads as empty. */
export function fields(input: unknown): Readonly<Record<string, unknown>> {
  return asRecord(input) ?? {};
}

/** A delivered or TOTP code: pasted separators removed, then digits only. */
export function numericCode(value: unknown): string {
  const code = typeof value === "string" ? normalizeCode(value) : "";
  if (code === "") invalidAnswer("EmptyCode");
  return /^[0-9]+$/.test(code) ? code : invalidAnswer("NonNumericCode");
}

/** A password as typed: sent byte for byte (Cognito passwords may hold spaces); only empty is refused. */
export function password(value: unknown, reason = "EmptyPassword"): string {
  return text(value) ?? invalidAnswer(reason);
}

/** SRP_A from the SRP step: hex, never typed by a person. */
export function srpA(value: unknown): string {
  return typeof value === "string" && isHex(value) ? value : invalidAnswer("InvalidSrpA", "SRP_A");
}

/** The three fields of an SRP proof (protocol reference §3.1, §3.13). */
export function passwordClaim(input: unknown): Record<string, string> {
  const claim = fields(input);
  const field = (value: unknown) =>
    text(value) ?? invalidAnswer("InvalidPasswordClaim", "The password claim");
  return {
    PASSWORD_CLAIM_SECRET_BLOCK: field(claim.secretBlock),
    PASSWORD_CLAIM_SIGNATURE: field(claim.signature),
    TIMESTAMP: field(claim.timestamp),
  };
}

/** An email address for email MFA set-up: trimmed, one `@` with text on both sides, no spaces. */
export function email(value: unknown): string {
  const address = typeof value === "string" ? value.trim() : "";
  if (address === "") invalidAnswer("EmptyEmail");
  return /^[^\s@]+@[^\s@]+$/.test(address) ? address : invalidAnswer("InvalidEmail");
}

/** One of a fixed set of options (an MFA factor, a first factor). */
export function option<T extends string>(value: unknown, options: readonly T[]): T {
  return options.includes(value as T) ? (value as T) : invalidAnswer("UnknownOption");
}
