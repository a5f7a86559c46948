import type { SignInTokens } from "../flow/sign-in.types";
import { words } from "../util/words";
import type { AnyChallenge, SelectChallengeChallenge, UnknownChallenge } from "./challenge.types";
import type { FirstFactor } from "./challenge-name";
import { toChallenge } from "./parse-challenge";
import { asRecord, isString, own, text } from "./parse-parameters";
import { attempt, type ParseResult, reject } from "./parse-result";
import { availableChallenges } from "./parse-structured";
import type { NewDeviceMetadata } from "./wire.types";

/** What an InitiateAuth or RespondToAuthChallenge response says: signed in, or one more challenge. */
export type ParsedAuthResponse =
  | {
      readonly kind: "signedIn";
      readonly tokens: SignInTokens;
      /** Present when device tracking is on and this device is new to Cognito (protocol reference §5). */
      readonly newDevice?: NewDeviceMetadata;
    }
  | {
      readonly kind: "challenge";
      readonly challenge: AnyChallenge | UnknownChallenge;
      /**
       * The opaque, single-use `Session` to send with the answer. `""` only for an SRP verifier
       * challenge that came without one: send none back (`buildRespondToAuthChallengeRequest`
       * leaves it out).
       */
      readonly session: string;
      /** The top-level `AvailableChallenges`: known first factors only, `[]` when absent. */
      readonly availableChallenges: readonly FirstFactor[];
    };

export interface ParseAuthResponseOptions {
  /** Digits of a delivered code; see `ParseChallengeOptions.codeLength`. */
  readonly codeLength?: number;
}

/**
 * Turns an InitiateAuth / RespondToAuthChallenge response body into a typed value: the tokens
 * (and `NewDeviceMetadata`), or the parsed challenge with its `Session`. Bad server data — no
 * tokens and no challenge, tokens without AccessToken or IdToken, a challenge without Session,
 * unreadable parameters — becomes `{ ok: false, error: ProtocolError }`. Never throws; error
 * messages name fields, never tokens or other values.
 */
export function parseAuthResponse(
  response: unknown,
  options: ParseAuthResponseOptions = {},
): ParseResult<ParsedAuthResponse> {
  return attempt(() => toParsedResponse(response, options));
}

function toParsedResponse(
  response: unknown,
  options: ParseAuthResponseOptions,
): ParsedAuthResponse {
  const body = asRecord(response) ?? reject("InvalidResponse", "response");
  const result = own(body, "AuthenticationResult");
  // A JSON null reads as absent: some serialisers write every declared field.
  if (result != null) return toSignedIn(result);
  const name =
    own(body, "ChallengeName") ?? reject("MissingResult", "AuthenticationResult or ChallengeName");
  const session = sessionOf(name, own(body, "Session"));
  const available = own(body, "AvailableChallenges");
  const challenge = toChallenge(name, own(body, "ChallengeParameters"), {
    ...options,
    availableChallenges: available,
  });
  return {
    kind: "challenge",
    challenge,
    session,
    availableChallenges:
      challenge.name === "SELECT_CHALLENGE"
        ? (challenge as SelectChallengeChallenge).options
        : availableChallenges(available),
  };
}

/**
 * Every challenge needs its Session, except the SRP verifiers: AWS answers USER_SRP_AUTH's
 * InitiateAuth with a PASSWORD_VERIFIER that carries none (measured, ministackorg/ministack#1758;
 * the classic SDK sends back whatever `data.Session` holds). The SRP step is bound to its
 * SECRET_BLOCK instead. DEVICE_PASSWORD_VERIFIER is the same exchange for the device, so it gets
 * the same allowance.
 */
function sessionOf(name: unknown, session: unknown): string {
  // PASSWORD_VERIFIER and DEVICE_PASSWORD_VERIFIER, the only names that end so.
  const srp = isString(name) && name.endsWith("PASSWORD_VERIFIER");
  return text(session) ?? (srp && session == null ? "" : reject("MissingSession", "Session"));
}

function toSignedIn(value: unknown): ParsedAuthResponse {
  const field = "AuthenticationResult";
  const result = asRecord(value) ?? reject("InvalidParameterType", field);
  const tokens: Record<string, unknown> = {};
  // AccessToken and IdToken (the first two) must be non-empty strings; RefreshToken and
  // TokenType may be absent.
  for (const [index, key] of words("AccessToken IdToken RefreshToken TokenType").entries()) {
    const item = own(result, key);
    if (index < 2 ? !text(item) : item != null && !isString(item)) {
      reject(index < 2 ? "MissingToken" : "InvalidParameterType", `${field}.${key}`);
    }
    if (item != null) tokens[key] = item;
  }
  // Seconds: a finite number ≥ 0.
  const expiresIn = own(result, "ExpiresIn");
  if (!(Number.isFinite(expiresIn) && (expiresIn as number) >= 0)) {
    reject("MissingParameter", `${field}.ExpiresIn`);
  }
  tokens.ExpiresIn = expiresIn;
  const signedIn = { kind: "signedIn", tokens: tokens as unknown as SignInTokens } as const;
  const device = own(result, "NewDeviceMetadata");
  if (device == null) return signedIn;
  const metadata = asRecord(device) ?? {};
  const DeviceKey = text(own(metadata, "DeviceKey"));
  const DeviceGroupKey = text(own(metadata, "DeviceGroupKey"));
  return DeviceKey && DeviceGroupKey
    ? { ...signedIn, newDevice: { DeviceKey, DeviceGroupKey } }
    : reject("InvalidParameterType", `${field}.NewDeviceMetadata`);
}
