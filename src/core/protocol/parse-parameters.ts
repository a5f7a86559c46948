import { decodeBase64, isHex } from "../util/encoding";
import { words } from "../util/words";
import type { ChallengeParameters, CodeDelivery } from "./challenge.types";
import type { FirstFactor, MfaType } from "./challenge-name";
import { reject } from "./parse-result";

/**
 * Readers for `ChallengeParameters` values. Each one reports bad data by throwing a
 * `ProtocolError` (caught by `attempt` at the public boundary) whose message names the
 * parameter but never repeats its value.
 */

/** MFA factors this library knows, in `MFAS_CAN_CHOOSE` / `MFAS_CAN_SETUP` and SELECT_MFA_TYPE's ANSWER. */
export const MFA_TYPES: readonly MfaType[] = words("SMS_MFA SOFTWARE_TOKEN_MFA EMAIL_OTP");

/** First factors of USER_AUTH, in `AvailableChallenges` and PREFERRED_CHALLENGE / SELECT_CHALLENGE's ANSWER. */
export const FIRST_FACTORS: readonly FirstFactor[] = words(
  "PASSWORD PASSWORD_SRP EMAIL_OTP SMS_OTP WEB_AUTHN",
);

/** The one string guard of the protocol layer (values off the wire and from untyped callers). */
export function isString(value: unknown): value is string {
  return typeof value === "string";
}

/** An object read off the wire, as a map; undefined for anything that is not a non-array object. */
export function asRecord(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof value === "object" && value && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** An own property only: a server-sent map must not reach `Object.prototype` (`toString`, `__proto__`). */
export function own(record: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A non-empty string, or undefined. */
export function text(value: unknown): string | undefined {
  return isString(value) && value ? value : undefined;
}

/**
 * JSON text as a value; undefined for text that is not JSON (an empty one included). The
 * SyntaxError is dropped, never kept as a cause: V8 quotes the input in its message. The one JSON
 * reader of `core`, for parameters and for transport answers alike.
 */
export function parseJson(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

/** Throws the `ProtocolError` for parameter `key`: `<reason>: ChallengeParameters.<key>`. */
function rejectParameter(reason: string, key: string): never {
  return reject(reason, `ChallengeParameters.${key}`);
}

/**
 * `ChallengeParameters` as a string-to-string map. Absent (or JSON `null`) is an empty map: some
 * challenges carry none (SOFTWARE_TOKEN_MFA). A value that is not a string fails.
 */
export function toParameterMap(value: unknown): ChallengeParameters {
  const entries = Object.entries(
    value == null ? {} : (asRecord(value) ?? reject("InvalidParameterType", "ChallengeParameters")),
  );
  for (const [key, item] of entries) {
    // A hostile key is shortened so it cannot flood a message or a log.
    if (!isString(item)) rejectParameter("InvalidParameterType", key.slice(0, 64));
  }
  // fromEntries defines own properties, so a key such as "__proto__" stays a plain key.
  return Object.fromEntries(entries) as ChallengeParameters;
}

/** A parameter's value, or undefined when absent or empty. */
export function optional(parameters: ChallengeParameters, key: string): string | undefined {
  return text(own(parameters, key));
}

/**
 * A parameter that must be there, checked by `check` when given (failing with `reason`):
 * SRP_B and SALT are hex of any case (returned lowercase), SECRET_BLOCK base64 (Amplify's decoder
 * also takes base64url, §4.3 step 8; returned unchanged).
 */
export function required(
  parameters: ChallengeParameters,
  key: string,
  check?: "InvalidHex" | "InvalidBase64",
): string {
  const value = optional(parameters, key) ?? rejectParameter("MissingParameter", key);
  if (check === "InvalidHex") {
    return isHex(value) ? value.toLowerCase() : rejectParameter(check, key);
  }
  return !check || decodeBase64(value) ? value : rejectParameter(check, key);
}

/**
 * A parameter that holds JSON in a string (protocol reference §12 item 5): an object, or with
 * `array` an array of strings.
 */
export function json<T>(parameters: ChallengeParameters, key: string, array?: boolean): T {
  const value = parseJson(required(parameters, key));
  const fits = array ? Array.isArray(value) && value.every(isString) : asRecord(value);
  return fits ? (value as T) : rejectParameter("MalformedJson", key);
}

/** The known members of `items`, in order, once each. */
export function known<T extends string>(items: readonly unknown[], names: readonly T[]): T[] {
  return [...new Set(items)].filter((item): item is T => names.includes(item as T));
}

/**
 * The known options of a list: names we do not know are dropped (the raw parameters keep them).
 * A list left empty is a `NoOptions` error: a screen with nothing to pick is a dead end, and only
 * a restart can help.
 */
export function options<T extends string>(
  items: readonly unknown[],
  names: readonly T[],
  field: string,
): readonly T[] {
  const found = known(items, names);
  return found.length ? found : reject("NoOptions", field);
}

/** `MFAS_CAN_CHOOSE` / `MFAS_CAN_SETUP`: a JSON array string of factor names. */
export function mfaTypes(parameters: ChallengeParameters, key: string): readonly MfaType[] {
  return options(json<unknown[]>(parameters, key, true), MFA_TYPES, `ChallengeParameters.${key}`);
}

/** `CODE_DELIVERY_DESTINATION` (masked) and `CODE_DELIVERY_DELIVERY_MEDIUM`; the medium defaults to the challenge's own. */
export function codeDelivery(
  parameters: ChallengeParameters,
  defaultMedium: "SMS" | "EMAIL",
): CodeDelivery | undefined {
  const destination = optional(parameters, "CODE_DELIVERY_DESTINATION");
  return destination
    ? {
        medium: optional(parameters, "CODE_DELIVERY_DELIVERY_MEDIUM") ?? defaultMedium,
        destination,
      }
    : undefined;
}
