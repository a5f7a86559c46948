// @vitest-environment node
import { describe, expect, it } from "vitest";
import {
  CODE,
  call,
  failure,
  PASSWORD,
  passwordClaim,
  respond,
  SECRET_CLIENT_ID,
  secretHash,
  setup,
  srpStart,
} from "./helpers";

const pool = {
  UsernameAttributes: ["email" as const],
  MfaConfig: { MfaConfiguration: "OPTIONAL" as const, SmsMfaConfiguration: {} },
  Users: [
    {
      Username: "sia@example.com",
      Sub: "5ec7e700-0000-4000-8000-000000000001",
      Password: PASSWORD,
      Attributes: { phone_number: "+15555550015" },
      MfaPreference: { SMSMfaSettings: { Enabled: true } },
    },
  ],
};
const INTERNAL = "5ec7e700-0000-4000-8000-000000000001";

function initiate(extra: Record<string, string>) {
  return {
    AuthFlow: "USER_PASSWORD_AUTH",
    ClientId: SECRET_CLIENT_ID,
    AuthParameters: { USERNAME: "sia@example.com", PASSWORD, ...extra },
  };
}

describe("SECRET_HASH", () => {
  it("is required, and checked against the USERNAME sent", async () => {
    const emulator = await setup(pool);
    expect(await failure(emulator, "InitiateAuth", initiate({}))).toMatchObject({
      type: "NotAuthorizedException",
      message: `Client ${SECRET_CLIENT_ID} is configured for secret but secret was not received`,
    });
    expect(
      await failure(
        emulator,
        "InitiateAuth",
        initiate({ SECRET_HASH: await secretHash(INTERNAL) }),
      ),
    ).toMatchObject({
      type: "NotAuthorizedException",
      message: `Unable to verify secret hash for client ${SECRET_CLIENT_ID}`,
    });
    const mfa = await call(
      emulator,
      "InitiateAuth",
      initiate({ SECRET_HASH: await secretHash("sia@example.com") }),
    );
    expect(mfa.ChallengeName).toBe("SMS_MFA");
    // Responses: missing and wrong keep the Session; the hash of the USERNAME sent passes.
    const base = { ClientId: SECRET_CLIENT_ID, ChallengeName: "SMS_MFA", Session: mfa.Session };
    expect(
      await failure(emulator, "RespondToAuthChallenge", {
        ...base,
        ChallengeResponses: { USERNAME: INTERNAL, SMS_MFA_CODE: CODE },
      }),
    ).toMatchObject({
      message: `Client ${SECRET_CLIENT_ID} is configured for secret but secret was not received`,
    });
    expect(
      await failure(emulator, "RespondToAuthChallenge", {
        ...base,
        ChallengeResponses: {
          USERNAME: INTERNAL,
          SMS_MFA_CODE: CODE,
          SECRET_HASH: await secretHash("sia@example.com"),
        },
      }),
    ).toMatchObject({ message: `Unable to verify secret hash for client ${SECRET_CLIENT_ID}` });
    const tokens = await respond(
      emulator,
      mfa,
      "SMS_MFA",
      { USERNAME: INTERNAL, SMS_MFA_CODE: CODE, SECRET_HASH: await secretHash(INTERNAL) },
      SECRET_CLIENT_ID,
    );
    const refresh = tokens.AuthenticationResult?.RefreshToken ?? "";
    // Refresh: the internal username (protocol reference §13.10).
    const refreshInput = (hash: string) => ({
      AuthFlow: "REFRESH_TOKEN_AUTH",
      ClientId: SECRET_CLIENT_ID,
      AuthParameters: { REFRESH_TOKEN: refresh, SECRET_HASH: hash },
    });
    expect(
      await failure(emulator, "InitiateAuth", refreshInput(await secretHash("sia@example.com"))),
    ).toMatchObject({ type: "NotAuthorizedException" });
    const refreshed = await call(
      emulator,
      "InitiateAuth",
      refreshInput(await secretHash(INTERNAL)),
    );
    expect(refreshed.AuthenticationResult?.AccessToken).toBeTruthy();
    expect(refreshed.AuthenticationResult?.RefreshToken).toBeUndefined();
  });

  it("after SRP, the hash must use USER_ID_FOR_SRP when that is the USERNAME sent", async () => {
    const emulator = await setup(pool);
    const start = await srpStart(
      emulator,
      "sia@example.com",
      { SECRET_HASH: await secretHash("sia@example.com") },
      SECRET_CLIENT_ID,
    );
    const claim = await passwordClaim(emulator, start, PASSWORD);
    const input = (hash: string) => ({
      ClientId: SECRET_CLIENT_ID,
      ChallengeName: "PASSWORD_VERIFIER",
      ChallengeResponses: { ...claim, SECRET_HASH: hash },
    });
    expect(
      await failure(emulator, "RespondToAuthChallenge", input(await secretHash("sia@example.com"))),
    ).toMatchObject({ message: `Unable to verify secret hash for client ${SECRET_CLIENT_ID}` });
    expect(
      (await call(emulator, "RespondToAuthChallenge", input(await secretHash(INTERNAL))))
        .ChallengeName,
    ).toBe("SMS_MFA");
  });
});
