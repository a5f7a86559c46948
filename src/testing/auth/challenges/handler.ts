/** The shape of one RespondToAuthChallenge handler, and helpers they share. */
import { MAX_CODE_ATTEMPTS } from "../../codes";
import type { Env } from "../../env";
import { EmulatorError, invalidParameter, keepSession, notAuthorized } from "../../errors";
import { INVALID_SESSION, type SessionRecord } from "../../sessions";
import type { AuthContext, Step, StepName } from "../context";
import type { AuthResult } from "../issue";

/**
 * `ctx` is the Session's context with this request's DEVICE_KEY and ClientMetadata; `record` is
 * the Session itself (its step, its wrong-answer count).
 */
export type ChallengeHandler = (
  env: Env,
  record: SessionRecord,
  responses: Readonly<Record<string, string>>,
  ctx: AuthContext,
) => Promise<AuthResult>;

/** The Session's step, narrowed to the one a handler is registered for. */
export function stepOf<N extends StepName>(
  record: SessionRecord,
  name: N,
): Extract<Step, { name: N }> {
  if (record.step.name !== name)
    throw new Error(`Session step is ${record.step.name}, not ${name}`);
  return record.step as Extract<Step, { name: N }>;
}

export function requiredResponse(
  responses: Readonly<Record<string, string>>,
  name: string,
): string {
  const value = responses[name];
  if (!value) throw keepSession(invalidParameter(`Missing required parameter ${name}`));
  return value;
}

/**
 * A wrong code: CodeMismatchException with the Session kept, until the MAX_CODE_ATTEMPTS-th wrong
 * code, which ends the Session (NotAuthorizedException).
 */
export function wrongCode(
  record: SessionRecord,
  error: EmulatorError = new EmulatorError(
    "CodeMismatchException",
    "Invalid code or auth state for the user.",
  ),
): never {
  record.attempts += 1;
  if (record.attempts >= MAX_CODE_ATTEMPTS) throw notAuthorized(INVALID_SESSION);
  throw keepSession(error);
}
