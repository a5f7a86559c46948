/**
 * What a sign-in has achieved so far (the context carried from Session to Session) and what the
 * current Session waits for (its step). Contexts are immutable: each step gets a copy, so an old
 * Session can never see a later step's progress.
 */

import type { CustomAuthSessionEntry, MfaType } from "../model/types";
import type { SrpServerState } from "../srp/srp-server";

export type FirstFactorName = "PASSWORD" | "PASSWORD_SRP" | "EMAIL_OTP" | "SMS_OTP" | "WEB_AUTHN";
export type SignInFlowName = "USER_SRP_AUTH" | "USER_PASSWORD_AUTH" | "USER_AUTH" | "CUSTOM_AUTH";

export interface AuthContext {
  readonly poolId: string;
  readonly clientId: string;
  /** The internal username (or the typed name of an unknown user under PreventUserExistenceErrors). */
  readonly username: string;
  readonly flow: SignInFlowName;
  /** An unknown user being walked through a fake SRP exchange (PreventUserExistenceErrors). */
  readonly fake?: boolean;
  /** The most recent DEVICE_KEY the client sent. */
  readonly deviceKey?: string;
  /** Which first factor succeeded (`CUSTOM` once the triggers issued tokens). */
  readonly firstFactor?: FirstFactorName | "CUSTOM";
  /** Epoch ms of the first factor (the tokens' auth_time). */
  readonly authTime?: number;
  readonly passwordChanged?: boolean;
  readonly mfaDone?: boolean;
  readonly deviceAuthenticated?: boolean;
  /** CUSTOM_AUTH: `event.request.session` so far. */
  readonly customHistory?: readonly CustomAuthSessionEntry[];
  /** CUSTOM_AUTH with `CHALLENGE_NAME=SRP_A`: the client's A, for the PASSWORD_VERIFIER step. */
  readonly customSrpA?: string;
  readonly clientMetadata?: Readonly<Record<string, string>>;
}

export type CodeChallengeName = "SMS_MFA" | "EMAIL_OTP" | "SMS_OTP";

export type Step =
  | {
      readonly name: "PASSWORD_VERIFIER";
      readonly srp: SrpServerState;
      readonly secretBlock: Uint8Array;
      readonly issuedAt: number;
    }
  | { readonly name: "DEVICE_SRP_AUTH" }
  | {
      readonly name: "DEVICE_PASSWORD_VERIFIER";
      readonly deviceKey: string;
      readonly srp: SrpServerState;
      readonly secretBlock: Uint8Array;
      readonly issuedAt: number;
    }
  | {
      readonly name: CodeChallengeName;
      readonly code: string;
      readonly codeExpiresAt: number;
      /** `mfa` after a first factor, `first-factor` for passwordless, `setup` for email MFA set-up. */
      readonly purpose: "mfa" | "first-factor" | "setup";
      readonly destination: string;
    }
  | { readonly name: "SOFTWARE_TOKEN_MFA" }
  | { readonly name: "SELECT_MFA_TYPE"; readonly choices: readonly MfaType[] }
  | {
      readonly name: "MFA_SETUP";
      readonly canSetup: readonly MfaType[];
      /** Set by AssociateSoftwareToken(Session). */
      readonly totpSecret?: string;
      /** Set by a successful VerifySoftwareToken(Session). */
      readonly totpVerified?: boolean;
    }
  | { readonly name: "NEW_PASSWORD_REQUIRED" }
  | {
      readonly name: "CUSTOM_CHALLENGE";
      readonly privateParameters: Readonly<Record<string, string>>;
      readonly metadata?: string;
    }
  | { readonly name: "SELECT_CHALLENGE"; readonly available: readonly FirstFactorName[] }
  | { readonly name: "WEB_AUTHN"; readonly challenge: string };

export type StepName = Step["name"];
