/** PASSWORD_VERIFIER (protocol reference §3.1, §4): the SRP proof of the password. */
import { advanceCustom } from "../../custom-auth";
import { INCORRECT_CREDENTIALS, notAuthorized } from "../../errors";
import { poolName } from "../../model/pool";
import { advance } from "../advance";
import { partiesOf } from "../issue";
import { assertCanSignIn, assertNotLocked, failPassword } from "../password";
import { verifyPasswordClaim } from "../srp-steps";
import { type ChallengeHandler, stepOf } from "./handler";

export const passwordVerifier: ChallengeHandler = async (env, record, responses, ctx) => {
  const step = stepOf(record, "PASSWORD_VERIFIER");
  if (ctx.fake) throw notAuthorized(INCORRECT_CREDENTIALS);
  const { pool, user } = partiesOf(env, ctx);
  assertNotLocked(env, user);
  const ok = await verifyPasswordClaim(env, step, poolName(pool), user.username, responses);
  if (!ok) failPassword(env, user);
  assertCanSignIn(env, pool, user);
  if (ctx.flow === "CUSTOM_AUTH") {
    return advanceCustom(env, {
      ...ctx,
      customHistory: [
        ...(ctx.customHistory ?? []),
        { challengeName: "PASSWORD_VERIFIER", challengeResult: true },
      ],
    });
  }
  return advance(env, {
    ...ctx,
    firstFactor: ctx.flow === "USER_AUTH" ? "PASSWORD_SRP" : "PASSWORD",
    authTime: env.clock.now(),
  });
};
