import type { MfaSetupChallenge } from "../../core/index";

/**
 * What the MFA_SETUP screen shows:
 * - `choose`: both an authenticator app and email can be set up and the person has not picked;
 * - `totp` / `email`: that set-up (the flow's `selected`, or the only one offered);
 * - `unavailable`: only SMS is offered, which Cognito does not let a sign-in set up (a phone
 *   number has to be added out of band, then sign-in restarted; protocol reference §3.7).
 */
export type MfaSetupView = "choose" | "totp" | "email" | "unavailable";

/** Picks the MFA_SETUP view from the parsed challenge (pure; see `MfaSetupView`). */
export function getMfaSetupView(challenge: MfaSetupChallenge): MfaSetupView {
  if (challenge.selected === "SOFTWARE_TOKEN_MFA") return "totp";
  if (challenge.selected === "EMAIL_OTP") return "email";
  const totp = challenge.options.includes("SOFTWARE_TOKEN_MFA");
  const email = challenge.options.includes("EMAIL_OTP");
  if (totp && email) return "choose";
  if (totp || challenge.totp !== undefined) return "totp";
  if (email) return "email";
  return "unavailable";
}
