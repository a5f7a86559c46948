import type { ChallengeParameters } from "./challenge.types";
import type { FirstFactor } from "./challenge-name";
import { asRecord, FIRST_FACTORS, json, known, optional, options } from "./parse-parameters";
import { reject } from "./parse-result";
import type { CredentialRequestOptionsJson } from "./webauthn.types";

/** Parsers for the parameters that carry structured JSON: NEW_PASSWORD_REQUIRED, WEB_AUTHN, AvailableChallenges. */

/** The prefix of NEW_PASSWORD_REQUIRED's attribute names, in `requiredAttributes` and the answer (§3.8). */
export const ATTRIBUTE_PREFIX = "userAttributes.";

/**
 * `requiredAttributes`: a JSON array string of `userAttributes.<name>` (protocol reference §3.8),
 * returned without the prefix, once each. Absent means none is required. A name without the
 * prefix is kept as sent ([CL] cuts the prefix's length blindly; we do not guess).
 */
export function requiredAttributes(parameters: ChallengeParameters): readonly string[] {
  if (!optional(parameters, "requiredAttributes")) return [];
  const names = json<string[]>(parameters, "requiredAttributes", true).map((item) =>
    item.startsWith(ATTRIBUTE_PREFIX) ? item.slice(ATTRIBUTE_PREFIX.length) : item,
  );
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
      (entry): entry is [string, string] => typeof entry[1] === "string",
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
  const { challenge, rpId, userVerification, timeout, allowCredentials } = options;
  const string = (value: unknown, required?: boolean): boolean =>
    value === undefined ? !required : typeof value === "string" && value !== "";
  const check = (ok: boolean, field: string): void => {
    if (!ok) reject("MalformedJson", `ChallengeParameters.${key}.${field}`);
  };
  check(string(challenge, true), "challenge");
  check(string(rpId), "rpId");
  check(string(userVerification), "userVerification");
  check(timeout === undefined || typeof timeout === "number", "timeout");
  check(
    allowCredentials === undefined ||
      (Array.isArray(allowCredentials) &&
        allowCredentials.every((item) => {
          const descriptor = asRecord(item);
          return typeof descriptor?.id === "string" && typeof descriptor.type === "string";
        })),
    "allowCredentials",
  );
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
  if (!Array.isArray(value) || value.some((item) => typeof item !== "string")) {
    reject("InvalidParameterType", field);
  }
  return options(value as unknown[], FIRST_FACTORS, field);
}
