import type { ChallengeParameters } from "./challenge.types";
import type { FirstFactor } from "./challenge-name";
import { asRecord, FIRST_FACTORS, json, known, optional } from "./parse-parameters";
import { reject } from "./parse-result";
import type { CredentialRequestOptionsJson } from "./webauthn.types";

/** Parsers for the parameters that carry structured JSON: NEW_PASSWORD_REQUIRED, WEB_AUTHN, AvailableChallenges. */

/** The prefix of NEW_PASSWORD_REQUIRED's attribute names, in `requiredAttributes` and the answer (§3.8). */
export const ATTRIBUTE_PREFIX = "userAttributes.";

/**
 * `requiredAttributes`: a JSON array string of `userAttributes.<name>` (protocol reference §3.8),
 * returned without the prefix. Absent means none is required. A name without the prefix is kept
 * as sent ([CL] cuts the prefix's length blindly; we do not guess).
 */
export function requiredAttributes(parameters: ChallengeParameters): readonly string[] {
  const key = "requiredAttributes";
  if (optional(parameters, key) === undefined) return [];
  const names: string[] = [];
  for (const item of json<unknown[]>(parameters, key, true)) {
    if (typeof item !== "string") reject("MalformedJson", `ChallengeParameters.${key}`);
    const name = item.startsWith(ATTRIBUTE_PREFIX) ? item.slice(ATTRIBUTE_PREFIX.length) : item;
    if (name !== "" && !names.includes(name)) names.push(name);
  }
  return names;
}

/**
 * `userAttributes`: a JSON object string of the user's current attributes. Absent means unknown
 * (an empty map). Cognito sends every value as a string (`"email_verified":"true"`); any other
 * value is dropped rather than failing the sign-in over a display detail.
 */
export function userAttributes(parameters: ChallengeParameters): Readonly<Record<string, string>> {
  if (optional(parameters, "userAttributes") === undefined) return {};
  const record = json<Record<string, unknown>>(parameters, "userAttributes", false);
  return Object.fromEntries(
    Object.entries(record).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string",
    ),
  );
}

/** The fields of `CREDENTIAL_REQUEST_OPTIONS` that `startAuthentication` relies on, and their types. */
const REQUEST_OPTION_TYPES: Readonly<Record<string, string>> = {
  challenge: "string",
  rpId: "string",
  timeout: "number",
  userVerification: "string",
};

/**
 * `CREDENTIAL_REQUEST_OPTIONS` (protocol reference §3.12): a JSON object string whose field names
 * are WebAuthn's PublicKeyCredentialRequestOptionsJSON. `challenge` is required; the other typed
 * fields and each `allowCredentials` descriptor (`id`, `type`) are checked; unknown fields pass
 * through for newer browsers.
 */
export function credentialRequestOptions(
  parameters: ChallengeParameters,
): CredentialRequestOptionsJson {
  const key = "CREDENTIAL_REQUEST_OPTIONS";
  const options = json<Record<string, unknown>>(parameters, key, false);
  const bad = (field: string): never =>
    reject("MalformedJson", `ChallengeParameters.${key}.${field}`);
  for (const [field, type] of Object.entries(REQUEST_OPTION_TYPES)) {
    const value = options[field];
    if ((value !== undefined || field === "challenge") && (typeof value !== type || value === "")) {
      bad(field);
    }
  }
  const allow = options.allowCredentials;
  if (allow !== undefined) {
    if (!Array.isArray(allow)) bad("allowCredentials");
    for (const item of allow as unknown[]) {
      const descriptor = asRecord(item);
      if (typeof descriptor?.id !== "string" || typeof descriptor.type !== "string") {
        bad("allowCredentials");
      }
    }
  }
  return options as unknown as CredentialRequestOptionsJson;
}

/**
 * The top-level `AvailableChallenges` (protocol reference §2): known first factors, in order, once
 * each. Only SELECT_CHALLENGE needs it, and checks it strictly; on other challenges (SDK 3.1169
 * declares it on RespondToAuthChallenge too, §13.12) an unusable value reads as none.
 */
export function availableChallenges(value: unknown): readonly FirstFactor[] {
  return Array.isArray(value) ? known(value, FIRST_FACTORS) : [];
}

export function selectChallengeOptions(value: unknown): readonly FirstFactor[] {
  if (value === undefined || value === null) {
    return reject("MissingParameter", "AvailableChallenges");
  }
  if (!Array.isArray(value) || value.some((item) => typeof item !== "string")) {
    return reject("InvalidParameterType", "AvailableChallenges");
  }
  const options = known(value, FIRST_FACTORS);
  return options.length > 0 ? options : reject("NoOptions", "AvailableChallenges");
}
