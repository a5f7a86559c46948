import { words } from "../util/words";
import type { SignInState } from "./sign-in.state";
import type { SignInSnapshot } from "./sign-in.types";

/** The public fields of the snapshot, in one place so that nothing else can leak into it. */
const PUBLIC_KEYS: readonly (keyof SignInSnapshot)[] = words(
  "status challenge isPending error expiresAt username tokens device passkeyRegistered",
);

/**
 * The public view of the internal state: never the Session, the internal username, a task (which
 * may hold a password) or anything else internal. Returns `previous` itself when no public field
 * changed, so `useSyncExternalStore` and selectors see the same object. Frozen; fields that are
 * `undefined` are left out.
 */
export function toSnapshot(state: SignInState, previous?: SignInSnapshot): SignInSnapshot {
  const view: Record<string, unknown> = {
    ...state,
    isPending: state.pending,
    // Tokens are public only once signed in (they wait internally while a device is confirmed).
    tokens: state.status === "signedIn" ? state.tokens : undefined,
    passkeyRegistered: state.passkeyRegistered || undefined,
  };
  const next: Record<string, unknown> = {};
  for (const key of PUBLIC_KEYS) if (view[key] !== undefined) next[key] = view[key];
  if (previous && PUBLIC_KEYS.every((key) => Object.is(previous[key], next[key]))) return previous;
  return Object.freeze(next) as unknown as SignInSnapshot;
}
