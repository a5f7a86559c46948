import { ChallengeError } from "../errors/challenge-error";
import { numericCode } from "../protocol/answer-checks";
import { text } from "../protocol/parse-parameters";
import { buildTotpUri } from "../protocol/totp-uri";
import type { FlowDeps } from "./sign-in.deps";
import { expiredSessionError, missing } from "./sign-in.errors";
import type { SignInEffectEvent, SignInTask } from "./sign-in.state";

/**
 * TOTP set-up during MFA_SETUP (protocol reference §6.1). Loaded on demand
 * (`on-demand-steps.ts`): a person sets up an authenticator app once.
 */

type Task<K extends SignInTask["kind"]> = Extract<SignInTask, { kind: K }>;

/** §9: refuse to send a Session past its expiry (the person may have been slow, or a prompt was). */
function assertFresh(task: Task<"associateTotp" | "verifyTotp">, deps: FlowDeps): void {
  if (deps.now() >= (task.expiresAt ?? Number.POSITIVE_INFINITY)) throw expiredSessionError();
}

/** §6.1 step 1: AssociateSoftwareToken with the MFA_SETUP Session; the otpauth URI for the QR code. */
export async function associateTotp(
  task: Task<"associateTotp">,
  deps: FlowDeps,
  signal: AbortSignal,
): Promise<SignInEffectEvent> {
  assertFresh(task, deps);
  const answer = await deps.transport.associateSoftwareToken({ Session: task.session }, { signal });
  const secretCode = text(answer?.SecretCode);
  const session = text(answer?.Session);
  if (!secretCode || !session) throw missing("AssociateSoftwareToken SecretCode or Session");
  // The account is the name the person typed: the one they know themselves by (§6.3).
  const issuer = deps.totpIssuer;
  const accountName = task.names.typed;
  const uri = buildTotpUri({ secretCode, issuer, accountName });
  return {
    type: "TOTP_ASSOCIATED",
    generation: task.generation,
    totp: { secretCode, uri, issuer, accountName },
    session,
    expiresAt: deps.now() + deps.sessionValidityMs,
  };
}

/**
 * §6.1 step 3: VerifySoftwareToken with the Associate Session. A wrong code throws
 * (EnableSoftwareTokenMFAException, CodeMismatchException) or, in some client code's experience,
 * answers `Status: "ERROR"` (§13.11): both are a wrong code with recovery `retry`, and the newest
 * Session is the one to answer with next time (§1).
 */
export async function verifyTotp(
  task: Task<"verifyTotp">,
  deps: FlowDeps,
  signal: AbortSignal,
): Promise<SignInEffectEvent> {
  assertFresh(task, deps);
  const { friendlyDeviceName: FriendlyDeviceName, generation } = task;
  const answer = await deps.transport.verifySoftwareToken(
    {
      Session: task.session,
      // Checked by the reducer already; normalised again for callers of runTask.
      UserCode: numericCode(task.code),
      ...(FriendlyDeviceName ? { FriendlyDeviceName } : {}),
    },
    { signal },
  );
  const session = text(answer?.Session);
  const fresh = session ? { session, expiresAt: deps.now() + deps.sessionValidityMs } : undefined;
  if (answer?.Status === "ERROR") {
    const error = new ChallengeError("EnableSoftwareTokenMFAException", "Status ERROR", {
      reason: "StatusError",
    });
    return { type: "FAILED", generation, error, ...fresh };
  }
  if (!fresh) throw missing("VerifySoftwareToken Session", "MissingSession");
  return { type: "TOTP_VERIFIED", generation, ...fresh };
}
