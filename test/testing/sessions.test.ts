// @vitest-environment node
import { describe, expect, it } from "vitest";
import {
  CLIENT_ID,
  CODE,
  call,
  failure,
  PASSWORD,
  passwordSignIn,
  SECRET_CLIENT_ID,
  setup,
} from "./helpers";

const smsUser = {
  Users: [
    {
      Username: "sam",
      Password: PASSWORD,
      Attributes: { phone_number: "+15555550008" },
      MfaPreference: { SMSMfaSettings: { Enabled: true, PreferredMfa: true } },
    },
  ],
  MfaConfig: { MfaConfiguration: "OPTIONAL" as const, SmsMfaConfiguration: {} },
};

function answer(session: string | undefined, code = CODE, clientId = CLIENT_ID) {
  return {
    ClientId: clientId,
    ChallengeName: "SMS_MFA",
    Session: session,
    ChallengeResponses: { USERNAME: "sam", SMS_MFA_CODE: code },
  };
}

describe("sign-in Sessions", () => {
  it("are single-use", async () => {
    const emulator = await setup(smsUser);
    const challenge = await passwordSignIn(emulator, "sam");
    expect(challenge.ChallengeName).toBe("SMS_MFA");
    expect(challenge.Session).toMatch(/^[A-Za-z0-9_-]{100,}$/);
    const tokens = await call(emulator, "RespondToAuthChallenge", answer(challenge.Session));
    expect(tokens.AuthenticationResult).toBeDefined();
    expect(
      await failure(emulator, "RespondToAuthChallenge", answer(challenge.Session)),
    ).toMatchObject({
      type: "NotAuthorizedException",
      message: "Invalid session for the user, session can only be used once.",
    });
  });

  it("expire after the client's AuthSessionValidity on the emulator clock", async () => {
    const emulator = await setup(smsUser);
    const challenge = await passwordSignIn(emulator, "sam");
    emulator.clock.advance(3 * 60 - 1);
    const early = await passwordSignIn(emulator, "sam");
    emulator.clock.advance(2);
    expect(
      await failure(emulator, "RespondToAuthChallenge", answer(challenge.Session)),
    ).toMatchObject({
      type: "NotAuthorizedException",
      message: "Invalid session for the user, session is expired.",
    });
    expect(
      (await call(emulator, "RespondToAuthChallenge", answer(early.Session))).AuthenticationResult,
    ).toBeDefined();
  });

  it("are bound to the app client and the user", async () => {
    const emulator = await setup({
      ...smsUser,
      Users: [...smsUser.Users, { Username: "other", Password: PASSWORD }],
    });
    const challenge = await passwordSignIn(emulator, "sam");
    expect(
      await failure(
        emulator,
        "RespondToAuthChallenge",
        answer(challenge.Session, CODE, SECRET_CLIENT_ID),
      ),
    ).toMatchObject({
      type: "NotAuthorizedException",
      message: "Invalid session for the user.",
    });
    const otherUser = {
      ...answer(challenge.Session),
      ChallengeResponses: { USERNAME: "other", SMS_MFA_CODE: CODE },
    };
    expect(await failure(emulator, "RespondToAuthChallenge", otherUser)).toMatchObject({
      type: "NotAuthorizedException",
      message: "Invalid session for the user.",
    });
    // Neither mistake used the Session up.
    expect(
      (await call(emulator, "RespondToAuthChallenge", answer(challenge.Session)))
        .AuthenticationResult,
    ).toBeDefined();
  });

  it("refuse made-up and missing Sessions, and a ChallengeName the Session is not waiting for", async () => {
    const emulator = await setup(smsUser);
    expect(
      await failure(emulator, "RespondToAuthChallenge", answer("not-a-session")),
    ).toMatchObject({ type: "NotAuthorizedException", message: "Invalid session for the user." });
    expect(await failure(emulator, "RespondToAuthChallenge", answer(undefined))).toMatchObject({
      type: "InvalidParameterException",
      message: "Missing required parameter Session",
    });
    const challenge = await passwordSignIn(emulator, "sam");
    const wrongName = { ...answer(challenge.Session), ChallengeName: "SOFTWARE_TOKEN_MFA" };
    expect(await failure(emulator, "RespondToAuthChallenge", wrongName)).toMatchObject({
      type: "InvalidParameterException",
    });
    const noUser = { ...answer(challenge.Session), ChallengeResponses: { SMS_MFA_CODE: CODE } };
    expect(await failure(emulator, "RespondToAuthChallenge", noUser)).toMatchObject({
      type: "InvalidParameterException",
      message: "Missing required parameter USERNAME",
    });
    expect(
      (await call(emulator, "RespondToAuthChallenge", answer(challenge.Session)))
        .AuthenticationResult,
    ).toBeDefined();
  });

  it("accept only one of two concurrent answers", async () => {
    const emulator = await setup(smsUser);
    const challenge = await passwordSignIn(emulator, "sam");
    const results = await Promise.allSettled([
      emulator.handle("RespondToAuthChallenge", answer(challenge.Session)),
      emulator.handle("RespondToAuthChallenge", answer(challenge.Session)),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
  });
});
