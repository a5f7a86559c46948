import { base64ToBytes, isHex } from "../util/encoding";
import type { ChallengeParameters, CodeDelivery } from "./challenge.types";
import type { FirstFactor, MfaType } from "./challenge-name";
import { reject } from "./parse-result";

/**
 * Readers for `ChallengeParameters` values. Each one reports bad data by throwing a
 * `ProtocolError` (caught by `attempt` at the public boundary) whose message names the
 * parameter but never repeats its value.
 */

/** MFA factors this library knows, in `MFAS_CAN_CHOOSE` / `MFAS_CAN_SETUP` and SELECT_MFA_TYPE's ANSWER. */
export const MFA_TYPES: readonly MfaType[] = ["SMS_MFA", "SOFTWARE_TOKEN_MFA", "EMAIL_OTP"];

/** First factors of USER_AUTH, in `AvailableChallenges` and PREFERRED_CHALLENGE / SELECT_CHALLENGE's ANSWER. */
export const FIRST_FACTORS: readonly FirstFactor[] = [
  "PASSWORD",
  "PASSWORD_SRP",
  "EMAIL_OTP",
  "SMS_OTP",
  "WEB_AUTHN",
];

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
  return typeof value === "string" && value !== "" ? value : undefined;
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
    if (typeof item !== "string") {
      reject("InvalidParameterType", `ChallengeParameters.${key.slice(0, 64)}`);
    }
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
  const field = `ChallengeParameters.${key}`;
  const value = optional(parameters, key) ?? reject("MissingParameter", field);
  if (check === "InvalidHex") return isHex(value) ? value.toLowerCase() : reject(check, field);
  if (check) {
    try {
      base64ToBytes(value);
    } catch {
      reject(check, field);
    }
  }
  return value;
}

/**
 * A parameter that holds JSON in a string (protocol reference §12 item 5): an object, or with
 * `array` an array of strings. The SyntaxError is not kept as the cause: V8 quotes the input in
 * its message.
 */
export function json<T>(parameters: ChallengeParameters, key: string, array?: boolean): T {
  let value: unknown;
  const raw = required(parameters, key);
  try {
    value = JSON.parse(raw);
  } catch {
    // Handled below: `value` is still undefined.
  }
  const fits = array
    ? Array.isArray(value) && value.every((item) => typeof item === "string")
    : asRecord(value);
  return fits ? (value as T) : reject("MalformedJson", `ChallengeParameters.${key}`);
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
  return found.length > 0 ? found : reject("NoOptions", field);
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
