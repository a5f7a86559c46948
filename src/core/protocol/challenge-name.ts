import { type Words, words } from "../util/words";

/**
 * Every `ChallengeName` of Cognito's RespondToAuthChallenge API, spelled exactly as on the wire.
 *
 * Source: `ChallengeNameType` in @aws-sdk/client-cognito-identity-provider 3.1169 (see
 * ../shared/docs/cognito-protocol.md §3). `EMAIL_MFA` is deliberately absent: the enum has no such
 * member and Amplify uses `EMAIL_OTP` (protocol reference §13.1).
 */
const NAMES =
  "SMS_MFA EMAIL_OTP SOFTWARE_TOKEN_MFA SELECT_MFA_TYPE MFA_SETUP PASSWORD_VERIFIER CUSTOM_CHALLENGE SELECT_CHALLENGE DEVICE_SRP_AUTH DEVICE_PASSWORD_VERIFIER ADMIN_NO_SRP_AUTH NEW_PASSWORD_REQUIRED SMS_OTP PASSWORD PASSWORD_SRP WEB_AUTHN";

/** A challenge name as Cognito sends it. */
export type ChallengeName = Words<typeof NAMES>;

/** Every challenge name, in the order of the SDK's enum. */
export const CHALLENGE_NAMES: readonly ChallengeName[] = words(NAMES);

/**
 * Steps the sign-in flow shows a person that are not Cognito challenges.
 * `REMEMBER_DEVICE` asks whether to remember this device after ConfirmDevice said
 * `UserConfirmationNecessary` (protocol reference §5 step 3).
 */
export type LocalStepName = "REMEMBER_DEVICE";

/** Every step a challenge screen can be written for: Cognito's names plus the local steps. */
export type StepName = ChallengeName | LocalStepName;

/**
 * Challenges the flow answers by itself, never shown to a person (SRP maths, device SRP).
 * `ADMIN_NO_SRP_AUTH` is server-only and can never reach a browser.
 */
export type AutomaticChallengeName =
  | "PASSWORD_VERIFIER"
  | "DEVICE_SRP_AUTH"
  | "DEVICE_PASSWORD_VERIFIER"
  | "ADMIN_NO_SRP_AUTH";

/** Steps that need a person, and so need a screen in `<ChallengeRouter>`'s map. */
export type InteractiveStepName = Exclude<StepName, AutomaticChallengeName>;

/** MFA factors in `MFAS_CAN_CHOOSE` / `MFAS_CAN_SETUP` and the SELECT_MFA_TYPE `ANSWER`. */
export type MfaType = "SMS_MFA" | "SOFTWARE_TOKEN_MFA" | "EMAIL_OTP";

/** First factors of the USER_AUTH flow: `PREFERRED_CHALLENGE` values and `AvailableChallenges` items. */
export type FirstFactor = "PASSWORD" | "PASSWORD_SRP" | "EMAIL_OTP" | "SMS_OTP" | "WEB_AUTHN";

/** Guard: is `value` one of Cognito's challenge names? */
export function isChallengeName(value: string): value is ChallengeName {
  return (CHALLENGE_NAMES as readonly string[]).includes(value);
}
