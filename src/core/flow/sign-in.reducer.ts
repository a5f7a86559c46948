import type { FirstFactor } from "../protocol/challenge-name";
import { answerChallenge } from "./sign-in.answer";
import { invalidAnswerError } from "./sign-in.errors";
import { settle } from "./sign-in.settle";
import type { SignInEvent, SignInState } from "./sign-in.state";
import { needsPassword, taskNames } from "./sign-in.transitions";
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
      return {
        config: state.config,
        status: "idle",
        generation: state.generation + 1,
        pending: false,
        ...(state.username === undefined ? {} : { username: state.username }),
      };
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
  const generation = state.generation + 1;
  const username = typeof input?.username === "string" ? input.username : "";
  const preferred = input?.preferredChallenge;
  const base: SignInState = {
    config: state.config,
    status: "idle",
    generation,
    pending: false,
    ...(username === "" ? {} : { username }),
    ...(preferred === undefined ? {} : { preferredChallenge: preferred }),
  };
  const problem = checkStart(state, username, preferred, input?.password);
  if (problem) return { ...base, error: invalidAnswerError(problem[0], problem[1]) };
  // The password travels in the task only when the first request or the SRP step needs it.
  const password = needsPassword(state.config, preferred) ? input.password : undefined;
  return {
    ...base,
    pending: true,
    task: {
      kind: "initiate",
      generation,
      names: { typed: username, active: username },
      ...(password === undefined ? {} : { password: { value: password } }),
      ...(preferred === undefined ? {} : { preferredChallenge: preferred }),
    },
  };
}

function checkStart(
  state: SignInState,
  username: string,
  preferred: FirstFactor | undefined,
  password: unknown,
): readonly [string, string] | undefined {
  if (username.trim() === "") return ["MissingUsername", "Enter a username."];
  if (preferred !== undefined && state.config.authFlow !== "USER_AUTH") {
    return ["PreferredChallengeNotAllowed", "A preferred challenge needs the USER_AUTH flow."];
  }
  if (needsPassword(state.config, preferred) && (typeof password !== "string" || password === "")) {
    return ["MissingPassword", "Enter the password."];
  }
  return undefined;
}

/**
 * Again with the same username. Without a password to ask for (USER_AUTH passwordless factors,
 * CUSTOM_AUTH without SRP) it re-initiates at once, which sends a new code; otherwise it goes to
 * `idle` with the username kept, because the password was dropped after use.
 */
function restart(state: SignInState): SignInState {
  const username = state.username;
  if (username === undefined) return state;
  const generation = state.generation + 1;
  const preferred = state.preferredChallenge;
  const base: SignInState = {
    config: state.config,
    status: "idle",
    generation,
    pending: false,
    username,
    ...(preferred === undefined ? {} : { preferredChallenge: preferred }),
  };
  if (needsPassword(state.config, preferred)) return base;
  return {
    ...base,
    pending: true,
    task: {
      kind: "initiate",
      generation,
      names: { typed: username, active: username },
      ...(preferred === undefined ? {} : { preferredChallenge: preferred }),
    },
  };
}
