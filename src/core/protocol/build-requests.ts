import { words } from "../util/words";
import { invalidAnswer, password, srpA } from "./answer-checks";
import type { FirstFactor } from "./challenge-name";
import type { ChallengeResponses, SecretHashProvider } from "./challenge-response.types";
import { FIRST_FACTORS, text } from "./parse-parameters";
import { secretHashOf } from "./secret-hash";
import type {
  AuthFlow,
  InitiateAuthRequest,
  RequestExtras,
  RespondToAuthChallengeRequest,
} from "./wire.types";

/** What `buildAuthParameters` needs for InitiateAuth (protocol reference §2). */
export interface AuthParametersInput {
  readonly authFlow: AuthFlow;
  /** As typed (may be an alias). For the refresh flows, the internal username: it only feeds SECRET_HASH. */
  readonly username: string;
  /** USER_PASSWORD_AUTH, and USER_AUTH with PREFERRED_CHALLENGE=PASSWORD. Sent as typed. */
  readonly password?: string | undefined;
  /** USER_SRP_AUTH, USER_AUTH with PASSWORD_SRP, CUSTOM_AUTH with `srpFirst`: lowercase hex of A. */
  readonly srpA?: string | undefined;
  /** USER_AUTH only: go straight to this first factor instead of SELECT_CHALLENGE. */
  readonly preferredChallenge?: FirstFactor | undefined;
  /** CUSTOM_AUTH with SRP first */
  readonly srpFirst?: boolean | undefined;
  /** A remembered device, sent where Amplify sends it (see `buildAuthParameters`). */
  readonly deviceKey?: string | undefined;
  /** REFRESH_TOKEN_AUTH / REFRESH_TOKEN. */
  readonly refreshToken?: string | undefined;
}

/** Optional fields of InitiateAuth and RespondToAuthChallenge (protocol reference §1). */
export interface RequestOptions {
  /** Passed to the pool's Lambda triggers. */
  readonly clientMetadata?: Readonly<Record<string, string>> | undefined;
  /** `AnalyticsMetadata.AnalyticsEndpointId` (Amazon Pinpoint). */
  readonly analyticsEndpointId?: string | undefined;
  /** Advanced security: `EncodedData` from AWS's script, and/or the end user's `IpAddress`. */
  readonly userContextData?:
    | { readonly EncodedData?: string; readonly IpAddress?: string }
    | undefined;
}

/**
 * Builds InitiateAuth's `AuthParameters` for a flow, with exactly the keys protocol reference §2
 * lists: `USERNAME` (except the refresh flows), the flow's own keys, `DEVICE_KEY` where it
 * belongs and `SECRET_HASH` (hashed with the USERNAME as typed, §8) when `secretHash` is given.
 *
 * DEVICE_KEY follows Amplify (§5, §13.3): USER_PASSWORD_AUTH, CUSTOM_AUTH and the refresh flows
 * carry it; USER_SRP_AUTH does not (the classic SDK sends it there too; both work, and Amplify's
 * placement is the maintained one), nor USER_AUTH. Rejects with `InvalidAnswer` when a value the
 * flow needs is empty: the username or password (recovery `retry`), SRP_A or the refresh token
 * (`restart`).
 */
export async function buildAuthParameters(
  input: AuthParametersInput,
  secretHash?: SecretHashProvider,
): Promise<Record<string, string>> {
  const username = (): string =>
    text(input.username)?.trim() ? input.username : invalidAnswer("EmptyUsername");
  const flow = input.authFlow;
  const params: Record<string, string> = {};
  if (flow === "REFRESH_TOKEN_AUTH" || flow === "REFRESH_TOKEN") {
    params.REFRESH_TOKEN = text(input.refreshToken) ?? invalidAnswer("MissingRefreshToken", true);
  } else if (words("USER_SRP_AUTH USER_PASSWORD_AUTH USER_AUTH CUSTOM_AUTH").includes(flow)) {
    params.USERNAME = username();
  } else {
    invalidAnswer("UnsupportedAuthFlow", true);
  }
  // PREFERRED_CHALLENGE only in USER_AUTH, as Amplify sends it (§2 notes).
  const preferred = flow === "USER_AUTH" ? input.preferredChallenge : undefined;
  if (preferred !== undefined) {
    params.PREFERRED_CHALLENGE = FIRST_FACTORS.includes(preferred)
      ? preferred
      : invalidAnswer("UnknownOption", true);
  }
  // SRP before the custom steps: the Define-Auth-Challenge trigger sees SRP_A (§3.9).
  const srpFirst = flow === "CUSTOM_AUTH" && input.srpFirst;
  if (srpFirst) params.CHALLENGE_NAME = "SRP_A";
  // The password or SRP_A, for the flows and the preferred first factors that start with one.
  if (flow === "USER_PASSWORD_AUTH" || preferred === "PASSWORD") {
    params.PASSWORD = password(input.password);
  }
  if (flow === "USER_SRP_AUTH" || preferred === "PASSWORD_SRP" || srpFirst) {
    params.SRP_A = srpA(input.srpA);
  }
  if (input.deviceKey && flow !== "USER_SRP_AUTH" && flow !== "USER_AUTH") {
    params.DEVICE_KEY = input.deviceKey;
  }
  // Refresh: hashed with the internal username (sub in email-as-username pools), the likeliest
  // reading of an undocumented point (§8, §13.10).
  if (secretHash) params.SECRET_HASH = await secretHashOf(secretHash, username());
  return params;
}

/**
 * The members of `record` that hold something: not undefined, not empty, not an empty object.
 * Optional request fields appear only then (an empty `ClientMetadata` or `Session` is left out).
 */
function present(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).filter(
      ([, value]) => value && (typeof value !== "object" || Object.keys(value).length),
    ),
  );
}

/** The optional fields shared by both requests, `Session` included. */
function extras(options: RequestOptions & { session?: string | undefined }): RequestExtras {
  const context = options.userContextData ?? {};
  return present({
    Session: options.session,
    ClientMetadata: options.clientMetadata && { ...options.clientMetadata },
    AnalyticsMetadata: present({ AnalyticsEndpointId: options.analyticsEndpointId }),
    UserContextData: present({ EncodedData: context.EncodedData, IpAddress: context.IpAddress }),
  });
}

/**
 * The InitiateAuth request body. Optional fields appear only when they hold something; `Session`
 * is for USER_AUTH after ConfirmSignUp (protocol reference §2 notes).
 */
export function buildInitiateAuthRequest(
  input: {
    clientId: string;
    authFlow: AuthFlow;
    authParameters: Record<string, string>;
    session?: string;
  } & RequestOptions,
): InitiateAuthRequest {
  return {
    AuthFlow: input.authFlow,
    ClientId: input.clientId,
    AuthParameters: input.authParameters,
    ...extras(input),
  };
}

/**
 * The RespondToAuthChallenge request body: the newest `Session`, unmodified (protocol reference
 * §1), left out when it is `""` (see `ParsedAuthResponse`: AWS sends none with USER_SRP_AUTH's
 * PASSWORD_VERIFIER).
 */
export function buildRespondToAuthChallengeRequest(
  input: {
    clientId: string;
    challengeName: string;
    session: string;
    challengeResponses: ChallengeResponses;
  } & RequestOptions,
): RespondToAuthChallengeRequest {
  return {
    ClientId: input.clientId,
    ChallengeName: input.challengeName,
    ChallengeResponses: input.challengeResponses,
    ...extras(input),
  };
}
