/** Everything an operation handler needs: state, clock, outbox, sessions and the emulator's keys. */
import type { EmulatorClock } from "./clock";
import type { EmulatorState } from "./model/types";
import type { WritableOutbox } from "./outbox";
import type { SessionStore } from "./sessions";

export interface Env {
  readonly state: EmulatorState;
  readonly clock: EmulatorClock;
  readonly outbox: WritableOutbox;
  readonly sessions: SessionStore;
  /** HMAC key of the emulator's JWTs (HS256) and SECRET_BLOCKs; random per emulator. */
  readonly key: Uint8Array;
  /** Every delivered code, when fixed by the options. */
  readonly code?: string;
  readonly region: string;
  /** Which WebAuthn origins are accepted for a relying party id. */
  readonly isAllowedOrigin: (origin: string, rpId: string) => boolean;
}

/** A handler of one Cognito operation. */
export type Operation = (env: Env, input: Readonly<Record<string, unknown>>) => Promise<unknown>;
