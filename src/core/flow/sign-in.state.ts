import type { ChallengeError } from "../errors/challenge-error";
import type { AnyChallenge, TotpSetupDetails, UnknownChallenge } from "../protocol/challenge.types";
import type { AnyChallengeAnswer } from "../protocol/challenge-answer.types";
import type { ChallengeName, FirstFactor } from "../protocol/challenge-name";
import type { ChallengeResponseInput } from "../protocol/challenge-response.types";
import type {
  AuthenticationCredentialJson,
  CredentialRequestOptionsJson,
} from "../protocol/webauthn.types";
import type { NewDeviceMetadata } from "../protocol/wire.types";
import type {
  SignInAuthFlow,
  SignInDevice,
  SignInStartInput,
  SignInStatus,
  SignInTokens,
} from "./sign-in.types";

/**
 * The internal state of a sign-in: everything the public snapshot shows, plus what must never
 * leave `core` (the Cognito `Session`, the internal username, the next effect to run, which may
 * hold the password for the instant between `start()`/`respond()` and the effect taking it).
 */

/** What the reducer needs from the options; fixed for the life of a flow. */
export interface SignInConfig {
  readonly authFlow: SignInAuthFlow;
  readonly customAuthWithSrp: boolean;
  /** A device store was given: confirm new devices and use remembered ones. */
  readonly trackDevices: boolean;
}

/** A `RespondToAuthChallenge` answer at wire level, typed per challenge name. */
export type ResponseStep = {
  readonly [N in ChallengeName]: { readonly name: N; readonly input: ChallengeResponseInput<N> };
}[ChallengeName];

/**
 * A password in transit: the reducer puts it in, the effect empties the box the moment the value
 * is no longer needed (the SRP claim computed, or the request that carried it answered), so that
 * no object the flow keeps still points at the password. The one mutable thing a task holds.
 */
export interface SecretBox {
  value: string | undefined;
}

/** Who the flow is signing in: the name typed, and the internal one Cognito answers with. */
export interface SignInNames {
  readonly typed: string;
  readonly active: string;
}

interface TaskBase {
  readonly generation: number;
  readonly names: SignInNames;
}

interface SessionTaskBase extends TaskBase {
  readonly session: string;
  readonly expiresAt: number | undefined;
  readonly deviceKey: string | undefined;
}

/**
 * The I/O the reducer asks for. The store runs it and feeds the resulting event back. A task
 * holding a password lives in the state only until the store takes it (`TASK_STARTED`).
 */
export type SignInTask =
  | (TaskBase & {
      readonly kind: "initiate";
      readonly password?: SecretBox | undefined;
      readonly preferredChallenge?: FirstFactor | undefined;
    })
  | (SessionTaskBase & { readonly kind: "respond"; readonly step: ResponseStep })
  | (SessionTaskBase & {
      readonly kind: "respondSrp";
      /** PASSWORD_SRP answered directly, or SELECT_CHALLENGE with ANSWER=PASSWORD_SRP (§3.10). */
      readonly name: "PASSWORD_SRP" | "SELECT_CHALLENGE";
      readonly password: SecretBox;
    })
  | (SessionTaskBase & {
      readonly kind: "webauthn";
      readonly requestOptions: CredentialRequestOptionsJson;
      readonly credential?: AuthenticationCredentialJson;
    })
  | (SessionTaskBase & { readonly kind: "associateTotp" })
  | (SessionTaskBase & {
      readonly kind: "verifyTotp";
      readonly code: string;
      readonly friendlyDeviceName?: string;
    })
  | (TaskBase & {
      readonly kind: "confirmDevice";
      readonly accessToken: string;
      readonly newDevice: NewDeviceMetadata;
    })
  | (TaskBase & {
      readonly kind: "updateDeviceStatus";
      readonly accessToken: string;
      readonly deviceKey: string;
      readonly remember: boolean;
    })
  | (TaskBase & { readonly kind: "registerPasskey"; readonly accessToken: string });

export type SignInTaskKind = SignInTask["kind"];

export interface SignInState {
  readonly config: SignInConfig;
  readonly status: SignInStatus;
  /** Bumped by start, restart and abort; effect events of an older generation are dropped. */
  readonly generation: number;
  readonly pending: boolean;
  /** The effect to start next; cleared by `TASK_STARTED`. */
  readonly task?: SignInTask | undefined;
  /** The kind of effect in flight, to know what a `FAILED` event means. */
  readonly running?: SignInTaskKind | undefined;
  readonly username?: string | undefined;
  readonly challenge?: AnyChallenge | UnknownChallenge | undefined;
  readonly error?: ChallengeError | undefined;
  readonly expiresAt?: number | undefined;
  readonly tokens?: SignInTokens | undefined;
  readonly device?: SignInDevice | undefined;
  readonly passkeyRegistered?: boolean | undefined;
  /** The Cognito Session of the current challenge. Never in the snapshot. */
  readonly session?: string | undefined;
  /** The internal username (USER_ID_FOR_SRP / ChallengeParameters.USERNAME, §4.6). */
  readonly activeUsername?: string | undefined;
  /** The first factor asked for at start, or picked at SELECT_CHALLENGE (for `restart()`). */
  readonly preferredChallenge?: FirstFactor | undefined;
  /** The remembered device's key sent with this sign-in's answers (§5 step 5). */
  readonly deviceKey?: string | undefined;
  /** The current step was made up locally (PASSWORD / PASSWORD_SRP after SELECT_CHALLENGE). */
  readonly localStep?: boolean | undefined;
}

/** Everything the effects can report. Each carries the generation of the task it ran for. */
export type SignInEffectEvent =
  | {
      readonly type: "AUTH_RESULT";
      readonly generation: number;
      readonly result: AuthOutcome;
      readonly expiresAt?: number;
      /** The remembered device used (or `null` once a stale one was forgotten). */
      readonly device?: SignInDevice | null;
      /** The internal username learned on the way (USER_ID_FOR_SRP of an automatic step). */
      readonly username?: string;
    }
  | {
      readonly type: "TOTP_ASSOCIATED";
      readonly generation: number;
      readonly totp: TotpSetupDetails;
      readonly session: string;
      readonly expiresAt: number;
    }
  | {
      readonly type: "TOTP_VERIFIED";
      readonly generation: number;
      readonly session: string;
      readonly expiresAt: number;
    }
  | {
      readonly type: "DEVICE_CONFIRMED";
      readonly generation: number;
      readonly device: SignInDevice;
      readonly userConfirmationNecessary: boolean;
    }
  | {
      readonly type: "DEVICE_STATUS_UPDATED";
      readonly generation: number;
      readonly remembered: boolean;
    }
  | { readonly type: "PASSKEY_REGISTERED"; readonly generation: number }
  | {
      readonly type: "FAILED";
      readonly generation: number;
      readonly error: ChallengeError;
      /**
       * The failing request was a step no person sees (SRP, device SRP), sent after the person's
       * own request succeeded: the challenge's Session is used up, so the flow cannot stay on it.
       */
      readonly automatic?: boolean;
      /** A newer Session that came with the failure (VerifySoftwareToken `Status: "ERROR"`). */
      readonly session?: string;
      readonly expiresAt?: number;
    };

/** A person-facing outcome of an exchange with Cognito (automatic steps already answered). */
export type AuthOutcome =
  | {
      readonly kind: "signedIn";
      readonly tokens: SignInTokens;
      readonly newDevice?: NewDeviceMetadata;
    }
  | {
      readonly kind: "challenge";
      readonly challenge: AnyChallenge | UnknownChallenge;
      readonly session: string;
    };

/** Every event `transition` understands. Anything else leaves the state unchanged. */
export type SignInEvent =
  | { readonly type: "START"; readonly input: SignInStartInput }
  | { readonly type: "RESPOND"; readonly answer: AnyChallengeAnswer; readonly at: number }
  | { readonly type: "RESTART" }
  | { readonly type: "ABORT" }
  | { readonly type: "REGISTER_PASSKEY" }
  | { readonly type: "TASK_STARTED" }
  | SignInEffectEvent;

/** The state of a flow that has not started. */
export function initialSignInState(config: SignInConfig): SignInState {
  return { config, status: "idle", generation: 0, pending: false };
}
