import { ChallengeError, isChallengeError } from "../errors/challenge-error";

/**
 * A browser WebAuthn failure → `ChallengeError` (protocol reference §7, "Browser-side errors").
 *
 * - `WebAuthnCancelled` (retry): the person dismissed the prompt or it timed out
 *   (`NotAllowedError`), or the ceremony was aborted (`AbortError`). @simplewebauthn/browser wraps
 *   both in a `WebAuthnError` whose `code` is `ERROR_PASSTHROUGH_SEE_CAUSE_PROPERTY` /
 *   `ERROR_CEREMONY_ABORTED` and whose `cause` is the browser's `DOMException`.
 * - `WebAuthnUnsupported` (restart): no WebAuthn here (`NotSupportedError` from a missing API, or
 *   SimpleWebAuthn's "not supported in this browser").
 * - `WebAuthnFailed` (retry): anything else (wrong RP ID, an authenticator error, a credential
 *   already registered); the browser's error is kept as `cause`, `reason` says which.
 *
 * The browser's message is not repeated (it may name the site or the authenticator).
 */
export function toWebAuthnError(error: unknown): ChallengeError {
  if (isChallengeError(error)) return error;
  const { name, cause, code, message } = fields(error);
  const causeName = fields(cause).name;
  const cancelled = (n?: string): boolean => n === "NotAllowedError" || n === "AbortError";
  if (code === "ERROR_CEREMONY_ABORTED" || cancelled(name) || cancelled(causeName)) {
    return webAuthnError("WebAuthnCancelled", causeName ?? name, error);
  }
  if (/not supported in this browser/i.test(message ?? "")) {
    return webAuthnError("WebAuthnUnsupported", "NotSupported", error);
  }
  return webAuthnError("WebAuthnFailed", code ?? causeName ?? name, error);
}

/**
 * A WebAuthn `ChallengeError` with its table recovery; `reason` says which check or browser error.
 * `WebAuthnUnsupported` without a cause is a browser without WebAuthn (`NoWebAuthn`, not a secure
 * context: `InsecureContext`, the library not loadable: `LibraryNotLoaded`).
 */
export function webAuthnError(
  code: "WebAuthnCancelled" | "WebAuthnUnsupported" | "WebAuthnFailed",
  reason?: string,
  cause?: unknown,
): ChallengeError {
  return new ChallengeError(code, code, { reason: reason || undefined, cause });
}

/**
 * The `name` (not the uninformative `Error` / `WebAuthnError`), SimpleWebAuthn's `code`
 * (`ERROR_…`), `message` and `cause` of a thrown value, read structurally so nothing is imported.
 */
function fields(value: unknown): {
  name?: string;
  code?: string;
  message?: string;
  cause?: unknown;
} {
  if (typeof value !== "object" || value === null) return {};
  const { name, code, message, cause } = value as Record<string, unknown>;
  return {
    ...(typeof name === "string" && !["", "Error", "WebAuthnError"].includes(name) ? { name } : {}),
    ...(typeof code === "string" && code.startsWith("ERROR_") ? { code } : {}),
    ...(typeof message === "string" ? { message } : {}),
    cause,
  };
}
