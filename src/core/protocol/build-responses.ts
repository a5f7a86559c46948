import { ChallengeError, ProtocolError } from "../errors/challenge-error";
import {
  email,
  fields,
  invalidAnswer,
  numericCode,
  option,
  password,
  passwordClaim,
  srpA,
} from "./answer-checks";
import type { ChallengeName } from "./challenge-name";
import type {
  ChallengeResponseInput,
  ChallengeResponses,
  ResponseContext,
  SecretHashProvider,
} from "./challenge-response.types";
import { FIRST_FACTORS, MFA_TYPES, text } from "./parse-parameters";
import { ATTRIBUTE_PREFIX } from "./parse-structured";

type Body = Record<string, string>;
type Builder = (answer: Readonly<Record<string, unknown>>) => Body;

const code =
  (key: string): Builder =>
  (answer) => ({ [key]: numericCode(answer.code) });
const passwordOnly: Builder = (answer) => ({ PASSWORD: password(answer.password) });
const srpOnly: Builder = (answer) => ({ SRP_A: srpA(answer.srpA) });

/**
 * The challenge-specific keys of each `ChallengeResponses` (protocol reference §3). USERNAME,
 * DEVICE_KEY and SECRET_HASH are added around them by `buildChallengeResponses`.
 */
const BUILDERS: { readonly [N in ChallengeName]: Builder } = {
  SMS_MFA: code("SMS_MFA_CODE"),
  SMS_OTP: code("SMS_OTP_CODE"),
  EMAIL_OTP: code("EMAIL_OTP_CODE"),
  SOFTWARE_TOKEN_MFA: code("SOFTWARE_TOKEN_MFA_CODE"),
  // ANSWER is EMAIL_OTP for email, as Amplify sends it; the SDK doc's EMAIL_MFA is not in the enum (§13.1).
  SELECT_MFA_TYPE: (answer) => ({ ANSWER: option(answer.mfaType, MFA_TYPES) }),
  SELECT_CHALLENGE: (answer) => {
    const ANSWER = option(answer.challenge, FIRST_FACTORS);
    if (ANSWER === "PASSWORD") return { ANSWER, ...passwordOnly(answer) };
    if (ANSWER === "PASSWORD_SRP") return { ANSWER, ...srpOnly(answer) };
    // WEB_AUTHN in two steps, as Amplify does: the credential answers the WEB_AUTHN challenge that
    // follows (§13.7).
    return { ANSWER };
  },
  PASSWORD: passwordOnly,
  PASSWORD_SRP: srpOnly,
  ADMIN_NO_SRP_AUTH: passwordOnly,
  PASSWORD_VERIFIER: passwordClaim,
  DEVICE_SRP_AUTH: srpOnly,
  DEVICE_PASSWORD_VERIFIER: passwordClaim,
  NEW_PASSWORD_REQUIRED: (answer) => {
    const body: Body = { NEW_PASSWORD: password(answer.newPassword, "EmptyNewPassword") };
    for (const [name, value] of Object.entries(fields(answer.attributes))) {
      // An empty field means "not given": sending "" would try to set the attribute to nothing.
      if (text(value) && name) {
        body[name.startsWith(ATTRIBUTE_PREFIX) ? name : ATTRIBUTE_PREFIX + name] = value as string;
      }
    }
    return body;
  },
  // After VerifySoftwareToken nothing but USERNAME; for email set-up the address (§6.1, §6.2).
  MFA_SETUP: (answer) => (answer.email === undefined ? {} : { EMAIL: email(answer.email) }),
  CUSTOM_CHALLENGE: (answer) => ({ ANSWER: text(answer.answer) ?? invalidAnswer("EmptyAnswer") }),
  WEB_AUTHN: (answer) => ({ CREDENTIAL: credential(answer.credential) }),
};

/**
 * Where DEVICE_KEY goes (protocol reference §5, §13.3), following Amplify: required by the two
 * device-SRP steps; added when known to the PASSWORD_VERIFIER, code and custom answers; never
 * sent with NEW_PASSWORD_REQUIRED, SELECT_MFA_TYPE, MFA_SETUP or SELECT_CHALLENGE, where Amplify
 * does not send it either.
 */
const DEVICE_KEY_REQUIRED: readonly string[] = ["DEVICE_SRP_AUTH", "DEVICE_PASSWORD_VERIFIER"];
const DEVICE_KEY_WHEN_KNOWN: readonly string[] = [
  "PASSWORD_VERIFIER",
  "SMS_MFA",
  "SOFTWARE_TOKEN_MFA",
  "SMS_OTP",
  "EMAIL_OTP",
  "CUSTOM_CHALLENGE",
];

/**
 * Builds the exact `ChallengeResponses` of RespondToAuthChallenge for challenge `name` from its
 * typed answer: the keys protocol reference §3 lists, no more. Adds `USERNAME`
 * (`context.username`: the internal username after SRP, §4.6), `SECRET_HASH` when
 * `context.secretHash` is given (hashed with that same username, §8) and `DEVICE_KEY` where the
 * protocol puts it.
 *
 * Rejects, before anything is sent, with a `ChallengeError` `InvalidAnswer` (recovery `retry`)
 * when the answer cannot be right: an empty code, a code with letters after `normalizeCode`, an
 * empty (new) password, an email address without `@`, an option that was not offered. The device
 * SRP steps without `context.deviceKey` reject with a `ProtocolError` (`MissingDeviceKey`).
 *
 * @example
 * await buildChallengeResponses("SMS_MFA", { code: "123 456" }, { username: sub, deviceKey });
 * // { USERNAME: sub, SMS_MFA_CODE: "123456", DEVICE_KEY: deviceKey }
 */
export async function buildChallengeResponses<N extends ChallengeName>(
  name: N,
  input: ChallengeResponseInput<N>,
  context: ResponseContext,
): Promise<ChallengeResponses> {
  if (!Object.hasOwn(BUILDERS, name)) {
    throw new ProtocolError(
      "UnknownChallenge",
      "No ChallengeResponses are known for this challenge.",
    );
  }
  const username = text(context.username) ?? invalidAnswer("MissingUsername", "The username");
  const responses: ChallengeResponses = { USERNAME: username, ...BUILDERS[name](fields(input)) };
  const deviceKey = context.deviceKey;
  if (DEVICE_KEY_REQUIRED.includes(name) && !deviceKey) {
    throw new ProtocolError(
      "MissingDeviceKey",
      `${name} needs a remembered device, and none is known.`,
    );
  }
  if (deviceKey && (DEVICE_KEY_REQUIRED.includes(name) || DEVICE_KEY_WHEN_KNOWN.includes(name))) {
    responses.DEVICE_KEY = deviceKey;
  }
  if (context.secretHash) responses.SECRET_HASH = await secretHashOf(context.secretHash, username);
  return responses;
}

/** Calls an app's SECRET_HASH provider; whatever it throws or returns amiss becomes a `ChallengeError`. */
export async function secretHashOf(
  provider: SecretHashProvider,
  username: string,
): Promise<string> {
  let hash: unknown;
  let cause: unknown;
  try {
    hash = await provider(username);
  } catch (error) {
    if (error instanceof ChallengeError) throw error;
    cause = error;
  }
  if (cause === undefined && text(hash)) return hash as string;
  throw new ChallengeError("UnknownError", "SECRET_HASH could not be computed.", {
    recovery: "retry",
    reason: "SecretHashFailed",
    ...(cause === undefined ? {} : { cause }),
  });
}

/** `CREDENTIAL`: the AuthenticationResponseJSON as a JSON string (§3.12); an undefined `userHandle` disappears. */
function credential(value: unknown): string {
  const candidate = fields(value);
  const response = fields(candidate.response);
  const strings = [candidate.id, candidate.rawId, candidate.type, response.clientDataJSON];
  strings.push(response.authenticatorData, response.signature);
  try {
    if (strings.every(text)) return JSON.stringify(value);
  } catch {
    // A BigInt or a cycle: not a credential from startAuthentication.
  }
  return invalidAnswer("InvalidCredential");
}
