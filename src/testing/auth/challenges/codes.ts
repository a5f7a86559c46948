/**
 * Code challenges: SMS_MFA, EMAIL_OTP (MFA, passwordless or email MFA set-up), SMS_OTP and
 * SOFTWARE_TOKEN_MFA (protocol reference §3.2-§3.5). A wrong code keeps the Session (up to
 * MAX_CODE_ATTEMPTS); an expired one ends it.
 */
import { EmulatorError } from "../../errors";
import { checkTotp } from "../../totp";
import { advance } from "../advance";
import type { CodeChallengeName } from "../context";
import { partiesOf } from "../issue";
import { type ChallengeHandler, requiredResponse, stepOf, wrongCode } from "./handler";

const FIELD: Record<CodeChallengeName, string> = {
  SMS_MFA: "SMS_MFA_CODE",
  EMAIL_OTP: "EMAIL_OTP_CODE",
  SMS_OTP: "SMS_OTP_CODE",
};

export const EXPIRED_CODE = "Invalid code provided, please request a code again.";

function codeHandler(name: CodeChallengeName): ChallengeHandler {
  return async (env, record, responses, ctx) => {
    const step = stepOf(record, name);
    const answer = requiredResponse(responses, FIELD[name]);
    const { user } = partiesOf(env, ctx);
    const now = env.clock.now();
    if (now >= step.codeExpiresAt) throw new EmulatorError("ExpiredCodeException", EXPIRED_CODE);
    if (answer.trim() !== step.code) wrongCode(record);
    if (step.purpose === "first-factor") {
      return advance(env, {
        ...ctx,
        firstFactor: name as "EMAIL_OTP" | "SMS_OTP",
        authTime: now,
        mfaDone: true,
      });
    }
    if (step.purpose === "setup") {
      // Email MFA set up during sign-in: the address is now the user's, verified, and the factor on.
      user.attributes.set("email", step.destination);
      user.attributes.set("email_verified", "true");
      const anyPreferred = Object.values(user.mfa).some((s) => s.preferred);
      user.mfa.EMAIL_OTP = { enabled: true, preferred: !anyPreferred };
      user.modifiedAt = now;
    }
    return advance(env, { ...ctx, mfaDone: true });
  };
}

export const smsMfa: ChallengeHandler = codeHandler("SMS_MFA");
export const emailOtp: ChallengeHandler = codeHandler("EMAIL_OTP");
export const smsOtp: ChallengeHandler = codeHandler("SMS_OTP");

export const softwareTokenMfa: ChallengeHandler = async (env, record, responses, ctx) => {
  const answer = requiredResponse(responses, "SOFTWARE_TOKEN_MFA_CODE");
  const { user } = partiesOf(env, ctx);
  if (!user.totp || !checkTotp(user.totp, answer.trim(), env.clock.now())) wrongCode(record);
  return advance(env, { ...ctx, mfaDone: true });
};
