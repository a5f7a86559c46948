import { email, fields, invalidAnswer, numericCode, option, password, srpA } from "./answer-checks";
import { type ChallengeName, isChallengeName } from "./challenge-name";
import type {
  ChallengeResponseInput,
  ChallengeResponses,
  ResponseContext,
} from "./challenge-response.types";
import { asRecord, FIRST_FACTORS, isString, MFA_TYPES, text } from "./parse-parameters";
import { reject } from "./parse-result";
import { ATTRIBUTE_PREFIX, withoutPrefix } from "./parse-structured";
import { secretHashOf } from "./secret-hash";

type Body = Record<string, string>;

/**
 * The challenge-specific keys of a `ChallengeResponses` (protocol reference §3), from an answer
 * of unknown shape: USERNAME, DEVICE_KEY and SECRET_HASH are added around them by
 * `buildChallengeResponses`. Synchronous and pure, so that the flow's reducer runs the same
 * checks before it asks for a request. Throws `InvalidAnswer` (see `answer-checks.ts`); an
 * unknown name gives `{}`.
 * @internal
 */
export function responseBody(name: string, input: unknown): Body {
  const answer = fields(input);
  switch (name) {
    // The challenges answered with a code, each under `<name>_CODE` (§3.2-§3.5).
    case "SMS_MFA":
    case "SMS_OTP":
    case "EMAIL_OTP":
    case "SOFTWARE_TOKEN_MFA":
      return { [`${name}_CODE`]: numericCode(answer.code) };
    case "PASSWORD":
    case "ADMIN_NO_SRP_AUTH":
      return { PASSWORD: password(answer.password) };
    case "PASSWORD_SRP":
    case "DEVICE_SRP_AUTH":
      return { SRP_A: srpA(answer.srpA) };
    // ANSWER is EMAIL_OTP for email, as Amplify sends it; the SDK doc's EMAIL_MFA is not in the enum (§13.1).
    case "SELECT_MFA_TYPE":
      return { ANSWER: option(answer.mfaType, MFA_TYPES) };
    case "SELECT_CHALLENGE": {
      const ANSWER = option(answer.challenge, FIRST_FACTORS);
      // WEB_AUTHN in two steps, as Amplify does: the credential answers the WEB_AUTHN challenge
      // that follows (§13.7). PASSWORD and PASSWORD_SRP (the first factors named PASSWORD…)
      // carry their own key (§3.10).
      return { ANSWER, ...(ANSWER.startsWith("PASSWORD") ? responseBody(ANSWER, answer) : {}) };
    }
    case "PASSWORD_VERIFIER":
    case "DEVICE_PASSWORD_VERIFIER": {
      // The SRP proof (§3.1, §3.13): computed by the flow, never typed.
      const proof = (value: unknown): string =>
        text(value) ?? invalidAnswer("InvalidPasswordClaim", true);
      return {
        PASSWORD_CLAIM_SECRET_BLOCK: proof(answer.secretBlock),
        PASSWORD_CLAIM_SIGNATURE: proof(answer.signature),
        TIMESTAMP: proof(answer.timestamp),
      };
    }
    case "NEW_PASSWORD_REQUIRED": {
      const body: Body = { NEW_PASSWORD: password(answer.newPassword, "EmptyNewPassword") };
      // Absent is none; anything else must be an object of strings.
      const attributes = asRecord(answer.attributes === undefined ? {} : answer.attributes);
      if (!attributes || !Object.values(attributes).every(isString)) {
        invalidAnswer("InvalidAttributes");
      }
      for (const [key, value] of Object.entries(attributes)) {
        // An empty field means "not given": sending "" would try to set the attribute to nothing.
        if (value && key) body[ATTRIBUTE_PREFIX + withoutPrefix(key)] = value as string;
      }
      return body;
    }
    // After VerifySoftwareToken nothing but USERNAME; for email set-up the address (§6.1, §6.2).
    case "MFA_SETUP":
      return answer.email === undefined ? {} : { EMAIL: email(answer.email) };
    case "CUSTOM_CHALLENGE":
      return { ANSWER: text(answer.answer) ?? invalidAnswer("EmptyAnswer") };
    case "WEB_AUTHN":
      return { CREDENTIAL: credential(answer.credential) };
  }
  return {};
}

/**
 * Where DEVICE_KEY goes (protocol reference §5, §13.3), following Amplify: required by the two
 * device-SRP steps (`DEVICE_…`); added when known to the PASSWORD_VERIFIER, code (`…_MFA`,
 * `…_OTP`) and custom answers; never sent with NEW_PASSWORD_REQUIRED, SELECT_MFA_TYPE, MFA_SETUP
 * or SELECT_CHALLENGE, where Amplify does not send it either, nor with the first factors. Of the
 * 16 challenge names (checked first) the pattern matches exactly those 8.
 */
const DEVICE_KEY_WHEN_KNOWN = /^DEVICE_|VERIFIER$|_MFA$|_OTP$|^CUSTOM_/;

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
  if (!isChallengeName(name)) reject("UnknownChallenge", "ChallengeName");
  const username = text(context.username) ?? invalidAnswer("MissingUsername", true);
  const responses: ChallengeResponses = { USERNAME: username, ...responseBody(name, input) };
  const deviceKey = context.deviceKey;
  // DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER cannot be answered without the device.
  if (name.startsWith("DEVICE_") && !deviceKey) reject("MissingDeviceKey", "DEVICE_KEY");
  if (deviceKey && DEVICE_KEY_WHEN_KNOWN.test(name)) responses.DEVICE_KEY = deviceKey;
  if (context.secretHash) responses.SECRET_HASH = await secretHashOf(context.secretHash, username);
  return responses;
}

/** `CREDENTIAL`: the AuthenticationResponseJSON as a JSON string (§3.12); an undefined `userHandle` disappears. */
function credential(value: unknown): string {
  const { id, rawId, type, response } = fields(value);
  const { clientDataJSON, authenticatorData, signature } = fields(response);
  try {
    if ([id, rawId, type, clientDataJSON, authenticatorData, signature].every(text)) {
      return JSON.stringify(value);
    }
  } catch {
    // A BigInt or a cycle: not a credential from startAuthentication.
  }
  return invalidAnswer("InvalidCredential");
}
