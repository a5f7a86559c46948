import type { SignInState } from "./sign-in.state";
import type { SignInSnapshot } from "./sign-in.types";

/** The public fields of the snapshot, in one place so that nothing else can leak into it. */
const PUBLIC_KEYS = [
  "status",
  "challenge",
  "isPending",
  "error",
  "expiresAt",
  "username",
  "tokens",
  "device",
  "passkeyRegistered",
] as const satisfies readonly (keyof SignInSnapshot)[];

/**
 * The public view of the internal state: never the Session, the internal username, a task (which
 * may hold a password) or anything else internal. Returns `previous` itself when no public field
 * changed, so `useSyncExternalStore` and selectors see the same object. Frozen.
 */
export function toSnapshot(state: SignInState, previous?: SignInSnapshot): SignInSnapshot {
  const next: Record<string, unknown> = { status: state.status, isPending: state.pending };
  if (state.challenge !== undefined) next.challenge = state.challenge;
  if (state.error !== undefined) next.error = state.error;
  if (state.expiresAt !== undefined) next.expiresAt = state.expiresAt;
  if (state.username !== undefined) next.username = state.username;
  // Tokens are public only once signed in (they wait internally while a device is confirmed).
  if (state.tokens !== undefined && state.status === "signedIn") next.tokens = state.tokens;
  if (state.device !== undefined) next.device = state.device;
  if (state.passkeyRegistered === true) next.passkeyRegistered = true;
  if (previous && PUBLIC_KEYS.every((key) => Object.is(previous[key], next[key]))) return previous;
  return Object.freeze(next) as unknown as SignInSnapshot;
}
