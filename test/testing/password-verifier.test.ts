// @vitest-environment node
// PASSWORD_VERIFIER without a Session, as AWS answers it (protocol reference §3.1, measured in
// ministackorg/ministack#1758): the SRP state is bound to SECRET_BLOCK, which stays single-use,
// bound to the app client and short-lived.
import { describe, expect, it } from "vitest";
import { createSrpEphemeral } from "../../src/core/srp";
import { base64ToBytes, bytesToBase64 } from "../../src/core/util/encoding";
import type { Emulator } from "../../src/testing";
import { DEMO_TRIGGERS } from "../../src/testing/demo/demo-triggers";
import { createEmulatorServer, type EmulatorServer } from "../../src/testing/server";
import {
  CLIENT_ID,
  call,
  failure,
  PASSWORD,
  passwordClaim,
  SECRET_CLIENT_ID,
  type SrpStart,
  setup,
  srpStart,
  type Wire,
} from "./helpers";

const pool = {
  Policies: { SignInPolicy: { AllowedFirstAuthFactors: ["PASSWORD" as const] } },
  Triggers: DEMO_TRIGGERS,
  Users: [{ Username: "alice", Password: PASSWORD }],
};

/** The PASSWORD_VERIFIER answer exactly as a client sends it: no Session unless given one. */
function verifierAnswer(
  responses: Record<string, string>,
  extra: { Session?: string; ClientId?: string } = {},
) {
  return {
    ClientId: CLIENT_ID,
    ChallengeName: "PASSWORD_VERIFIER",
    ChallengeResponses: responses,
    ...extra,
  };
}

async function claimFor(emulator: Emulator, challenge: Wire, ephemeral: SrpStart["ephemeral"]) {
  return passwordClaim(emulator, { ephemeral, challenge }, PASSWORD);
}

function expectNoSession(challenge: Wire): void {
  expect(challenge.ChallengeName).toBe("PASSWORD_VERIFIER");
  expect(Object.keys(challenge).sort()).toEqual(["ChallengeName", "ChallengeParameters"]);
}

describe("PASSWORD_VERIFIER comes without a Session", () => {
  it("from USER_SRP_AUTH, and is answered without one", async () => {
    const emulator = await setup(pool);
    const start = await srpStart(emulator, "alice");
    expectNoSession(start.challenge);
    expect(Object.keys(start.challenge.ChallengeParameters ?? {}).sort()).toEqual([
      "SALT",
      "SECRET_BLOCK",
      "SRP_B",
      "USERNAME",
      "USER_ID_FOR_SRP",
    ]);
    const tokens = await call(
      emulator,
      "RespondToAuthChallenge",
      verifierAnswer(await passwordClaim(emulator, start, PASSWORD)),
    );
    expect(tokens.AuthenticationResult?.TokenType).toBe("Bearer");
  });

  it("from USER_AUTH: PREFERRED_CHALLENGE, SELECT_CHALLENGE ANSWER and ChallengeName PASSWORD_SRP", async () => {
    const emulator = await setup(pool);
    const userAuth = (parameters: Record<string, string>) =>
      call(emulator, "InitiateAuth", {
        AuthFlow: "USER_AUTH",
        ClientId: CLIENT_ID,
        AuthParameters: { USERNAME: "alice", ...parameters },
      });
    const reach: (() => Promise<{ challenge: Wire; ephemeral: SrpStart["ephemeral"] }>)[] = [
      async () => {
        const ephemeral = await createSrpEphemeral();
        const challenge = await userAuth({
          PREFERRED_CHALLENGE: "PASSWORD_SRP",
          SRP_A: ephemeral.srpA,
        });
        return { challenge, ephemeral };
      },
      ...["SELECT_CHALLENGE", "PASSWORD_SRP"].map((challengeName) => async () => {
        const select = await userAuth({});
        expect(select.Session).toMatch(/^[A-Za-z0-9_-]{100,}$/);
        const ephemeral = await createSrpEphemeral();
        const challenge = await call(emulator, "RespondToAuthChallenge", {
          ClientId: CLIENT_ID,
          ChallengeName: challengeName,
          Session: select.Session,
          ChallengeResponses: { USERNAME: "alice", ANSWER: "PASSWORD_SRP", SRP_A: ephemeral.srpA },
        });
        return { challenge, ephemeral };
      }),
    ];
    for (const path of reach) {
      const { challenge, ephemeral } = await path();
      expectNoSession(challenge);
      const answer = verifierAnswer(await claimFor(emulator, challenge, ephemeral));
      const tokens = await call(emulator, "RespondToAuthChallenge", answer);
      expect(tokens.AuthenticationResult?.AccessToken).toBeTruthy();
    }
  });

  it("from CUSTOM_AUTH with SRP first; the CUSTOM_CHALLENGE after it has a Session again", async () => {
    const emulator = await setup(pool);
    const ephemeral = await createSrpEphemeral();
    const challenge = await call(emulator, "InitiateAuth", {
      AuthFlow: "CUSTOM_AUTH",
      ClientId: CLIENT_ID,
      AuthParameters: { USERNAME: "alice", CHALLENGE_NAME: "SRP_A", SRP_A: ephemeral.srpA },
    });
    expectNoSession(challenge);
    const question = await call(
      emulator,
      "RespondToAuthChallenge",
      verifierAnswer(await claimFor(emulator, challenge, ephemeral)),
    );
    expect(question).toMatchObject({
      ChallengeName: "CUSTOM_CHALLENGE",
      ChallengeParameters: { question: "What is 3 + 4?" },
    });
    expect(question.Session).toMatch(/^[A-Za-z0-9_-]{100,}$/);
  });

  it("over HTTP: the InitiateAuth body has no Session member at all", async () => {
    const server: EmulatorServer = await createEmulatorServer({ emulator: await setup(pool) });
    try {
      const ephemeral = await createSrpEphemeral();
      const response = await fetch(server.url, {
        method: "POST",
        headers: {
          "content-type": "application/x-amz-json-1.1",
          "x-amz-target": "AWSCognitoIdentityProviderService.InitiateAuth",
        },
        body: JSON.stringify({
          AuthFlow: "USER_SRP_AUTH",
          ClientId: CLIENT_ID,
          AuthParameters: { USERNAME: "alice", SRP_A: ephemeral.srpA },
        }),
      });
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(JSON.parse(text).ChallengeName).toBe("PASSWORD_VERIFIER");
      expect(text).not.toContain('"Session"');
    } finally {
      await server.close();
    }
  });
});

describe("the SECRET_BLOCK carries the SRP state, strictly", () => {
  it("is single-use: a replay after success says the session was used", async () => {
    const emulator = await setup(pool);
    const start = await srpStart(emulator, "alice");
    const answer = verifierAnswer(await passwordClaim(emulator, start, PASSWORD));
    expect(
      (await call(emulator, "RespondToAuthChallenge", answer)).AuthenticationResult,
    ).toBeDefined();
    expect(await failure(emulator, "RespondToAuthChallenge", answer)).toMatchObject({
      type: "NotAuthorizedException",
      message: "Invalid session for the user, session can only be used once.",
    });
  });

  it("ends with a wrong password: the right one cannot follow on the same SECRET_BLOCK", async () => {
    const emulator = await setup(pool);
    const start = await srpStart(emulator, "alice");
    const wrong = await passwordClaim(emulator, start, "Wrong-Horse-9!");
    expect(await failure(emulator, "RespondToAuthChallenge", verifierAnswer(wrong))).toMatchObject({
      type: "NotAuthorizedException",
      message: "Incorrect username or password.",
    });
    const right = await passwordClaim(emulator, start, PASSWORD);
    expect(await failure(emulator, "RespondToAuthChallenge", verifierAnswer(right))).toMatchObject({
      type: "NotAuthorizedException",
      message: "Invalid session for the user.",
    });
  });

  it("expires 30 s after the challenge on the emulator clock", async () => {
    const emulator = await setup(pool);
    const early = await srpStart(emulator, "alice");
    const late = await srpStart(emulator, "alice");
    emulator.clock.advance(29);
    const inTime = verifierAnswer(await passwordClaim(emulator, early, PASSWORD));
    expect(
      (await call(emulator, "RespondToAuthChallenge", inTime)).AuthenticationResult,
    ).toBeDefined();
    emulator.clock.advance(2);
    const tooLate = verifierAnswer(await passwordClaim(emulator, late, PASSWORD));
    expect(await failure(emulator, "RespondToAuthChallenge", tooLate)).toMatchObject({
      type: "NotAuthorizedException",
      message: "Invalid session for the user, session is expired.",
    });
  });

  it("refuses a modified, foreign, non-base64 or missing SECRET_BLOCK", async () => {
    const emulator = await setup(pool);
    const start = await srpStart(emulator, "alice");
    const claim = await passwordClaim(emulator, start, PASSWORD);
    const block = base64ToBytes(claim.PASSWORD_CLAIM_SECRET_BLOCK ?? "");
    block[40] = (block[40] ?? 0) ^ 0x01;
    const forged = verifierAnswer({ ...claim, PASSWORD_CLAIM_SECRET_BLOCK: bytesToBase64(block) });
    const notBase64 = verifierAnswer({ ...claim, PASSWORD_CLAIM_SECRET_BLOCK: "not*base64!" });
    // The SECRET_BLOCK of this (public) client answered through another app client of the pool.
    const foreign = verifierAnswer(claim, { ClientId: SECRET_CLIENT_ID });
    for (const input of [forged, notBase64, foreign]) {
      expect(await failure(emulator, "RespondToAuthChallenge", input)).toMatchObject({
        type: "NotAuthorizedException",
        message: "Incorrect username or password.",
      });
    }
    const { PASSWORD_CLAIM_SECRET_BLOCK: _omitted, ...withoutBlock } = claim;
    expect(
      await failure(emulator, "RespondToAuthChallenge", verifierAnswer(withoutBlock)),
    ).toMatchObject({
      type: "InvalidParameterException",
      message: "Missing required parameter PASSWORD_CLAIM_SECRET_BLOCK",
    });
    // None of those touched the real exchange: the untampered answer still signs in.
    expect(
      (await call(emulator, "RespondToAuthChallenge", verifierAnswer(claim))).AuthenticationResult,
    ).toBeDefined();
  });

  it("refuses a Session sent along (made up, or an earlier step's) and keeps the SECRET_BLOCK", async () => {
    const emulator = await setup(pool);
    const select = await call(emulator, "InitiateAuth", {
      AuthFlow: "USER_AUTH",
      ClientId: CLIENT_ID,
      AuthParameters: { USERNAME: "alice" },
    });
    const ephemeral = await createSrpEphemeral();
    const challenge = await call(emulator, "RespondToAuthChallenge", {
      ClientId: CLIENT_ID,
      ChallengeName: "SELECT_CHALLENGE",
      Session: select.Session,
      ChallengeResponses: { USERNAME: "alice", ANSWER: "PASSWORD_SRP", SRP_A: ephemeral.srpA },
    });
    const claim = await claimFor(emulator, challenge, ephemeral);
    for (const session of [select.Session ?? "", "x".repeat(120)]) {
      expect(
        await failure(
          emulator,
          "RespondToAuthChallenge",
          verifierAnswer(claim, { Session: session }),
        ),
      ).toMatchObject({ type: "NotAuthorizedException", message: "Invalid session for the user." });
    }
    expect(
      (await call(emulator, "RespondToAuthChallenge", verifierAnswer(claim))).AuthenticationResult,
    ).toBeDefined();
  });

  it("other challenges still need their Session", async () => {
    const emulator = await setup(pool);
    expect(
      await failure(emulator, "RespondToAuthChallenge", {
        ClientId: CLIENT_ID,
        ChallengeName: "SMS_MFA",
        ChallengeResponses: { USERNAME: "alice", SMS_MFA_CODE: "123456" },
      }),
    ).toMatchObject({
      type: "InvalidParameterException",
      message: "Missing required parameter Session",
    });
  });
});
