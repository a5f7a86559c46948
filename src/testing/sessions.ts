/**
 * Sign-in Sessions (protocol reference §1, §9): opaque random strings, single-use, bound to the
 * app client and the user, dead after the client's AuthSessionValidity on the emulator clock.
 */
import type { AuthContext, Step } from "./auth/context";
import { notAuthorized } from "./errors";
import { newOpaqueToken } from "./ids";

export interface SessionRecord {
  readonly id: string;
  readonly ctx: AuthContext;
  readonly step: Step;
  readonly issuedAt: number;
  readonly expiresAt: number;
  state: "live" | "used" | "dead";
  /** Wrong answers so far (codes, TOTP). */
  attempts: number;
}

export interface SessionStore {
  issue(ctx: AuthContext, step: Step, validityMinutes: number): SessionRecord;
  /** The live Session `id` of `clientId` (any client when undefined), or NotAuthorizedException. */
  take(id: string, clientId: string | undefined): SessionRecord;
  /** Marks the Session used (claimed by the request now answering it). */
  consume(record: SessionRecord): void;
  /** Gives a claimed Session back after an error that leaves it usable. */
  release(record: SessionRecord): void;
  kill(record: SessionRecord): void;
}

export const INVALID_SESSION = "Invalid session for the user.";
export const SESSION_USED = "Invalid session for the user, session can only be used once.";
export const SESSION_EXPIRED = "Invalid session for the user, session is expired.";

// Records are kept a while after expiry so a late reuse still gets the precise message.
const RETENTION_MS = 60 * 60 * 1000;

export function createSessionStore(now: () => number): SessionStore {
  const records = new Map<string, SessionRecord>();
  const sweep = (t: number): void => {
    for (const [id, record] of records) if (record.expiresAt + RETENTION_MS < t) records.delete(id);
  };
  return {
    issue(ctx, step, validityMinutes) {
      const t = now();
      sweep(t);
      const record: SessionRecord = {
        id: newOpaqueToken(96),
        ctx,
        step,
        issuedAt: t,
        expiresAt: t + validityMinutes * 60_000,
        state: "live",
        attempts: 0,
      };
      records.set(record.id, record);
      return record;
    },
    take(id, clientId) {
      const record = records.get(id);
      if (!record || (clientId !== undefined && record.ctx.clientId !== clientId)) {
        throw notAuthorized(INVALID_SESSION);
      }
      if (record.state === "used") throw notAuthorized(SESSION_USED);
      if (record.state === "dead") throw notAuthorized(INVALID_SESSION);
      if (now() >= record.expiresAt) throw notAuthorized(SESSION_EXPIRED);
      return record;
    },
    consume(record) {
      record.state = "used";
    },
    release(record) {
      if (record.state === "used") record.state = "live";
    },
    kill(record) {
      record.state = "dead";
    },
  };
}
