/** SELECT_CHALLENGE (and its PASSWORD / PASSWORD_SRP synonyms) and WEB_AUTHN (§3.10-§3.12). */
import { INCORRECT_CREDENTIALS, invalidParameter, keepSession, notAuthorized } from "../../errors";
import { verifyAssertion } from "../../webauthn";
import { advance } from "../advance";
import type { FirstFactorName } from "../context";
import { partiesOf } from "../issue";
import { startFirstFactor } from "../user-auth";
import { type ChallengeHandler, requiredResponse, stepOf } from "./handler";

/**
 * `{USERNAME, ANSWER}` naming one of AvailableChallenges, with PASSWORD or SRP_A alongside when
 * the answer needs them. The SDK also documents answering with ChallengeName `PASSWORD` or
 * `PASSWORD_SRP` directly (§3.11); that is accepted as the same choice. A one-step
 * `ANSWER=WEB_AUTHN` + `CREDENTIAL` (§13.7) cannot carry an assertion over a challenge that was
 * never issued, so the CREDENTIAL is ignored and the WEB_AUTHN challenge is issued.
 */
export function selectChallenge(answerFrom?: FirstFactorName): ChallengeHandler {
  return async (env, record, responses, ctx) => {
    const step = stepOf(record, "SELECT_CHALLENGE");
    const answer = answerFrom ?? requiredResponse(responses, "ANSWER");
    if (!step.available.includes(answer as FirstFactorName)) {
      throw keepSession(
        invalidParameter(`Invalid ANSWER: ${answer} is not an available challenge`),
      );
    }
    const { pool, user } = partiesOf(env, ctx);
    return startFirstFactor(env, ctx, pool, user, answer as FirstFactorName, responses);
  };
}

/**
 * A failed assertion (unknown credential, wrong origin, RP id or challenge, bad signature,
 * missing user verification) is NotAuthorizedException "Incorrect username or password.", the
 * generic answer of every failed first factor, and the Session ends.
 */
export const webAuthn: ChallengeHandler = async (env, record, responses, ctx) => {
  const step = stepOf(record, "WEB_AUTHN");
  const credential = requiredResponse(responses, "CREDENTIAL");
  const { pool, user } = partiesOf(env, ctx);
  if (!(await verifyAssertion(pool, user, step.challenge, credential, env.isAllowedOrigin))) {
    throw notAuthorized(INCORRECT_CREDENTIALS);
  }
  return advance(env, {
    ...ctx,
    firstFactor: "WEB_AUTHN",
    authTime: env.clock.now(),
    mfaDone: true,
  });
};
