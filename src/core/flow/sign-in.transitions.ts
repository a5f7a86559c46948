import type { ChallengeError } from "../errors/challenge-error";
import type { FirstFactor } from "../protocol/challenge-name";
import { isTerminalError } from "./sign-in.errors";
import type { SignInConfig, SignInNames, SignInState } from "./sign-in.state";
import type { SignInDevice, SignInTokens } from "./sign-in.types";

/** Shared building blocks of the reducer: the few shapes the state can settle into. */

/** The names a task answers with: the typed one, and the internal one once Cognito said it. */
export function taskNames(state: SignInState): SignInNames {
  const typed = state.username ?? "";
  return { typed, active: state.activeUsername ?? typed };
}

/** What every task that answers the current challenge carries: its Session, expiry and device. */
export function sessionTask(state: SignInState): {
  readonly generation: number;
  readonly names: SignInNames;
  readonly session: string;
  readonly expiresAt: number | undefined;
  readonly deviceKey: string | undefined;
} {
  const { generation, session = "", expiresAt, deviceKey } = state;
  return { generation, names: taskNames(state), session, expiresAt, deviceKey };
}

/**
 * A fresh state: the flow's config, generation and username carried over, `fields` on top, and
 * nothing else (no challenge, Session, task or secret). Status `idle` unless `fields` say.
 */
export function reset(state: SignInState, fields: Partial<SignInState>): SignInState {
  const { config, generation, username } = state;
  return { config, status: "idle", generation, pending: false, username, ...fields };
}

/**
 * Back to the start after an error: no challenge, no Session, the username (and the factor
 * asked for) kept. Status `failed` for the errors a new attempt cannot fix, else `idle`.
 */
export function settleAtStart(state: SignInState, error: ChallengeError): SignInState {
  return reset(state, {
    status: isTerminalError(error) ? "failed" : "idle",
    preferredChallenge: state.preferredChallenge,
    error,
  });
}

/** Signed in: tokens (and the device) kept, everything about the challenges dropped. */
export function settleSignedIn(
  state: SignInState,
  tokens: SignInTokens,
  device: SignInDevice | undefined,
  error?: ChallengeError,
): SignInState {
  const { activeUsername } = state;
  return reset(state, { status: "signedIn", activeUsername, tokens, device, error });
}

/**
 * Whether starting with this flow and first factor needs the password (it is never kept for
 * a later restart, by design).
 */
export function needsPassword(config: SignInConfig, preferred: FirstFactor | undefined): boolean {
  switch (config.authFlow) {
    case "USER_SRP_AUTH":
    case "USER_PASSWORD_AUTH":
      return true;
    case "CUSTOM_AUTH":
      return config.customAuthWithSrp;
    case "USER_AUTH":
      return preferred === "PASSWORD" || preferred === "PASSWORD_SRP";
  }
}
