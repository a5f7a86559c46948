import type { ChallengeParameters } from "./challenge.types";
import type { FirstFactor } from "./challenge-name";
import {
  asRecord,
  FIRST_FACTORS,
  isString,
  json,
  known,
  optional,
  options,
  text,
} from "./parse-parameters";
import { reject } from "./parse-result";
import type { CredentialRequestOptionsJson } from "./webauthn.types";

/** Parsers for the parameters that carry structured JSON: NEW_PASSWORD_REQUIRED, WEB_AUTHN, AvailableChallenges. */

/** The prefix of NEW_PASSWORD_REQUIRED's attribute names, in `requiredAttributes` and the answer (§3.8). */
export const ATTRIBUTE_PREFIX = "userAttributes.";

/** An attribute name without `ATTRIBUTE_PREFIX` (once: `userAttributes.userAttributes.x` keeps one). */
export function withoutPrefix(name: string): string {
  return name.replace(/^userAttributes\./, "");
}

/**
 * `requiredAttributes`: a JSON array string of `userAttributes.<name>` (protocol reference §3.8),
 * returned without the prefix, once each. Absent means none is required. A name without the
 * prefix is kept as sent ([CL] cuts the prefix's length blindly; we do not guess).
 */
export function requiredAttributes(parameters: ChallengeParameters): readonly string[] {
  if (!optional(parameters, "requiredAttributes")) return [];
  const names = json<string[]>(parameters, "requiredAttributes", true).map(withoutPrefix);
  return [...new Set(names)].filter(Boolean);
}

/**
 * `userAttributes`: a JSON object string of the user's current attributes. Absent means unknown
 * (an empty map). Cognito sends every value as a string (`"email_verified":"true"`); any other
 * value is dropped rather than failing the sign-in over a display detail.
 */
export function userAttributes(parameters: ChallengeParameters): Readonly<Record<string, string>> {
  if (!optional(parameters, "userAttributes")) return {};
  return Object.fromEntries(
    Object.entries(json<object>(parameters, "userAttributes")).filter(
      (entry): entry is [string, string] => isString(entry[1]),
    ),
  );
}

/**
 * `CREDENTIAL_REQUEST_OPTIONS` (protocol reference §3.12): a JSON object string whose field names
 * are WebAuthn's PublicKeyCredentialRequestOptionsJSON. The fields `startAuthentication` relies
 * on are checked: `challenge` (required), `rpId`, `userVerification` (non-empty strings),
 * `timeout` (a number) and each `allowCredentials` descriptor's `id` and `type` (strings).
 * Unknown fields pass through for newer browsers.
 */
export function credentialRequestOptions(
  parameters: ChallengeParameters,
): CredentialRequestOptionsJson {
  const key = "CREDENTIAL_REQUEST_OPTIONS";
  const options = json<Record<string, unknown>>(parameters, key);
  // Each checked field with its check, in this order. Only `challenge` is required: the others
  // may be absent, but not present and wrong (an empty rpId, a timeout that is no number).
  const checks: Record<string, (value: unknown) => unknown> = {
    challenge: text,
    rpId: text,
    userVerification: text,
    timeout: (value) => typeof value === "number",
    allowCredentials: (list) =>
      Array.isArray(list) &&
      list.every((item) => {
        const descriptor = asRecord(item);
        return isString(descriptor?.id) && isString(descriptor.type);
      }),
  };
  for (const [field, check] of Object.entries(checks)) {
    const value = options[field];
    if ((value !== undefined || field === "challenge") && !check(value)) {
      reject("MalformedJson", `ChallengeParameters.${key}.${field}`);
    }
  }
  return options as unknown as CredentialRequestOptionsJson;
}

/**
 * The top-level `AvailableChallenges` (protocol reference §2): known first factors, in order, once
 * each. Only SELECT_CHALLENGE needs it, and checks it strictly (`selectChallengeOptions`); on
 * other challenges (SDK 3.1169 declares it on RespondToAuthChallenge too, §13.12) an unusable
 * value reads as none.
 */
export function availableChallenges(value: unknown): readonly FirstFactor[] {
  return Array.isArray(value) ? known(value, FIRST_FACTORS) : [];
}

export function selectChallengeOptions(value: unknown): readonly FirstFactor[] {
  const field = "AvailableChallenges";
  if (value == null) reject("MissingParameter", field);
  if (!Array.isArray(value) || !value.every(isString)) {
    reject("InvalidParameterType", field);
  }
  return options(value as unknown[], FIRST_FACTORS, field);
}
