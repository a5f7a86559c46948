import { ChallengeError, isChallengeError } from "../errors/challenge-error";
import { ERROR_TABLE } from "../errors/error-table";

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
 */
export function toWebAuthnError(error: unknown): ChallengeError {
  if (isChallengeError(error)) return error;
  const name = errorName(error);
  const cause = errorCause(error);
  const causeName = errorName(cause);
  const code = webAuthnCode(error);
  if (
    code === "ERROR_CEREMONY_ABORTED" ||
    name === "NotAllowedError" ||
    name === "AbortError" ||
    causeName === "NotAllowedError" ||
    causeName === "AbortError"
  ) {
    return local("WebAuthnCancelled", error, causeName ?? name);
  }
  const message = error instanceof Error ? error.message : "";
  if (/not supported in this browser/i.test(message)) {
    return local("WebAuthnUnsupported", error, "NotSupported");
  }
  return local("WebAuthnFailed", error, code ?? causeName ?? name);
}

/** The error for a browser without WebAuthn (no `PublicKeyCredential`, not a secure context). */
export function webAuthnUnsupported(reason: string): ChallengeError {
  return new ChallengeError("WebAuthnUnsupported", ERROR_TABLE.WebAuthnUnsupported.message, {
    recovery: ERROR_TABLE.WebAuthnUnsupported.recovery,
    reason,
  });
}

function local(
  code: "WebAuthnCancelled" | "WebAuthnUnsupported" | "WebAuthnFailed",
  cause: unknown,
  reason: string | undefined,
): ChallengeError {
  const row = ERROR_TABLE[code];
  return new ChallengeError(code, row.message, {
    recovery: row.recovery,
    cause,
    ...(reason ? { reason } : {}),
  });
}

function errorName(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const name = (value as { name?: unknown }).name;
  return typeof name === "string" && name !== "" && name !== "Error" && name !== "WebAuthnError"
    ? name
    : undefined;
}

function errorCause(value: unknown): unknown {
  return typeof value === "object" && value !== null
    ? (value as { cause?: unknown }).cause
    : undefined;
}

/** SimpleWebAuthn's `WebAuthnError.code` (`ERROR_…`), read structurally so nothing is imported. */
function webAuthnCode(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const code = (value as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("ERROR_") ? code : undefined;
}
