/** CUSTOM_CHALLENGE (protocol reference §3.9): VerifyAuthChallengeResponse, then DefineAuthChallenge. */
import { advanceCustom, customEvent, runTrigger } from "../../custom-auth";
import { partiesOf } from "../issue";
import { type ChallengeHandler, requiredResponse, stepOf } from "./handler";

export const customChallenge: ChallengeHandler = async (env, record, responses, ctx) => {
  const step = stepOf(record, "CUSTOM_CHALLENGE");
  const answer = requiredResponse(responses, "ANSWER");
  const { pool, user } = partiesOf(env, ctx);
  const verify = await runTrigger(
    pool,
    "VerifyAuthChallengeResponse",
    customEvent(env, pool, user, ctx, "VerifyAuthChallengeResponse", {
      privateChallengeParameters: { ...step.privateParameters },
      challengeAnswer: answer,
    }),
  );
  return advanceCustom(env, {
    ...ctx,
    customHistory: [
      ...(ctx.customHistory ?? []),
      {
        challengeName: "CUSTOM_CHALLENGE",
        challengeResult: verify.answerCorrect === true,
        ...(step.metadata === undefined ? {} : { challengeMetadata: step.metadata }),
      },
    ],
  });
};
