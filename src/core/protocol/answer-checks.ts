import { ChallengeError } from "../errors/challenge-error";
import { isHex } from "../util/encoding";
import { normalizeCode } from "./normalize-code";
import { asRecord, isString, text } from "./parse-parameters";

/**
 * Checks on answers before anything is sent, shared by the response builders and the flow's
 * reducer (which runs them synchronously, so a bad answer never leaves the page). A failure is a
 * `ChallengeError` with code `InvalidAnswer`, the check in `reason` (and as the message: the UI
 * shows its own text for the code). Recovery `retry` for what a person typed (they can correct
 * it); `restart` (`computed`) for values the flow computed or was configured with (an SRP value,
 * the username to answer with), where typing again cannot help. Never repeats the value.
 */
export function answerError(reason: string, computed?: boolean): ChallengeError {
  return new ChallengeError("InvalidAnswer", reason, {
    reason,
    recovery: computed ? "restart" : undefined,
  });
}

/** Throws `answerError(reason, computed)`. */
export function invalidAnswer(reason: string, computed?: boolean): never {
  throw answerError(reason, computed);
}

/** An answer object from an untyped caller: anything but an object reads as empty. */
export function fields(input: unknown): Readonly<Record<string, unknown>> {
  return asRecord(input) ?? {};
}

/** A delivered or TOTP code: pasted separators removed, then digits only. */
export function numericCode(value: unknown): string {
  const code = normalizeCode(value as string);
  return /^\d+$/.test(code) ? code : invalidAnswer(code ? "NonNumericCode" : "EmptyCode");
}

/** A password as typed: sent byte for byte (Cognito passwords may hold spaces); only empty is refused. */
export function password(value: unknown, reason = "EmptyPassword"): string {
  return text(value) ?? invalidAnswer(reason);
}

/** SRP_A from the SRP step: hex, never typed by a person. */
export function srpA(value: unknown): string {
  return isString(value) && isHex(value) ? value : invalidAnswer("InvalidSrpA", true);
}

/** An email address for email MFA set-up: trimmed, one `@` with text on both sides, no spaces. */
export function email(value: unknown): string {
  const address = isString(value) ? value.trim() : "";
  return /^[^\s@]+@[^\s@]+$/.test(address)
    ? address
    : invalidAnswer(address ? "InvalidEmail" : "EmptyEmail");
}

/** One of a set of options (an MFA factor, a first factor: the ones offered, or all known). */
export function option<T extends string>(value: unknown, options: readonly T[]): T {
  return options.includes(value as T) ? (value as T) : invalidAnswer("UnknownOption");
}
