import { expect } from "vitest";
import { ChallengeError } from "../../../src/core/errors/challenge-error";
import {
  initialSignInState,
  type SignInConfig,
  type SignInState,
} from "../../../src/core/flow/sign-in.state";
import type { Challenge } from "../../../src/core/protocol/challenge.types";

/** Shared states and challenges for the table-driven reducer tests. */

export const srpConfig: SignInConfig = {
  authFlow: "USER_SRP_AUTH",
  customAuthWithSrp: false,
  trackDevices: false,
};
export const userAuthConfig: SignInConfig = { ...srpConfig, authFlow: "USER_AUTH" };
export const customConfig: SignInConfig = { ...srpConfig, authFlow: "CUSTOM_AUTH" };
export const trackingConfig: SignInConfig = { ...srpConfig, trackDevices: true };

export const idle: SignInState = initialSignInState(srpConfig);
export const names = { typed: "ada", active: "sub-1" };
export const EXPIRES = 1_000_000;
export const tokens = { AccessToken: "at", IdToken: "it", RefreshToken: "rt", ExpiresIn: 3600 };

export const smsMfa: Challenge<"SMS_MFA"> = {
  name: "SMS_MFA",
  username: "sub-1",
  parameters: { CODE_DELIVERY_DESTINATION: "+*******0008" },
  delivery: { medium: "SMS", destination: "+*******0008" },
  codeLength: 6,
};
export const selectChallenge: Challenge<"SELECT_CHALLENGE"> = {
  name: "SELECT_CHALLENGE",
  username: "sub-1",
  parameters: {},
  options: ["PASSWORD", "PASSWORD_SRP", "EMAIL_OTP"],
};
export const mfaSetup: Challenge<"MFA_SETUP"> = {
  name: "MFA_SETUP",
  username: "sub-1",
  parameters: {},
  options: ["SOFTWARE_TOKEN_MFA", "EMAIL_OTP"],
};
export const totp = {
  secretCode: "JBSWY3DPEHPK3PXP",
  uri: "otpauth://totp/Pool:ada?secret=JBSWY3DPEHPK3PXP&issuer=Pool",
  issuer: "Pool",
  accountName: "ada",
};
export const webAuthn: Challenge<"WEB_AUTHN"> = {
  name: "WEB_AUTHN",
  username: "sub-1",
  parameters: {},
  requestOptions: { challenge: "abc", rpId: "localhost" },
};
export const selectMfaType: Challenge<"SELECT_MFA_TYPE"> = {
  name: "SELECT_MFA_TYPE",
  username: "sub-1",
  parameters: {},
  options: ["SMS_MFA", "SOFTWARE_TOKEN_MFA"],
};

/** A flow showing `challenge` (generation 1, Session S1, expiring at EXPIRES). */
export function on(
  challenge: SignInState["challenge"],
  config: SignInConfig = srpConfig,
): SignInState {
  return {
    config,
    status: "challenge",
    generation: 1,
    pending: false,
    username: "ada",
    challenge,
    session: "S1",
    expiresAt: EXPIRES,
    activeUsername: "sub-1",
  };
}

/** `state` with a task of kind `kind` in flight (after TASK_STARTED). */
export function running(
  state: SignInState,
  kind: NonNullable<SignInState["running"]>,
): SignInState {
  return { ...state, pending: true, running: kind };
}

export function cognitoError(
  code: ChallengeError["code"],
  recovery: ChallengeError["recovery"],
  extra: { retryAfterMs?: number } = {},
): ChallengeError {
  return new ChallengeError(code, `${code} message`, { recovery, ...extra });
}

/** Matches any ChallengeError with this code and recovery. */
export function anError(code: string, recovery: string, reason?: string): unknown {
  return expect.objectContaining({
    code,
    recovery,
    ...(reason === undefined ? {} : { reason }),
  });
}
