import type {
  AnyChallenge,
  PasswordChallenge,
  PasswordSrpChallenge,
} from "../protocol/challenge.types";
import { isUnknownChallenge } from "../protocol/challenge.types";
import type { FirstFactor, MfaType } from "../protocol/challenge-name";
import type { AuthenticationCredentialJson } from "../protocol/webauthn.types";
import { expiredSessionError, invalidAnswerError } from "./sign-in.errors";
import type { ResponseStep, SignInState, SignInTask } from "./sign-in.state";
import { settleAtStart, taskNames } from "./sign-in.transitions";

/**
 * `respond()` in the reducer: checks the answer against the current step and turns it into the
 * task that sends it, or into a local step (no request). Pure: `at` is the caller's clock.
 */
export function answerChallenge(state: SignInState, answer: unknown, at: number): SignInState {
  const challenge = state.challenge;
  if (state.pending || state.status !== "challenge" || !challenge) return state;
  if (isUnknownChallenge(challenge)) return state;
  // Protocol reference §9: no request may carry a Session past its expiry.
  if (
    challenge.name !== "REMEMBER_DEVICE" &&
    state.expiresAt !== undefined &&
    at >= state.expiresAt
  ) {
    return settleAtStart(state, expiredSessionError());
  }
  const next = answerFor(state, challenge, isRecord(answer) ? answer : {});
  return next ?? state;
}

type Answer = Readonly<Record<string, unknown>>;

function answerFor(
  state: SignInState,
  challenge: AnyChallenge,
  answer: Answer,
): SignInState | undefined {
  switch (challenge.name) {
    case "SMS_MFA":
    case "SMS_OTP":
    case "EMAIL_OTP":
    case "SOFTWARE_TOKEN_MFA": {
      const code = text(answer.code);
      if (code === undefined) return invalid(state, "MissingCode", "Enter the code.");
      return send(state, { name: challenge.name, input: { code } });
    }
    case "SELECT_MFA_TYPE": {
      const mfaType = challenge.options.find((option) => option === answer.mfaType);
      if (!mfaType) return invalid(state, "NotAnOption", "Pick one of the offered MFA types.");
      return send(state, { name: "SELECT_MFA_TYPE", input: { mfaType } });
    }
    case "SELECT_CHALLENGE":
      return selectChallenge(state, challenge.options, challenge.username, answer);
    case "PASSWORD": {
      const password = text(answer.password);
      if (password === undefined) return invalid(state, "MissingPassword", "Enter the password.");
      // Amplify's way (§3.11): a locally shown PASSWORD step is sent as SELECT_CHALLENGE.
      return send(
        state,
        state.localStep
          ? { name: "SELECT_CHALLENGE", input: { challenge: "PASSWORD", password } }
          : { name: "PASSWORD", input: { password } },
      );
    }
    case "PASSWORD_SRP": {
      const password = text(answer.password);
      if (password === undefined) return invalid(state, "MissingPassword", "Enter the password.");
      const name = state.localStep ? "SELECT_CHALLENGE" : "PASSWORD_SRP";
      return withTask(state, {
        ...sessionTask(state),
        kind: "respondSrp",
        name,
        password: { value: password },
      });
    }
    case "NEW_PASSWORD_REQUIRED": {
      const newPassword = text(answer.newPassword);
      if (newPassword === undefined) {
        return invalid(state, "MissingPassword", "Enter a new password.");
      }
      const attributes = answer.attributes === undefined ? undefined : stringMap(answer.attributes);
      if (answer.attributes !== undefined && !attributes) {
        return invalid(state, "InvalidAttributes", "Attributes must be a map of strings.");
      }
      return send(state, {
        name: "NEW_PASSWORD_REQUIRED",
        input: attributes ? { newPassword, attributes } : { newPassword },
      });
    }
    case "MFA_SETUP":
      return mfaSetup(state, challenge, answer);
    case "CUSTOM_CHALLENGE": {
      if (typeof answer.answer !== "string") {
        return invalid(state, "MissingAnswer", "Enter an answer.");
      }
      return send(state, { name: "CUSTOM_CHALLENGE", input: { answer: answer.answer } });
    }
    case "WEB_AUTHN": {
      const credential = isRecord(answer.credential)
        ? (answer.credential as unknown as AuthenticationCredentialJson)
        : undefined;
      if (answer.credential !== undefined && !credential) {
        return invalid(state, "InvalidCredential", "The credential must be an object.");
      }
      const task: SignInTask = {
        ...sessionTask(state),
        kind: "webauthn",
        requestOptions: challenge.requestOptions,
        ...(credential ? { credential } : {}),
      };
      return withTask(state, task);
    }
    case "REMEMBER_DEVICE": {
      if (typeof answer.remember !== "boolean") {
        return invalid(state, "MissingChoice", "Say whether to remember this device.");
      }
      const accessToken = state.tokens?.AccessToken;
      if (!accessToken) return undefined;
      return withTask(state, {
        kind: "updateDeviceStatus",
        generation: state.generation,
        names: taskNames(state),
        accessToken,
        deviceKey: challenge.deviceKey,
        remember: answer.remember,
      });
    }
    default:
      // PASSWORD_VERIFIER, DEVICE_* and ADMIN_NO_SRP_AUTH are never shown; nothing to answer.
      return undefined;
  }
}

function selectChallenge(
  state: SignInState,
  options: readonly FirstFactor[],
  username: string | undefined,
  answer: Answer,
): SignInState {
  const factor = options.find((option) => option === answer.challenge);
  if (!factor) return invalid(state, "NotAnOption", "Pick one of the offered ways to sign in.");
  const picked = { ...state, preferredChallenge: factor };
  if (factor !== "PASSWORD" && factor !== "PASSWORD_SRP") {
    return send(picked, { name: "SELECT_CHALLENGE", input: { challenge: factor } });
  }
  const password = text(answer.password);
  if (password === undefined) {
    // §3.11: show a PASSWORD / PASSWORD_SRP step locally; no request until the password comes.
    return {
      ...picked,
      challenge: {
        name: factor,
        parameters: {},
        ...(username === undefined ? {} : { username }),
      } as PasswordChallenge | PasswordSrpChallenge,
      localStep: true,
      error: undefined,
    };
  }
  if (factor === "PASSWORD") {
    return send(picked, { name: "SELECT_CHALLENGE", input: { challenge: "PASSWORD", password } });
  }
  return withTask(picked, {
    ...sessionTask(picked),
    kind: "respondSrp",
    name: "SELECT_CHALLENGE",
    password: { value: password },
  });
}

function mfaSetup(
  state: SignInState,
  challenge: Extract<AnyChallenge, { name: "MFA_SETUP" }>,
  answer: Answer,
): SignInState {
  if (answer.select !== undefined) {
    const selected = setupOptions(challenge.options).find((option) => option === answer.select);
    if (!selected) return invalid(state, "NotAnOption", "Pick one of the offered MFA types.");
    const next = { ...state, challenge: { ...challenge, selected }, error: undefined };
    // §6.1: a TOTP set-up starts with AssociateSoftwareToken; email needs the address first.
    return selected === "SOFTWARE_TOKEN_MFA"
      ? withTask(next, { ...sessionTask(next), kind: "associateTotp" })
      : next;
  }
  if (answer.code !== undefined) {
    const code = text(answer.code);
    if (challenge.selected !== "SOFTWARE_TOKEN_MFA" || !challenge.totp) {
      return invalid(state, "NotSelected", "Set up an authenticator app before sending a code.");
    }
    if (code === undefined) return invalid(state, "MissingCode", "Enter the code.");
    const friendlyDeviceName = text(answer.friendlyDeviceName);
    return withTask(state, {
      ...sessionTask(state),
      kind: "verifyTotp",
      code,
      ...(friendlyDeviceName === undefined ? {} : { friendlyDeviceName }),
    });
  }
  const email = text(answer.email);
  if (email === undefined)
    return invalid(state, "MissingAnswer", "Pick a factor, or enter a code or an email address.");
  if (!challenge.options.includes("EMAIL_OTP")) {
    return invalid(state, "NotAnOption", "Email MFA cannot be set up for this user.");
  }
  return send(state, { name: "MFA_SETUP", input: { email } });
}

/** The factors a sign-in can set up itself: TOTP and email; SMS needs a phone number first (§3.7). */
export function setupOptions(options: readonly MfaType[]): ("SOFTWARE_TOKEN_MFA" | "EMAIL_OTP")[] {
  return options.filter(
    (option): option is "SOFTWARE_TOKEN_MFA" | "EMAIL_OTP" =>
      option === "SOFTWARE_TOKEN_MFA" || option === "EMAIL_OTP",
  );
}

function sessionTask(state: SignInState) {
  return {
    generation: state.generation,
    names: taskNames(state),
    session: state.session ?? "",
    expiresAt: state.expiresAt,
    deviceKey: state.deviceKey,
  };
}

function send(state: SignInState, step: ResponseStep): SignInState {
  return withTask(state, { ...sessionTask(state), kind: "respond", step });
}

function withTask(state: SignInState, task: SignInTask): SignInState {
  return { ...state, pending: true, error: undefined, task };
}

function invalid(state: SignInState, reason: string, message: string): SignInState {
  return { ...state, error: invalidAnswerError(reason, message) };
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

function isRecord(value: unknown): value is Answer {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringMap(value: unknown): Readonly<Record<string, string>> | undefined {
  if (!isRecord(value)) return undefined;
  return Object.values(value).every((item) => typeof item === "string")
    ? (value as Readonly<Record<string, string>>)
    : undefined;
}
