/**
 * The demo pool's custom-auth triggers: two questions ("What is 3 + 4?", then "What colour is a
 * clear daytime sky?"). A wrong answer asks the same question again; the third wrong answer
 * fails the sign-in. With `CHALLENGE_NAME=SRP_A` the password is checked first.
 */
import type { CustomAuthEvent, CustomAuthTriggers } from "../model/types";

const QUESTIONS: readonly { readonly question: string; readonly answer: string }[] = [
  { question: "What is 3 + 4?", answer: "7" },
  { question: "What colour is a clear daytime sky?", answer: "blue" },
];

/** Wrong answers before the sign-in fails. */
export const DEMO_MAX_WRONG_ANSWERS = 3;

function progress(event: CustomAuthEvent): { correct: number; wrong: number } {
  const custom = (event.request.session ?? []).filter(
    (e) => e.challengeName === "CUSTOM_CHALLENGE",
  );
  return {
    correct: custom.filter((e) => e.challengeResult).length,
    wrong: custom.filter((e) => !e.challengeResult).length,
  };
}

export const DEMO_TRIGGERS: CustomAuthTriggers = {
  DefineAuthChallenge(event) {
    const session = event.request.session ?? [];
    const last = session[session.length - 1];
    const { correct, wrong } = progress(event);
    if (last?.challengeName === "SRP_A") {
      event.response.challengeName = "PASSWORD_VERIFIER";
    } else if (last?.challengeName === "PASSWORD_VERIFIER" && !last.challengeResult) {
      event.response.failAuthentication = true;
    } else if (wrong >= DEMO_MAX_WRONG_ANSWERS) {
      event.response.failAuthentication = true;
    } else if (correct >= QUESTIONS.length) {
      event.response.issueTokens = true;
    } else {
      event.response.challengeName = "CUSTOM_CHALLENGE";
    }
    event.response.issueTokens ??= false;
    event.response.failAuthentication ??= false;
    return event;
  },
  CreateAuthChallenge(event) {
    const { correct, wrong } = progress(event);
    const item = QUESTIONS[Math.min(correct, QUESTIONS.length - 1)] as (typeof QUESTIONS)[number];
    event.response.publicChallengeParameters = {
      question: item.question,
      attemptsLeft: String(DEMO_MAX_WRONG_ANSWERS - wrong),
    };
    event.response.privateChallengeParameters = { answer: item.answer };
    event.response.challengeMetadata = `QUESTION-${correct + 1}`;
    return event;
  },
  VerifyAuthChallengeResponse(event) {
    const expected = event.request.privateChallengeParameters?.answer ?? "";
    const given = (event.request.challengeAnswer ?? "").trim().toLowerCase();
    event.response.answerCorrect = given === expected;
    return event;
  },
};
