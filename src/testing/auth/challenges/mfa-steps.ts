/** SELECT_MFA_TYPE and MFA_SETUP (protocol reference §3.6, §3.7, §6). */
import { deliverCode } from "../../codes";
import { EmulatorError, invalidParameter, keepSession } from "../../errors";
import { isEmail } from "../../model/schema";
import type { MfaType } from "../../model/types";
import { advance } from "../advance";
import { issueChallenge, issueMfaChallenge, partiesOf } from "../issue";
import { type ChallengeHandler, requiredResponse, stepOf } from "./handler";

const MFA_TYPES: readonly string[] = ["SMS_MFA", "SOFTWARE_TOKEN_MFA", "EMAIL_OTP"];

/**
 * ANSWER must be one of MFAS_CAN_CHOOSE. `EMAIL_OTP` is the email answer (what Amplify sends and
 * the ChallengeNameType enum has); the SDK doc's `EMAIL_MFA` is refused (§13.1).
 */
export const selectMfaType: ChallengeHandler = async (env, record, responses, ctx) => {
  const step = stepOf(record, "SELECT_MFA_TYPE");
  const answer = requiredResponse(responses, "ANSWER");
  if (!MFA_TYPES.includes(answer)) {
    throw keepSession(invalidParameter(`Invalid ANSWER: ${answer}`));
  }
  if (!step.choices.includes(answer as MfaType)) {
    throw keepSession(
      new EmulatorError(
        "MFAMethodNotFoundException",
        "The selected MFA method is not available for the user.",
      ),
    );
  }
  const { user } = partiesOf(env, ctx);
  return issueMfaChallenge(env, ctx, user, answer as MfaType);
};

/**
 * MFA_SETUP answered either after AssociateSoftwareToken + VerifySoftwareToken with the Session
 * VerifySoftwareToken returned, or with `EMAIL` (an address) when MFAS_CAN_SETUP has EMAIL_OTP:
 * a code goes to that address and an EMAIL_OTP challenge follows (Amplify's reading, §13.2).
 */
export const mfaSetup: ChallengeHandler = async (env, record, responses, ctx) => {
  const step = stepOf(record, "MFA_SETUP");
  const email = responses.EMAIL;
  if (email !== undefined) {
    if (!step.canSetup.includes("EMAIL_OTP")) {
      throw keepSession(invalidParameter("Email MFA is not enabled for this user pool."));
    }
    if (!isEmail(email)) throw keepSession(invalidParameter("Invalid email address format."));
    const { user } = partiesOf(env, ctx);
    const sent = deliverCode(env, user, "EMAIL", "MFA_SETUP", email);
    return issueChallenge(
      env,
      ctx,
      {
        name: "EMAIL_OTP",
        code: sent.code,
        codeExpiresAt: sent.expiresAt,
        purpose: "setup",
        destination: email,
      },
      { ...sent.parameters },
    );
  }
  if (!step.totpVerified) {
    throw keepSession(
      new EmulatorError(
        "SoftwareTokenMFANotFoundException",
        "Software Token MFA has not been enabled by the user.",
      ),
    );
  }
  return advance(env, { ...ctx, mfaDone: true });
};
