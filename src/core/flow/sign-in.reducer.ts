import type { ChallengeError } from "../errors/challenge-error";
import { answerError } from "../protocol/answer-checks";
import type { FirstFactor } from "../protocol/challenge-name";
import { text } from "../protocol/parse-parameters";
import { answerChallenge } from "./sign-in.answer";
import { settle } from "./sign-in.settle";
import type { SignInEvent, SignInState } from "./sign-in.state";
import { needsPassword, reset, taskNames } from "./sign-in.transitions";
import type { SignInStartInput } from "./sign-in.types";

/**
 * The sign-in reducer: `(state, event) -> state`, pure and total. No I/O, no clock (events carry
 * the time they need), no randomness. An event it does not know, or an effect event of an older
 * generation (after `restart()`/`abort()`), returns the very same state object.
 */
export function transition(state: SignInState, event: SignInEvent): SignInState {
  switch (event?.type) {
    case "START":
      return start(state, event.input);
    case "RESPOND":
      return answerChallenge(state, event.answer, event.at);
    case "RESTART":
      return restart(state);
    case "ABORT":
      return reset(state, { generation: state.generation + 1 });
    case "REGISTER_PASSKEY": {
      const accessToken = state.tokens?.AccessToken;
      if (state.status !== "signedIn" || state.pending || !accessToken) return state;
      return {
        ...state,
        pending: true,
        error: undefined,
        task: {
          kind: "registerPasskey",
          generation: state.generation,
          names: taskNames(state),
          accessToken,
        },
      };
    }
    case "TASK_STARTED": {
      if (!state.task) return state;
      const { task, ...rest } = state;
      return { ...rest, running: task.kind };
    }
    case "AUTH_RESULT":
    case "TOTP_ASSOCIATED":
    case "TOTP_VERIFIED":
    case "DEVICE_CONFIRMED":
    case "DEVICE_STATUS_UPDATED":
    case "PASSKEY_REGISTERED":
    case "FAILED":
      // A result for work that was superseded (restart, abort, a new start) is dropped.
      if (event.generation !== state.generation || state.running === undefined) return state;
      return settle({ ...state, running: undefined }, event, state.running);
    default:
      return state;
  }
}

function start(state: SignInState, input: SignInStartInput): SignInState {
  if (state.pending) return state;
  const username = typeof input?.username === "string" ? input.username : "";
  const preferred = input?.preferredChallenge;
  const problem = checkStart(state, username, preferred, input?.password);
  return begin(
    state,
    username,
    preferred,
    input?.password,
    problem ? answerError(problem) : undefined,
  );
}

function checkStart(
  state: SignInState,
  username: string,
  preferred: FirstFactor | undefined,
  password: unknown,
): string | undefined {
  if (username.trim() === "") return "EmptyUsername";
  // PREFERRED_CHALLENGE exists only in USER_AUTH (§2).
  if (preferred !== undefined && state.config.authFlow !== "USER_AUTH") {
    return "PreferredChallengeNotAllowed";
  }
  if (needsPassword(state.config, preferred) && !text(password)) return "EmptyPassword";
  return undefined;
}

/**
 * Again with the same username. Without a password to ask for (USER_AUTH passwordless factors,
 * CUSTOM_AUTH without SRP) it re-initiates at once, which sends a new code; otherwise it goes to
 * `idle` with the username kept, because the password was dropped after use.
 */
function restart(state: SignInState): SignInState {
  const username = state.username;
  return username === undefined ? state : begin(state, username, state.preferredChallenge);
}

/**
 * A new sign-in (a new generation) for `username`: InitiateAuth at once, unless `error` refuses
 * it or it needs a password that is not there. The password travels in the task only when the
 * first request or the SRP step needs it.
 */
function begin(
  state: SignInState,
  username: string,
  preferred: FirstFactor | undefined,
  password?: string,
  error?: ChallengeError,
): SignInState {
  const generation = state.generation + 1;
  const base = reset(state, {
    generation,
    username: username || undefined,
    preferredChallenge: preferred,
    error,
  });
  const needed = needsPassword(state.config, preferred);
  if (error || (needed && password === undefined)) return base;
  return {
    ...base,
    pending: true,
    task: {
      kind: "initiate",
      generation,
      names: { typed: username, active: username },
      password: needed ? { value: password } : undefined,
      preferredChallenge: preferred,
    },
  };
}
