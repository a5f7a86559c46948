// @vitest-environment node
import { describe, expect, it } from "vitest";
import { totpCode } from "../../src/testing";
import {
  CLIENT_ID,
  CODE,
  call,
  failure,
  PASSWORD,
  passwordSignIn,
  respond,
  setup,
  srpSignIn,
} from "./helpers";

const SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const allFactors = {
  MfaConfiguration: "OPTIONAL" as const,
  SmsMfaConfiguration: {},
  SoftwareTokenMfaConfiguration: { Enabled: true },
  EmailMfaConfiguration: {},
};

const users = [
  {
    Username: "sam",
    Password: PASSWORD,
    Attributes: { phone_number: "+15555550008" },
    MfaPreference: { SMSMfaSettings: { Enabled: true, PreferredMfa: true } },
  },
  {
    Username: "tia",
    Password: PASSWORD,
    TotpSecret: SECRET,
    MfaPreference: { SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } },
  },
  {
    Username: "emil",
    Password: PASSWORD,
    Attributes: { email: "emil@example.com" },
    MfaPreference: { EmailMfaSettings: { Enabled: true } },
  },
  {
    Username: "sel",
    Password: PASSWORD,
    Attributes: { phone_number: "+15555550009", email: "sel@example.com" },
    TotpSecret: SECRET,
    MfaPreference: {
      SMSMfaSettings: { Enabled: true },
      SoftwareTokenMfaSettings: { Enabled: true },
      EmailMfaSettings: { Enabled: true },
    },
  },
  { Username: "none", Password: PASSWORD },
];

describe("MFA challenges", () => {
  it("SMS_MFA: a code to the masked phone number, in the outbox unmasked", async () => {
    const emulator = await setup({ Users: users, MfaConfig: allFactors });
    const challenge = await srpSignIn(emulator, "sam");
    expect(challenge).toMatchObject({
      ChallengeName: "SMS_MFA",
      ChallengeParameters: {
        CODE_DELIVERY_DELIVERY_MEDIUM: "SMS",
        CODE_DELIVERY_DESTINATION: "+*******0008",
      },
    });
    expect(emulator.outbox.last()).toMatchObject({
      username: "sam",
      medium: "SMS",
      destination: "+15555550008",
      code: CODE,
      purpose: "MFA",
    });
    const tokens = await respond(emulator, challenge, "SMS_MFA", {
      USERNAME: "sam",
      SMS_MFA_CODE: CODE,
    });
    expect(tokens.AuthenticationResult?.AccessToken).toBeTruthy();
  });

  it("a wrong code keeps the Session twice; the third wrong code ends it", async () => {
    const emulator = await setup({ Users: users, MfaConfig: allFactors });
    const challenge = await passwordSignIn(emulator, "sam");
    const wrong = {
      ClientId: CLIENT_ID,
      ChallengeName: "SMS_MFA",
      Session: challenge.Session,
      ChallengeResponses: { USERNAME: "sam", SMS_MFA_CODE: "000000" },
    };
    for (let i = 0; i < 2; i++) {
      expect(await failure(emulator, "RespondToAuthChallenge", wrong)).toMatchObject({
        type: "CodeMismatchException",
        message: "Invalid code or auth state for the user.",
      });
    }
    expect(await failure(emulator, "RespondToAuthChallenge", wrong)).toMatchObject({
      type: "NotAuthorizedException",
      message: "Invalid session for the user.",
    });
    expect(
      await failure(emulator, "RespondToAuthChallenge", {
        ...wrong,
        ChallengeResponses: { USERNAME: "sam", SMS_MFA_CODE: CODE },
      }),
    ).toMatchObject({ type: "NotAuthorizedException" });
  });

  it("a code can be corrected after a mismatch", async () => {
    const emulator = await setup({ Users: users, MfaConfig: allFactors });
    const challenge = await passwordSignIn(emulator, "sam");
    expect(
      await failure(emulator, "RespondToAuthChallenge", {
        ClientId: CLIENT_ID,
        ChallengeName: "SMS_MFA",
        Session: challenge.Session,
        ChallengeResponses: { USERNAME: "sam", SMS_MFA_CODE: "111111" },
      }),
    ).toMatchObject({ type: "CodeMismatchException" });
    expect(
      (await respond(emulator, challenge, "SMS_MFA", { USERNAME: "sam", SMS_MFA_CODE: CODE }))
        .AuthenticationResult,
    ).toBeDefined();
  });

  it("a code expires after 3 minutes, even in a longer Session", async () => {
    const emulator = await setup({
      Users: users,
      MfaConfig: allFactors,
      Clients: [
        {
          ClientId: "long",
          ClientName: "long",
          AuthSessionValidity: 15,
          ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH"],
        },
      ],
    });
    const mfa = await passwordSignIn(emulator, "sam", PASSWORD, {}, "long");
    expect(mfa.ChallengeName).toBe("SMS_MFA");
    emulator.clock.advance(3 * 60 + 1);
    expect(
      await failure(emulator, "RespondToAuthChallenge", {
        ClientId: "long",
        ChallengeName: "SMS_MFA",
        Session: mfa.Session,
        ChallengeResponses: { USERNAME: "sam", SMS_MFA_CODE: CODE },
      }),
    ).toMatchObject({
      type: "ExpiredCodeException",
      message: "Invalid code provided, please request a code again.",
    });
  });

  it("SOFTWARE_TOKEN_MFA: TOTP on the emulator clock, one step of tolerance", async () => {
    const emulator = await setup(
      { Users: users, MfaConfig: allFactors },
      { startTime: Date.UTC(2030, 0, 1, 0, 0, 15) },
    );
    const now = emulator.clock.now();
    for (const [offset, ok] of [
      [0, true],
      [-30, true],
      [30, true],
      [-90, false],
      [90, false],
    ] as const) {
      const challenge = await passwordSignIn(emulator, "tia");
      expect(challenge).toMatchObject({
        ChallengeName: "SOFTWARE_TOKEN_MFA",
        ChallengeParameters: {},
      });
      const code = totpCode(SECRET, now + offset * 1000);
      const answer = {
        ClientId: CLIENT_ID,
        ChallengeName: "SOFTWARE_TOKEN_MFA",
        Session: challenge.Session,
        ChallengeResponses: { USERNAME: "tia", SOFTWARE_TOKEN_MFA_CODE: code },
      };
      if (ok)
        expect(
          (await call(emulator, "RespondToAuthChallenge", answer)).AuthenticationResult,
          String(offset),
        ).toBeDefined();
      else
        expect(
          await failure(emulator, "RespondToAuthChallenge", answer),
          String(offset),
        ).toMatchObject({ type: "CodeMismatchException" });
    }
  });

  it("EMAIL_OTP as MFA, with a masked address", async () => {
    const emulator = await setup({ Users: users, MfaConfig: allFactors });
    const challenge = await passwordSignIn(emulator, "emil");
    expect(challenge).toMatchObject({
      ChallengeName: "EMAIL_OTP",
      ChallengeParameters: {
        CODE_DELIVERY_DELIVERY_MEDIUM: "EMAIL",
        CODE_DELIVERY_DESTINATION: "e***@e***",
      },
    });
    expect(
      (await respond(emulator, challenge, "EMAIL_OTP", { USERNAME: "emil", EMAIL_OTP_CODE: CODE }))
        .AuthenticationResult,
    ).toBeDefined();
  });

  it("SELECT_MFA_TYPE: MFAS_CAN_CHOOSE as a JSON string, then the chosen challenge", async () => {
    const emulator = await setup({ Users: users, MfaConfig: allFactors });
    const challenge = await passwordSignIn(emulator, "sel");
    expect(challenge.ChallengeName).toBe("SELECT_MFA_TYPE");
    expect(challenge.ChallengeParameters?.MFAS_CAN_CHOOSE).toBe(
      '["SMS_MFA","SOFTWARE_TOKEN_MFA","EMAIL_OTP"]',
    );
    const bad = {
      ClientId: CLIENT_ID,
      ChallengeName: "SELECT_MFA_TYPE",
      Session: challenge.Session,
      ChallengeResponses: { USERNAME: "sel", ANSWER: "EMAIL_MFA" },
    };
    expect(await failure(emulator, "RespondToAuthChallenge", bad)).toMatchObject({
      type: "InvalidParameterException",
    });
    const chosen = await respond(emulator, challenge, "SELECT_MFA_TYPE", {
      USERNAME: "sel",
      ANSWER: "SOFTWARE_TOKEN_MFA",
    });
    expect(chosen.ChallengeName).toBe("SOFTWARE_TOKEN_MFA");
    expect(chosen.Session).not.toBe(challenge.Session);
    const tokens = await respond(emulator, chosen, "SOFTWARE_TOKEN_MFA", {
      USERNAME: "sel",
      SOFTWARE_TOKEN_MFA_CODE: totpCode(SECRET, emulator.clock.now()),
    });
    expect(tokens.AuthenticationResult).toBeDefined();
  });

  it("OPTIONAL with no factor enabled signs straight in; OFF never asks", async () => {
    const optional = await setup({ Users: users, MfaConfig: allFactors });
    expect((await passwordSignIn(optional, "none")).AuthenticationResult).toBeDefined();
    const off = await setup({ Users: users });
    expect((await passwordSignIn(off, "sam")).AuthenticationResult).toBeDefined();
  });
});

describe("MFA_SETUP", () => {
  const required = {
    MfaConfiguration: "ON" as const,
    SoftwareTokenMfaConfiguration: { Enabled: true },
    EmailMfaConfiguration: {},
  };

  it("TOTP: AssociateSoftwareToken and VerifySoftwareToken with the new Sessions, then MFA_SETUP", async () => {
    const emulator = await setup({ Users: users, MfaConfig: required });
    const challenge = await passwordSignIn(emulator, "none");
    expect(challenge).toMatchObject({
      ChallengeName: "MFA_SETUP",
      ChallengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA","EMAIL_OTP"]' },
    });
    // Answering before the token is verified is refused and keeps the Session.
    expect(
      await failure(emulator, "RespondToAuthChallenge", {
        ClientId: CLIENT_ID,
        ChallengeName: "MFA_SETUP",
        Session: challenge.Session,
        ChallengeResponses: { USERNAME: "none" },
      }),
    ).toMatchObject({ type: "SoftwareTokenMFANotFoundException" });
    const associated = await call(emulator, "AssociateSoftwareToken", {
      Session: challenge.Session,
    });
    expect(associated.SecretCode).toMatch(/^[A-Z2-7]{32}$/);
    expect(
      await failure(emulator, "AssociateSoftwareToken", { Session: challenge.Session }),
    ).toMatchObject({ message: "Invalid session for the user, session can only be used once." });
    const secret = String(associated.SecretCode);
    expect(
      await failure(emulator, "VerifySoftwareToken", {
        Session: associated.Session,
        UserCode: "000000",
      }),
    ).toMatchObject({
      type: "EnableSoftwareTokenMFAException",
      message: "Code mismatch and fail enable Software Token MFA",
    });
    const verified = await call(emulator, "VerifySoftwareToken", {
      Session: associated.Session,
      UserCode: totpCode(secret, emulator.clock.now()),
    });
    expect(verified.Status).toBe("SUCCESS");
    const tokens = await respond(emulator, verified, "MFA_SETUP", { USERNAME: "none" });
    expect(tokens.AuthenticationResult).toBeDefined();
    // Next time: SOFTWARE_TOKEN_MFA with the new token.
    const again = await passwordSignIn(emulator, "none");
    expect(again.ChallengeName).toBe("SOFTWARE_TOKEN_MFA");
    const user = (await call(emulator, "AdminGetUser", {
      UserPoolId: "us-east-1_TestPool1",
      Username: "none",
    })) as Record<string, unknown>;
    expect(user).toMatchObject({
      UserMFASettingList: ["SOFTWARE_TOKEN_MFA"],
      PreferredMfaSetting: "SOFTWARE_TOKEN_MFA",
    });
  });

  it("email: answer with EMAIL, then the EMAIL_OTP sent there", async () => {
    const emulator = await setup({ Users: users, MfaConfig: required });
    const challenge = await passwordSignIn(emulator, "none");
    const bad = {
      ClientId: CLIENT_ID,
      ChallengeName: "MFA_SETUP",
      Session: challenge.Session,
      ChallengeResponses: { USERNAME: "none", EMAIL: "not-an-email" },
    };
    expect(await failure(emulator, "RespondToAuthChallenge", bad)).toMatchObject({
      type: "InvalidParameterException",
      message: "Invalid email address format.",
    });
    const otp = await respond(emulator, challenge, "MFA_SETUP", {
      USERNAME: "none",
      EMAIL: "none@example.org",
    });
    expect(otp).toMatchObject({
      ChallengeName: "EMAIL_OTP",
      ChallengeParameters: { CODE_DELIVERY_DESTINATION: "n***@e***" },
    });
    expect(emulator.outbox.last()).toMatchObject({
      destination: "none@example.org",
      purpose: "MFA_SETUP",
    });
    expect(
      (await respond(emulator, otp, "EMAIL_OTP", { USERNAME: "none", EMAIL_OTP_CODE: CODE }))
        .AuthenticationResult,
    ).toBeDefined();
    expect((await passwordSignIn(emulator, "none")).ChallengeName).toBe("EMAIL_OTP");
  });

  it("with MFA ON, a phone number on file gets SMS_MFA instead of set-up", async () => {
    const emulator = await setup({
      Users: [
        { Username: "onfile", Password: PASSWORD, Attributes: { phone_number: "+15555550010" } },
      ],
      MfaConfig: {
        MfaConfiguration: "ON",
        SmsMfaConfiguration: {},
        SoftwareTokenMfaConfiguration: { Enabled: true },
      },
    });
    expect((await passwordSignIn(emulator, "onfile")).ChallengeName).toBe("SMS_MFA");
  });
});
