// @vitest-environment node
// Generated codes: passwordless sign-in codes are 8 digits on AWS ("currently fixed at an 8 digit
// PIN", aws-amplify/amplify-js#14428), MFA codes 6. The `code` option replaces both.
import { describe, expect, it } from "vitest";
import { createEmulator, type Emulator, type EmulatorOptions } from "../../src/testing";
import { CLIENT_ID, call, failure, PASSWORD, passwordSignIn, respond, type Wire } from "./helpers";

const FLOWS = ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_AUTH", "ALLOW_USER_SRP_AUTH"];

/** A pool with passwordless first factors and optional MFA, and one where MFA must be set up. */
async function pools(options: EmulatorOptions = {}): Promise<Emulator> {
  const emulator = createEmulator(options);
  await emulator.seed({
    pools: [
      {
        Id: "us-east-1_CodeLen01",
        PoolName: "codes",
        Policies: {
          SignInPolicy: { AllowedFirstAuthFactors: ["PASSWORD", "EMAIL_OTP", "SMS_OTP"] },
        },
        MfaConfig: {
          MfaConfiguration: "OPTIONAL",
          SmsMfaConfiguration: {},
          EmailMfaConfiguration: {},
        },
        Clients: [{ ClientId: CLIENT_ID, ClientName: "web", ExplicitAuthFlows: FLOWS }],
        Users: [
          {
            Username: "pia",
            Attributes: {
              email: "pia@example.com",
              email_verified: "true",
              phone_number: "+15555550031",
              phone_number_verified: "true",
            },
          },
          {
            Username: "sam",
            Password: PASSWORD,
            Attributes: { phone_number: "+15555550032" },
            MfaPreference: { SMSMfaSettings: { Enabled: true, PreferredMfa: true } },
          },
          {
            Username: "emil",
            Password: PASSWORD,
            Attributes: { email: "emil@example.com" },
            MfaPreference: { EmailMfaSettings: { Enabled: true, PreferredMfa: true } },
          },
        ],
      },
      {
        Id: "us-east-1_CodeLen02",
        PoolName: "setup",
        MfaConfig: { MfaConfiguration: "ON", EmailMfaConfiguration: {} },
        Clients: [
          { ClientId: "setupclient000000000000001", ClientName: "web", ExplicitAuthFlows: FLOWS },
        ],
        Users: [{ Username: "nell", Password: PASSWORD }],
      },
    ],
  });
  return emulator;
}

function userAuth(emulator: Emulator, parameters: Record<string, string>): Promise<Wire> {
  return call(emulator, "InitiateAuth", {
    AuthFlow: "USER_AUTH",
    ClientId: CLIENT_ID,
    AuthParameters: { USERNAME: "pia", ...parameters },
  });
}

/** The newest code in the outbox, checked against what the challenge announced. */
function sentCode(emulator: Emulator, purpose: string): string {
  const message = emulator.outbox.last();
  expect(message?.purpose).toBe(purpose);
  return message?.code ?? "";
}

describe("generated codes", () => {
  it("a passwordless EMAIL_OTP (PREFERRED_CHALLENGE) is 8 digits, and its first 6 are not enough", async () => {
    const emulator = await pools();
    const challenge = await userAuth(emulator, { PREFERRED_CHALLENGE: "EMAIL_OTP" });
    expect(challenge.ChallengeName).toBe("EMAIL_OTP");
    const code = sentCode(emulator, "SIGN_IN");
    expect(code).toMatch(/^\d{8}$/);
    const answer = (value: string) => ({
      ClientId: CLIENT_ID,
      ChallengeName: "EMAIL_OTP",
      Session: challenge.Session,
      ChallengeResponses: { USERNAME: "pia", EMAIL_OTP_CODE: value },
    });
    expect(
      await failure(emulator, "RespondToAuthChallenge", answer(code.slice(0, 6))),
    ).toMatchObject({ type: "CodeMismatchException" });
    const tokens = await call(emulator, "RespondToAuthChallenge", answer(code));
    expect(tokens.AuthenticationResult?.AccessToken).toBeTruthy();
  });

  it("a passwordless SMS_OTP (PREFERRED_CHALLENGE) is 8 digits", async () => {
    const emulator = await pools();
    const challenge = await userAuth(emulator, { PREFERRED_CHALLENGE: "SMS_OTP" });
    expect(challenge.ChallengeName).toBe("SMS_OTP");
    const code = sentCode(emulator, "SIGN_IN");
    expect(code).toMatch(/^\d{8}$/);
    const tokens = await respond(emulator, challenge, "SMS_OTP", {
      USERNAME: "pia",
      SMS_OTP_CODE: code,
    });
    expect(tokens.AuthenticationResult?.AccessToken).toBeTruthy();
  });

  it("a passwordless code chosen through SELECT_CHALLENGE is 8 digits", async () => {
    const emulator = await pools();
    const select = await userAuth(emulator, {});
    expect(select.AvailableChallenges).toEqual(["EMAIL_OTP", "SMS_OTP"]);
    for (const answer of ["EMAIL_OTP", "SMS_OTP"]) {
      const again = await userAuth(emulator, {});
      const challenge = await respond(emulator, again, "SELECT_CHALLENGE", {
        USERNAME: "pia",
        ANSWER: answer,
      });
      expect(challenge.ChallengeName).toBe(answer);
      expect(sentCode(emulator, "SIGN_IN"), answer).toMatch(/^\d{8}$/);
    }
  });

  it("MFA codes stay 6 digits: SMS_MFA, EMAIL_OTP after a password, email MFA set-up", async () => {
    const emulator = await pools();
    const sms = await passwordSignIn(emulator, "sam");
    expect(sms.ChallengeName).toBe("SMS_MFA");
    const smsCode = sentCode(emulator, "MFA");
    expect(smsCode).toMatch(/^\d{6}$/);
    expect(
      (await respond(emulator, sms, "SMS_MFA", { USERNAME: "sam", SMS_MFA_CODE: smsCode }))
        .AuthenticationResult,
    ).toBeDefined();

    const email = await passwordSignIn(emulator, "emil");
    expect(email.ChallengeName).toBe("EMAIL_OTP");
    const emailCode = sentCode(emulator, "MFA");
    expect(emailCode).toMatch(/^\d{6}$/);
    expect(
      (await respond(emulator, email, "EMAIL_OTP", { USERNAME: "emil", EMAIL_OTP_CODE: emailCode }))
        .AuthenticationResult,
    ).toBeDefined();

    const setupClient = "setupclient000000000000001";
    const mfaSetup = await passwordSignIn(emulator, "nell", PASSWORD, {}, setupClient);
    expect(mfaSetup.ChallengeName).toBe("MFA_SETUP");
    const otp = await respond(
      emulator,
      mfaSetup,
      "MFA_SETUP",
      { USERNAME: "nell", EMAIL: "nell@example.org" },
      setupClient,
    );
    expect(otp.ChallengeName).toBe("EMAIL_OTP");
    expect(sentCode(emulator, "MFA_SETUP")).toMatch(/^\d{6}$/);
  });

  it("the code option replaces every generated code, passwordless and MFA alike", async () => {
    const emulator = await pools({ code: "4321" });
    const passwordless = await userAuth(emulator, { PREFERRED_CHALLENGE: "EMAIL_OTP" });
    expect(sentCode(emulator, "SIGN_IN")).toBe("4321");
    expect(
      (
        await respond(emulator, passwordless, "EMAIL_OTP", {
          USERNAME: "pia",
          EMAIL_OTP_CODE: "4321",
        })
      ).AuthenticationResult,
    ).toBeDefined();
    await passwordSignIn(emulator, "sam");
    expect(sentCode(emulator, "MFA")).toBe("4321");
  });
});
