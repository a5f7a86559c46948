import type { FirstFactor, InteractiveStepName, MfaType } from "./challenge-name";
import type { AuthenticationCredentialJson } from "./webauthn.types";

/** A one-time code as typed or pasted; the flow strips spaces and dashes before sending. */
export interface CodeAnswer {
  readonly code: string;
}

/**
 * What a person gives for each step the flow shows them: the argument of `respond()`.
 * Challenges the flow answers by itself (PASSWORD_VERIFIER, device SRP) have no entry.
 */
export interface ChallengeAnswerMap {
  SMS_MFA: CodeAnswer;
  SMS_OTP: CodeAnswer;
  EMAIL_OTP: CodeAnswer;
  SOFTWARE_TOKEN_MFA: CodeAnswer;
  SELECT_MFA_TYPE: { readonly mfaType: MfaType };
  /**
   * The first factor picked. For PASSWORD / PASSWORD_SRP without `password`, the flow shows a
   * PASSWORD / PASSWORD_SRP step locally (no request) and sends the selection with the password.
   */
  SELECT_CHALLENGE: { readonly challenge: FirstFactor; readonly password?: string };
  PASSWORD: { readonly password: string };
  PASSWORD_SRP: { readonly password: string };
  NEW_PASSWORD_REQUIRED: {
    readonly newPassword: string;
    /** Attribute values without the `userAttributes.` prefix, e.g. `{ name: "Ada" }`. */
    readonly attributes?: Readonly<Record<string, string>>;
  };
  /**
   * `select` picks the factor to set up (when both can be); `code` completes a TOTP set-up
   * (VerifySoftwareToken, then MFA_SETUP); `email` answers an email MFA set-up (`EMAIL`).
   */
  MFA_SETUP:
    | { readonly select: "SOFTWARE_TOKEN_MFA" | "EMAIL_OTP" }
    | { readonly code: string; readonly friendlyDeviceName?: string }
    | { readonly email: string };
  CUSTOM_CHALLENGE: { readonly answer: string };
  /**
   * Empty: the flow opens the browser prompt (call it from a click, for user activation). A
   * replacement screen may run the ceremony itself and pass the `credential`.
   */
  WEB_AUTHN: { readonly credential?: AuthenticationCredentialJson };
  REMEMBER_DEVICE: { readonly remember: boolean };
}

/** The answer a person gives to step `N`. */
export type ChallengeAnswer<N extends InteractiveStepName = InteractiveStepName> =
  ChallengeAnswerMap[N];

/** Every possible answer, for `respond()` on the untyped flow. */
export type AnyChallengeAnswer = ChallengeAnswerMap[InteractiveStepName];
