// @vitest-environment node
import { describe, expect, it } from "vitest";
import { createSrpEphemeral } from "../../src/core/srp";
import type { CustomAuthEvent, CustomAuthTrigger, CustomAuthTriggers } from "../../src/testing";
import { DEMO_TRIGGERS } from "../../src/testing/demo/demo-triggers";
import { CLIENT_ID, call, failure, PASSWORD, passwordClaim, respond, setup } from "./helpers";

const users = [{ Username: "cus", Password: PASSWORD, Attributes: { email: "cus@example.com" } }];

function custom(extra: Record<string, string> = {}) {
  return {
    AuthFlow: "CUSTOM_AUTH",
    ClientId: CLIENT_ID,
    AuthParameters: { USERNAME: "cus", ...extra },
    ClientMetadata: { app: "tests" },
  };
}

const throwingCreate: CustomAuthTrigger = () => {
  throw new Error("no questions today");
};

/** Triggers that return a new event instead of mutating the one given. */
const asyncTriggers: CustomAuthTriggers = {
  DefineAuthChallenge: async (event) => ({
    ...event,
    response: {
      issueTokens: (event.request.session?.length ?? 0) > 0,
      failAuthentication: false,
      challengeName: "CUSTOM_CHALLENGE",
    },
  }),
  CreateAuthChallenge: async (event) => ({
    ...event,
    response: {
      publicChallengeParameters: { hint: "say hi" },
      privateChallengeParameters: { answer: "hi" },
    },
  }),
  VerifyAuthChallengeResponse: async (event) => ({
    ...event,
    response: { answerCorrect: event.request.challengeAnswer === "hi" },
  }),
};

describe("CUSTOM_AUTH", () => {
  it("runs Define/Create/Verify with Lambda-shaped events and repeats CUSTOM_CHALLENGE as they decide", async () => {
    const events: CustomAuthEvent[] = [];
    const record =
      (trigger: NonNullable<CustomAuthTriggers["DefineAuthChallenge"]>) =>
      (event: CustomAuthEvent) => {
        events.push(structuredClone(event));
        return trigger(event);
      };
    const emulator = await setup({
      Users: users,
      Triggers: {
        DefineAuthChallenge: record(DEMO_TRIGGERS.DefineAuthChallenge as never),
        CreateAuthChallenge: record(DEMO_TRIGGERS.CreateAuthChallenge as never),
        VerifyAuthChallengeResponse: record(DEMO_TRIGGERS.VerifyAuthChallengeResponse as never),
      },
    });
    const first = await call(emulator, "InitiateAuth", custom());
    expect(first).toMatchObject({
      ChallengeName: "CUSTOM_CHALLENGE",
      ChallengeParameters: { question: "What is 3 + 4?", attemptsLeft: "3", USERNAME: "cus" },
    });
    const retry = await respond(emulator, first, "CUSTOM_CHALLENGE", {
      USERNAME: "cus",
      ANSWER: "8",
    });
    expect(retry.ChallengeParameters).toMatchObject({
      question: "What is 3 + 4?",
      attemptsLeft: "2",
    });
    expect(
      await failure(emulator, "RespondToAuthChallenge", {
        ClientId: CLIENT_ID,
        ChallengeName: "CUSTOM_CHALLENGE",
        Session: first.Session,
        ChallengeResponses: { USERNAME: "cus", ANSWER: "7" },
      }),
    ).toMatchObject({ message: "Invalid session for the user, session can only be used once." });
    const second = await respond(emulator, retry, "CUSTOM_CHALLENGE", {
      USERNAME: "cus",
      ANSWER: "7",
    });
    expect(second.ChallengeParameters?.question).toBe("What colour is a clear daytime sky?");
    const tokens = await respond(emulator, second, "CUSTOM_CHALLENGE", {
      USERNAME: "cus",
      ANSWER: " Blue ",
    });
    expect(tokens.AuthenticationResult?.AccessToken).toBeTruthy();

    const define = events.filter((e) => e.triggerSource === "DefineAuthChallenge_Authentication");
    expect(define.map((e) => e.request.session?.length)).toEqual([0, 1, 2, 3]);
    expect(define[3]?.request.session).toEqual([
      {
        challengeName: "CUSTOM_CHALLENGE",
        challengeResult: false,
        challengeMetadata: "QUESTION-1",
      },
      { challengeName: "CUSTOM_CHALLENGE", challengeResult: true, challengeMetadata: "QUESTION-1" },
      { challengeName: "CUSTOM_CHALLENGE", challengeResult: true, challengeMetadata: "QUESTION-2" },
    ]);
    const verify = events.find(
      (e) => e.triggerSource === "VerifyAuthChallengeResponse_Authentication",
    );
    expect(verify).toMatchObject({
      userName: "cus",
      userPoolId: "us-east-1_TestPool1",
      region: "us-east-1",
      callerContext: { clientId: CLIENT_ID },
      request: {
        challengeAnswer: "8",
        privateChallengeParameters: { answer: "7" },
        userAttributes: { email: "cus@example.com" },
        clientMetadata: { app: "tests" },
      },
    });
  });

  it("failAuthentication is NotAuthorizedException and kills the Session", async () => {
    const emulator = await setup({ Users: users, Triggers: DEMO_TRIGGERS });
    let challenge = await call(emulator, "InitiateAuth", custom());
    for (let i = 0; i < 2; i++)
      challenge = await respond(emulator, challenge, "CUSTOM_CHALLENGE", {
        USERNAME: "cus",
        ANSWER: "wrong",
      });
    const last = {
      ClientId: CLIENT_ID,
      ChallengeName: "CUSTOM_CHALLENGE",
      Session: challenge.Session,
      ChallengeResponses: { USERNAME: "cus", ANSWER: "wrong" },
    };
    expect(await failure(emulator, "RespondToAuthChallenge", last)).toMatchObject({
      type: "NotAuthorizedException",
      message: "Incorrect username or password.",
    });
    expect(
      await failure(emulator, "RespondToAuthChallenge", {
        ...last,
        ChallengeResponses: { USERNAME: "cus", ANSWER: "7" },
      }),
    ).toMatchObject({ type: "NotAuthorizedException", message: "Invalid session for the user." });
  });

  it("SRP first with CHALLENGE_NAME=SRP_A: PASSWORD_VERIFIER, then the questions", async () => {
    const emulator = await setup({ Users: users, Triggers: DEMO_TRIGGERS });
    const ephemeral = await createSrpEphemeral();
    const verifier = await call(
      emulator,
      "InitiateAuth",
      custom({ CHALLENGE_NAME: "SRP_A", SRP_A: ephemeral.srpA }),
    );
    expect(verifier.ChallengeName).toBe("PASSWORD_VERIFIER");
    const question = await respond(
      emulator,
      verifier,
      "PASSWORD_VERIFIER",
      await passwordClaim(emulator, { ephemeral, challenge: verifier }, PASSWORD),
    );
    expect(question.ChallengeParameters?.question).toBe("What is 3 + 4?");

    const wrongPassword = await call(
      emulator,
      "InitiateAuth",
      custom({ CHALLENGE_NAME: "SRP_A", SRP_A: ephemeral.srpA }),
    );
    const claim = await passwordClaim(
      emulator,
      { ephemeral, challenge: wrongPassword },
      "Not-The-Passw0rd",
    );
    expect(
      await failure(emulator, "RespondToAuthChallenge", {
        ClientId: CLIENT_ID,
        ChallengeName: "PASSWORD_VERIFIER",
        ChallengeResponses: claim,
      }),
    ).toMatchObject({ type: "NotAuthorizedException", message: "Incorrect username or password." });
  });

  it("a throwing trigger is UserLambdaValidationException; no triggers is InvalidParameterException", async () => {
    const emulator = await setup({
      Users: users,
      Triggers: {
        ...DEMO_TRIGGERS,
        CreateAuthChallenge: throwingCreate,
      },
    });
    expect(await failure(emulator, "InitiateAuth", custom())).toMatchObject({
      type: "UserLambdaValidationException",
      message: "CreateAuthChallenge failed with error no questions today.",
    });
    const none = await setup({ Users: users });
    expect(await failure(none, "InitiateAuth", custom())).toMatchObject({
      type: "InvalidParameterException",
      message: "Custom auth lambda trigger is not configured for the user pool.",
    });
  });

  it("async triggers that return the event work like mutating ones", async () => {
    const emulator = await setup({
      Users: users,
      Triggers: asyncTriggers,
    });
    const challenge = await call(emulator, "InitiateAuth", custom());
    expect(challenge.ChallengeParameters).toEqual({ hint: "say hi", USERNAME: "cus" });
    expect(
      (await respond(emulator, challenge, "CUSTOM_CHALLENGE", { USERNAME: "cus", ANSWER: "hi" }))
        .AuthenticationResult,
    ).toBeDefined();
  });
});
