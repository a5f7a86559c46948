/**
 * Sign-in Sessions (protocol reference §1, §9): opaque random strings, single-use, bound to the
 * app client and the user, dead after the client's AuthSessionValidity on the emulator clock.
 *
 * PASSWORD_VERIFIER is the one step AWS answers without a Session: its state is bound to the
 * SECRET_BLOCK the client echoes (§3.1; measured in ministackorg/ministack#1758). Those records
 * live in a namespace of their own, found only by that SECRET_BLOCK and never by a Session value,
 * with the same single use, client binding and expiry.
 */
import type { AuthContext, Step } from "./auth/context";
import { INCORRECT_CREDENTIALS, notAuthorized } from "./errors";
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
  /**
   * A step answered without a Session: its record is found by `key` (the SECRET_BLOCK, canonical
   * base64) through `takeBound`, never through `take`. It expires `validityMs` after issue.
   */
  issueBound(key: string, ctx: AuthContext, step: Step, validityMs: number): SessionRecord;
  /** The live Session `id` of `clientId` (any client when undefined), or NotAuthorizedException. */
  take(id: string, clientId: string | undefined): SessionRecord;
  /**
   * The live record bound to `key` for `clientId`. Unknown (never issued, tampered with, or of
   * another client): "Incorrect username or password.", the answer AWS gives a modified
   * SECRET_BLOCK. Used, ended or expired: the Session messages.
   */
  takeBound(key: string, clientId: string): SessionRecord;
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

function checkLive(record: SessionRecord, t: number): SessionRecord {
  if (record.state === "used") throw notAuthorized(SESSION_USED);
  if (record.state === "dead") throw notAuthorized(INVALID_SESSION);
  if (t >= record.expiresAt) throw notAuthorized(SESSION_EXPIRED);
  return record;
}

export function createSessionStore(now: () => number): SessionStore {
  const records = new Map<string, SessionRecord>();
  const bound = new Map<string, SessionRecord>();
  const sweep = (t: number): void => {
    for (const map of [records, bound]) {
      for (const [id, record] of map) if (record.expiresAt + RETENTION_MS < t) map.delete(id);
    }
  };
  const create = (id: string, ctx: AuthContext, step: Step, validityMs: number): SessionRecord => {
    const t = now();
    sweep(t);
    return { id, ctx, step, issuedAt: t, expiresAt: t + validityMs, state: "live", attempts: 0 };
  };
  return {
    issue(ctx, step, validityMinutes) {
      const record = create(newOpaqueToken(96), ctx, step, validityMinutes * 60_000);
      records.set(record.id, record);
      return record;
    },
    issueBound(key, ctx, step, validityMs) {
      const record = create(key, ctx, step, validityMs);
      bound.set(key, record);
      return record;
    },
    take(id, clientId) {
      const record = records.get(id);
      if (!record || (clientId !== undefined && record.ctx.clientId !== clientId)) {
        throw notAuthorized(INVALID_SESSION);
      }
      return checkLive(record, now());
    },
    takeBound(key, clientId) {
      const record = bound.get(key);
      if (!record || record.ctx.clientId !== clientId) throw notAuthorized(INCORRECT_CREDENTIALS);
      return checkLive(record, now());
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
