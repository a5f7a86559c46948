// @vitest-environment node
import { describe, expect, it } from "vitest";
import {
  CLIENT_ID,
  CODE,
  call,
  failure,
  POOL_ID,
  passwordSignIn,
  respond,
  setup,
  srpSignIn,
} from "./helpers";

const TEMP = "Temp-Passw0rd!";
const pool = {
  Schema: [
    { Name: "name", Required: true },
    { Name: "given_name", Required: true },
  ],
  Users: [
    {
      Username: "newbie",
      TemporaryPassword: TEMP,
      Attributes: {
        email: "newbie@example.com",
        email_verified: "true",
        given_name: "Nia",
        phone_number: "+15555550011",
      },
      MfaPreference: { SMSMfaSettings: { Enabled: true } },
    },
  ],
  MfaConfig: { MfaConfiguration: "OPTIONAL" as const, SmsMfaConfiguration: {} },
};

function answer(session: string | undefined, responses: Record<string, string>) {
  return {
    ClientId: CLIENT_ID,
    ChallengeName: "NEW_PASSWORD_REQUIRED",
    Session: session,
    ChallengeResponses: { USERNAME: "newbie", ...responses },
  };
}

describe("NEW_PASSWORD_REQUIRED", () => {
  it("sends the user's attributes and the missing required ones, then continues to MFA", async () => {
    const emulator = await setup(pool);
    const challenge = await srpSignIn(emulator, "newbie", TEMP);
    expect(challenge.ChallengeName).toBe("NEW_PASSWORD_REQUIRED");
    const p = challenge.ChallengeParameters ?? {};
    expect(p.USER_ID_FOR_SRP).toBe("newbie");
    expect(JSON.parse(p.requiredAttributes ?? "")).toEqual(["userAttributes.name"]);
    expect(JSON.parse(p.userAttributes ?? "")).toEqual({
      email: "newbie@example.com",
      email_verified: "true",
      given_name: "Nia",
      phone_number: "+15555550011",
    });
    const next = await respond(emulator, challenge, "NEW_PASSWORD_REQUIRED", {
      USERNAME: "newbie",
      NEW_PASSWORD: "Fresh-Passw0rd!",
      "userAttributes.name": "Nia Newbie",
    });
    expect(next.ChallengeName).toBe("SMS_MFA");
    expect(
      (await respond(emulator, next, "SMS_MFA", { USERNAME: "newbie", SMS_MFA_CODE: CODE }))
        .AuthenticationResult,
    ).toBeDefined();
    const user = await call(emulator, "AdminGetUser", { UserPoolId: POOL_ID, Username: "newbie" });
    expect(user.UserStatus).toBe("CONFIRMED");
    expect(user.UserAttributes).toContainEqual({ Name: "name", Value: "Nia Newbie" });
    expect(
      await failure(emulator, "InitiateAuth", {
        AuthFlow: "USER_PASSWORD_AUTH",
        ClientId: CLIENT_ID,
        AuthParameters: { USERNAME: "newbie", PASSWORD: TEMP },
      }),
    ).toMatchObject({ type: "NotAuthorizedException" });
    expect((await passwordSignIn(emulator, "newbie", "Fresh-Passw0rd!")).ChallengeName).toBe(
      "SMS_MFA",
    );
  });

  it("enforces the password policy with Cognito's messages, keeping the Session", async () => {
    const emulator = await setup(pool);
    const challenge = await passwordSignIn(emulator, "newbie", TEMP);
    const cases: [string, string][] = [
      ["Sh0rt!", "Password did not conform with policy: Password not long enough"],
      [
        "NOLOWER-CASE-1",
        "Password did not conform with policy: Password must have lowercase characters",
      ],
      [
        "noupper-case-1",
        "Password did not conform with policy: Password must have uppercase characters",
      ],
      [
        "No-Numbers-Here",
        "Password did not conform with policy: Password must have numeric characters",
      ],
      [
        "NoSymbols123",
        "Password did not conform with policy: Password must have symbol characters",
      ],
    ];
    for (const [password, message] of cases) {
      expect(
        await failure(
          emulator,
          "RespondToAuthChallenge",
          answer(challenge.Session, { NEW_PASSWORD: password, "userAttributes.name": "N" }),
        ),
      ).toMatchObject({ type: "InvalidPasswordException", message });
    }
    expect(
      (
        await respond(emulator, challenge, "NEW_PASSWORD_REQUIRED", {
          USERNAME: "newbie",
          NEW_PASSWORD: "Fresh-Passw0rd!",
          "userAttributes.name": "N",
        })
      ).ChallengeName,
    ).toBe("SMS_MFA");
  });

  it("refuses a missing required attribute, read-only attributes and unknown ones", async () => {
    const emulator = await setup(pool);
    const challenge = await passwordSignIn(emulator, "newbie", TEMP);
    expect(
      await failure(
        emulator,
        "RespondToAuthChallenge",
        answer(challenge.Session, { NEW_PASSWORD: "Fresh-Passw0rd!" }),
      ),
    ).toMatchObject({
      type: "InvalidParameterException",
      message: "Invalid attributes given, name is missing",
    });
    expect(
      await failure(
        emulator,
        "RespondToAuthChallenge",
        answer(challenge.Session, {
          NEW_PASSWORD: "Fresh-Passw0rd!",
          "userAttributes.name": "N",
          "userAttributes.email_verified": "true",
        }),
      ),
    ).toMatchObject({ type: "InvalidParameterException" });
    expect(
      await failure(
        emulator,
        "RespondToAuthChallenge",
        answer(challenge.Session, {
          NEW_PASSWORD: "Fresh-Passw0rd!",
          "userAttributes.name": "N",
          "userAttributes.shoe_size": "9",
        }),
      ),
    ).toMatchObject({
      type: "InvalidParameterException",
      message: expect.stringContaining("Attribute does not exist in the schema."),
    });
    expect(
      await failure(
        emulator,
        "RespondToAuthChallenge",
        answer(challenge.Session, {
          NEW_PASSWORD: "Fresh-Passw0rd!",
          "userAttributes.name": "N",
          "userAttributes.given_name": "Other",
        }),
      ),
    ).toMatchObject({
      type: "InvalidParameterException",
      message: "Cannot modify an already provided given_name",
    });
    // Echoing an unchanged required attribute is fine (the classic SDK README does it).
    const next = await respond(emulator, challenge, "NEW_PASSWORD_REQUIRED", {
      USERNAME: "newbie",
      NEW_PASSWORD: "Fresh-Passw0rd!",
      "userAttributes.name": "N",
      "userAttributes.given_name": "Nia",
    });
    expect(next.ChallengeName).toBe("SMS_MFA");
  });

  it("a temporary password expires after TemporaryPasswordValidityDays", async () => {
    const emulator = await setup(pool);
    emulator.clock.advance(7 * 86400 + 1);
    expect(
      await failure(emulator, "InitiateAuth", {
        AuthFlow: "USER_PASSWORD_AUTH",
        ClientId: CLIENT_ID,
        AuthParameters: { USERNAME: "newbie", PASSWORD: TEMP },
      }),
    ).toMatchObject({
      type: "NotAuthorizedException",
      message: "Temporary password has expired and must be reset by an administrator.",
    });
  });
});
