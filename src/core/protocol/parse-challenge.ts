import type {
  AnyChallenge,
  Challenge,
  ChallengeParameters,
  UnknownChallenge,
} from "./challenge.types";
import { type ChallengeName, isChallengeName } from "./challenge-name";
import {
  codeDelivery,
  mfaTypes,
  optional,
  required,
  text,
  toParameterMap,
} from "./parse-parameters";
import { attempt, type ParseResult, reject } from "./parse-result";
import {
  credentialRequestOptions,
  requiredAttributes,
  selectChallengeOptions,
  userAttributes,
} from "./parse-structured";

export interface ParseChallengeOptions {
  /** The response's top-level `AvailableChallenges`, as received. Read for SELECT_CHALLENGE. */
  readonly availableChallenges?: unknown;
  /**
   * Digits of a delivered code (SMS_MFA, SMS_OTP, EMAIL_OTP), when the caller knows better. Without
   * it: 6 for the MFA codes, 8 for SMS_OTP, which is only ever a passwordless first factor and whose
   * codes Cognito fixes at 8 digits (aws-amplify/amplify-js#14428). An EMAIL_OTP used as a first
   * factor also carries 8 digits: the flow, which knows how the code was requested, passes 8 then.
   * SOFTWARE_TOKEN_MFA is always 6 (RFC 6238 as Cognito configures TOTP). Ignored unless an integer
   * from 4 to 10.
   */
  readonly codeLength?: number;
}

/**
 * Parses one challenge from its wire name and `ChallengeParameters` into the typed value the
 * screens render: JSON-in-a-string parameters decoded, hex and base64 checked, the internal
 * username picked (`USER_ID_FOR_SRP`, else `USERNAME`, protocol reference §4.6).
 *
 * A name this library does not know becomes `{ name, parameters, isUnknown: true }`. Bad server
 * data becomes `{ ok: false, error }` with a `ProtocolError` whose `reason` names the check
 * (`MissingParameter`, `MalformedJson`, `InvalidHex`, …). Never throws.
 */
export function parseChallenge(
  name: string,
  parameters: unknown,
  options: ParseChallengeOptions = {},
): ParseResult<AnyChallenge | UnknownChallenge> {
  return attempt(() => toChallenge(name, parameters, options));
}

/** The throwing core of `parseChallenge`, shared with `parseAuthResponse`. */
export function toChallenge(
  rawName: unknown,
  raw: unknown,
  options: ParseChallengeOptions,
): AnyChallenge | UnknownChallenge {
  const name = text(rawName) ?? reject("MissingChallengeName", "ChallengeName");
  const parameters = toParameterMap(raw);
  if (!isChallengeName(name)) return { name, parameters, isUnknown: true };
  return knownChallenge(name, parameters, options);
}

/**
 * What a known challenge adds to `{ name, parameters, username }`: for each name, the fields of
 * its type in `challenge.types.ts` (a `username` here replaces the one read from USERNAME).
 */
type Details<N extends ChallengeName = ChallengeName> = N extends ChallengeName
  ? Omit<Challenge<N>, "name" | "parameters" | "username"> & { readonly username?: string }
  : never;

function knownChallenge(
  name: ChallengeName,
  parameters: ChallengeParameters,
  options: ParseChallengeOptions,
): AnyChallenge {
  const username = optional(parameters, "USER_ID_FOR_SRP") ?? optional(parameters, "USERNAME");
  return {
    name,
    parameters,
    ...(username === undefined ? {} : { username }),
    ...details(name, parameters, options),
  } as AnyChallenge;
}

function details(
  name: ChallengeName,
  parameters: ChallengeParameters,
  options: ParseChallengeOptions,
): Details {
  switch (name) {
    case "SMS_MFA":
    case "SMS_OTP":
    case "EMAIL_OTP": {
      const delivery = codeDelivery(parameters, name === "EMAIL_OTP" ? "EMAIL" : "SMS");
      const requested = options.codeLength as number;
      const codeLength =
        Number.isInteger(requested) && requested >= 4 && requested <= 10
          ? requested
          : name === "SMS_OTP"
            ? 8
            : 6;
      return { codeLength, ...(delivery ? { delivery } : {}) };
    }
    case "SOFTWARE_TOKEN_MFA": {
      const friendlyDeviceName = optional(parameters, "FRIENDLY_DEVICE_NAME");
      return { codeLength: 6, ...(friendlyDeviceName ? { friendlyDeviceName } : {}) };
    }
    case "SELECT_MFA_TYPE":
      return { options: mfaTypes(parameters, "MFAS_CAN_CHOOSE") };
    case "MFA_SETUP":
      return { options: mfaTypes(parameters, "MFAS_CAN_SETUP") };
    case "PASSWORD_VERIFIER": {
      // Amplify refuses a PASSWORD_VERIFIER without USER_ID_FOR_SRP (§4.4): the SRP maths and
      // every later USERNAME and SECRET_HASH depend on it.
      const userIdForSrp = required(parameters, "USER_ID_FOR_SRP");
      return { username: userIdForSrp, userIdForSrp, ...srpParameters(parameters) };
    }
    case "DEVICE_PASSWORD_VERIFIER":
      return srpParameters(parameters);
    case "CUSTOM_CHALLENGE": {
      // The trigger's publicChallengeParameters plus USERNAME, which is ours, not the trigger's (§3.9).
      const { USERNAME: _username, ...publicParameters } = parameters;
      return { publicParameters };
    }
    case "SELECT_CHALLENGE":
      return { options: selectChallengeOptions(options.availableChallenges) };
    case "NEW_PASSWORD_REQUIRED":
      return {
        requiredAttributes: requiredAttributes(parameters),
        userAttributes: userAttributes(parameters),
      };
    case "WEB_AUTHN":
      return { requestOptions: credentialRequestOptions(parameters) };
  }
  // DEVICE_SRP_AUTH, PASSWORD, PASSWORD_SRP and ADMIN_NO_SRP_AUTH carry nothing more.
  return {};
}

function srpParameters(parameters: ChallengeParameters) {
  return {
    salt: required(parameters, "SALT", "InvalidHex"),
    srpB: required(parameters, "SRP_B", "InvalidHex"),
    secretBlock: required(parameters, "SECRET_BLOCK", "InvalidBase64"),
  };
}
