import { invalidAnswer, numericCode, option, password } from "../protocol/answer-checks";
import { responseBody } from "../protocol/build-responses";
import type { AnyChallenge, PasswordChallenge } from "../protocol/challenge.types";
import { isUnknownChallenge } from "../protocol/challenge.types";
import type { MfaType } from "../protocol/challenge-name";
import { asRecord, text } from "../protocol/parse-parameters";
import type { AuthenticationCredentialJson } from "../protocol/webauthn.types";
import { expiredSessionError, toFlowError } from "./sign-in.errors";
import type { ResponseStep, SignInState, SignInTask } from "./sign-in.state";
import { sessionTask, settleAtStart, taskNames } from "./sign-in.transitions";

/**
 * `respond()` in the reducer: checks the answer against the current step and turns it into the
 * task that sends it, or into a local step (no request). Pure: `at` is the caller's clock.
 *
 * The checks are the protocol's own (`answer-checks.ts`, `responseBody`): the reducer runs them
 * before asking for a request, so a bad answer is refused at once with `InvalidAnswer` (recovery
 * `retry`, the check in `reason`), nothing sent, the step and its Session kept.
 */
export function answerChallenge(state: SignInState, answer: unknown, at: number): SignInState {
  const challenge = state.challenge;
  if (state.pending || state.status !== "challenge" || !challenge) return state;
  if (isUnknownChallenge(challenge)) return state;
  // Protocol reference §9: no request may carry a Session past its expiry.
  const expiresAt = state.expiresAt;
  if (challenge.name !== "REMEMBER_DEVICE" && expiresAt !== undefined && at >= expiresAt) {
    return settleAtStart(state, expiredSessionError());
  }
  try {
    return answerFor(state, challenge, asRecord(answer) ?? {}) ?? state;
  } catch (error) {
    return { ...state, error: toFlowError(error) };
  }
}

type Answer = Readonly<Record<string, unknown>>;

function answerFor(
  state: SignInState,
  challenge: AnyChallenge,
  answer: Answer,
): SignInState | undefined {
  const name = challenge.name;
  switch (name) {
    case "SMS_MFA":
    case "SMS_OTP":
    case "EMAIL_OTP":
    case "SOFTWARE_TOKEN_MFA":
      return send(state, { name, input: { code: answer.code as string } });
    case "SELECT_MFA_TYPE":
      return send(state, { name, input: { mfaType: option(answer.mfaType, challenge.options) } });
    case "SELECT_CHALLENGE": {
      const factor = option(answer.challenge, challenge.options);
      const picked = { ...state, preferredChallenge: factor };
      if (factor !== "PASSWORD" && factor !== "PASSWORD_SRP") {
        return send(picked, { name, input: { challenge: factor } });
      }
      if (!text(answer.password)) {
        // §3.11: show a PASSWORD / PASSWORD_SRP step locally; no request until the password comes.
        const { username } = challenge;
        const step = { name: factor, parameters: {}, ...(username ? { username } : {}) };
        return {
          ...picked,
          challenge: step as PasswordChallenge,
          localStep: true,
          error: undefined,
        };
      }
      return withPassword(picked, factor, answer.password, true);
    }
    case "PASSWORD":
    case "PASSWORD_SRP":
      return withPassword(state, name, answer.password, state.localStep);
    case "NEW_PASSWORD_REQUIRED": {
      const { newPassword, attributes } = answer;
      const input = { newPassword, ...(attributes === undefined ? {} : { attributes }) };
      return send(state, { name, input: input as never });
    }
    case "MFA_SETUP":
      return mfaSetup(state, challenge, answer);
    case "CUSTOM_CHALLENGE":
      return send(state, { name, input: { answer: answer.answer as string } });
    case "WEB_AUTHN": {
      const credential = answer.credential as AuthenticationCredentialJson | undefined;
      // A custom screen's own credential is checked now; without one the effect opens the prompt.
      if (credential !== undefined) responseBody(name, { credential });
      const { requestOptions } = challenge;
      return withTask(state, {
        ...sessionTask(state),
        kind: "webauthn",
        requestOptions,
        ...(credential ? { credential } : {}),
      });
    }
    case "REMEMBER_DEVICE": {
      const remember = answer.remember;
      if (typeof remember !== "boolean") invalidAnswer("MissingChoice");
      const accessToken = state.tokens?.AccessToken;
      if (!accessToken) return undefined;
      const { deviceKey } = challenge;
      const names = taskNames(state);
      const { generation } = state;
      return withTask(state, {
        kind: "updateDeviceStatus",
        generation,
        names,
        accessToken,
        deviceKey,
        remember,
      });
    }
  }
  // PASSWORD_VERIFIER, DEVICE_* and ADMIN_NO_SRP_AUTH are never shown; nothing to answer.
  return undefined;
}

/**
 * A password for PASSWORD or PASSWORD_SRP. A step shown locally after SELECT_CHALLENGE is sent as
 * SELECT_CHALLENGE with `ANSWER`, as Amplify does (§3.11); PASSWORD_SRP goes through the SRP task.
 */
function withPassword(
  state: SignInState,
  factor: "PASSWORD" | "PASSWORD_SRP",
  value: unknown,
  selected: boolean | undefined,
): SignInState {
  const secret = password(value);
  if (factor === "PASSWORD_SRP") {
    const name = selected ? "SELECT_CHALLENGE" : factor;
    return withTask(state, {
      ...sessionTask(state),
      kind: "respondSrp",
      name,
      password: { value: secret },
    });
  }
  return send(
    state,
    selected
      ? { name: "SELECT_CHALLENGE", input: { challenge: factor, password: secret } }
      : { name: factor, input: { password: secret } },
  );
}

function mfaSetup(
  state: SignInState,
  challenge: Extract<AnyChallenge, { name: "MFA_SETUP" }>,
  answer: Answer,
): SignInState {
  if (answer.select !== undefined) {
    const selected = option(answer.select, setupOptions(challenge.options));
    const next = { ...state, challenge: { ...challenge, selected }, error: undefined };
    // §6.1: a TOTP set-up starts with AssociateSoftwareToken; email needs the address first.
    return selected === "SOFTWARE_TOKEN_MFA"
      ? withTask(next, { ...sessionTask(next), kind: "associateTotp" })
      : next;
  }
  if (answer.code !== undefined) {
    if (challenge.selected !== "SOFTWARE_TOKEN_MFA" || !challenge.totp) {
      invalidAnswer("NotSelected");
    }
    const friendlyDeviceName = text(answer.friendlyDeviceName);
    return withTask(state, {
      ...sessionTask(state),
      kind: "verifyTotp",
      code: numericCode(answer.code),
      ...(friendlyDeviceName ? { friendlyDeviceName } : {}),
    });
  }
  if (answer.email === undefined) invalidAnswer("EmptyAnswer");
  option("EMAIL_OTP", challenge.options);
  return send(state, { name: "MFA_SETUP", input: { email: answer.email as string } });
}

/** The factors a sign-in can set up itself: TOTP and email; SMS needs a phone number first (§3.7). */
export function setupOptions(options: readonly MfaType[]): ("SOFTWARE_TOKEN_MFA" | "EMAIL_OTP")[] {
  return options.filter(
    (option): option is "SOFTWARE_TOKEN_MFA" | "EMAIL_OTP" => option !== "SMS_MFA",
  );
}

/** The answer as it will be sent, checked now (`responseBody` throws `InvalidAnswer`). */
function send(state: SignInState, step: ResponseStep): SignInState {
  responseBody(step.name, step.input);
  return withTask(state, { ...sessionTask(state), kind: "respond", step });
}

function withTask(state: SignInState, task: SignInTask): SignInState {
  return { ...state, pending: true, error: undefined, task };
}
