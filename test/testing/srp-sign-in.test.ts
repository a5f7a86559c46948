// @vitest-environment node
import { describe, expect, it } from "vitest";
import { base64ToBytes, bytesToBase64 } from "../../src/core/util/encoding";
import {
  CLIENT_ID,
  call,
  claimSignedAt,
  claims,
  failure,
  PASSWORD,
  passwordClaim,
  respond,
  setup,
  srpSignIn,
  srpStart,
} from "./helpers";

const emailPool = {
  UsernameAttributes: ["email" as const],
  Users: [
    {
      Username: "alice@example.com",
      Sub: "8f1c2a9e-4b7d-4e1a-9c3b-2d5e6f708192",
      Password: PASSWORD,
    },
  ],
};

describe("USER_SRP_AUTH", () => {
  it("signs in with the right password and names the internal username USER_ID_FOR_SRP", async () => {
    const emulator = await setup(emailPool);
    const start = await srpStart(emulator, "alice@example.com");
    expect(start.challenge.ChallengeName).toBe("PASSWORD_VERIFIER");
    const p = start.challenge.ChallengeParameters ?? {};
    expect(p.USER_ID_FOR_SRP).toBe("8f1c2a9e-4b7d-4e1a-9c3b-2d5e6f708192");
    expect(p.USERNAME).toBe(p.USER_ID_FOR_SRP);
    expect(p.SRP_B).toMatch(/^[0-9a-f]+$/);
    expect(p.SALT).toMatch(/^[0-9a-f]+$/);
    expect(base64ToBytes(p.SECRET_BLOCK ?? "").length).toBeGreaterThan(32);
    const result = await respond(
      emulator,
      start.challenge,
      "PASSWORD_VERIFIER",
      await passwordClaim(emulator, start, PASSWORD),
    );
    const tokens = result.AuthenticationResult;
    expect(tokens?.TokenType).toBe("Bearer");
    expect(tokens?.ExpiresIn).toBe(3600);
    expect(tokens?.RefreshToken?.split(".")).toHaveLength(5);
    const access = claims(tokens?.AccessToken ?? "");
    expect(access).toMatchObject({
      sub: "8f1c2a9e-4b7d-4e1a-9c3b-2d5e6f708192",
      username: "8f1c2a9e-4b7d-4e1a-9c3b-2d5e6f708192",
      client_id: CLIENT_ID,
      token_use: "access",
      scope: "aws.cognito.signin.user.admin",
      iss: "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_TestPool1",
    });
    const id = claims(tokens?.IdToken ?? "");
    expect(id).toMatchObject({
      "cognito:username": p.USER_ID_FOR_SRP,
      email: "alice@example.com",
      aud: CLIENT_ID,
      token_use: "id",
    });
    expect(Number(access.exp) - Number(access.iat)).toBe(3600);
  });

  it("refuses a wrong password with the generic message and ends the exchange (its SECRET_BLOCK)", async () => {
    const emulator = await setup(emailPool);
    const start = await srpStart(emulator, "alice@example.com");
    const input = {
      ClientId: CLIENT_ID,
      ChallengeName: "PASSWORD_VERIFIER",
      ChallengeResponses: await passwordClaim(emulator, start, "Wrong-Horse-9!"),
    };
    expect(await failure(emulator, "RespondToAuthChallenge", input)).toMatchObject({
      type: "NotAuthorizedException",
      message: "Incorrect username or password.",
      statusCode: 400,
    });
    expect(await failure(emulator, "RespondToAuthChallenge", input)).toMatchObject({
      type: "NotAuthorizedException",
      message: "Invalid session for the user.",
    });
  });

  it("refuses a modified SECRET_BLOCK", async () => {
    const emulator = await setup(emailPool);
    const start = await srpStart(emulator, "alice@example.com");
    const claim = await passwordClaim(emulator, start, PASSWORD);
    const block = base64ToBytes(claim.PASSWORD_CLAIM_SECRET_BLOCK ?? "");
    block[5] = (block[5] ?? 0) ^ 0xff;
    const error = await failure(emulator, "RespondToAuthChallenge", {
      ClientId: CLIENT_ID,
      ChallengeName: "PASSWORD_VERIFIER",
      ChallengeResponses: { ...claim, PASSWORD_CLAIM_SECRET_BLOCK: bytesToBase64(block) },
    });
    expect(error).toMatchObject({
      type: "NotAuthorizedException",
      message: "Incorrect username or password.",
    });
  });

  it("refuses a zero-padded day, a wrong weekday and a TIMESTAMP far from the clock as a wrong password", async () => {
    // 2025-01-01 00:00:30 UTC is a Wednesday with a one-digit day.
    const emulator = await setup(emailPool, { startTime: Date.UTC(2025, 0, 1, 0, 0, 30) });
    const signedAs = async (timestamp: string) => {
      const start = await srpStart(emulator, "alice@example.com");
      return call(emulator, "RespondToAuthChallenge", {
        ClientId: CLIENT_ID,
        ChallengeName: "PASSWORD_VERIFIER",
        ChallengeResponses: await claimSignedAt(start, PASSWORD, timestamp),
      }).catch((error: { type: string; message: string }) => error);
    };
    // The control: the canonical string signs in.
    expect(await signedAs("Wed Jan 1 00:00:30 UTC 2025")).toHaveProperty("AuthenticationResult");
    for (const timestamp of [
      "Wed Jan 01 00:00:30 UTC 2025",
      "Thu Jan 1 00:00:30 UTC 2025",
      "Wed Jan 1 00:10:30 UTC 2025",
      "Wed Jan 1 00:00:30 GMT 2025",
    ]) {
      expect(await signedAs(timestamp), timestamp).toMatchObject({
        type: "NotAuthorizedException",
        message: "Incorrect username or password.",
      });
    }
  });

  it("answers a TIMESTAMP in the wrong format with InvalidParameterException", async () => {
    const emulator = await setup(emailPool);
    const start = await srpStart(emulator, "alice@example.com");
    const claim = await passwordClaim(emulator, start, PASSWORD);
    const error = await failure(emulator, "RespondToAuthChallenge", {
      ClientId: CLIENT_ID,
      ChallengeName: "PASSWORD_VERIFIER",
      ChallengeResponses: { ...claim, TIMESTAMP: new Date(emulator.clock.now()).toISOString() },
    });
    expect(error).toMatchObject({
      type: "InvalidParameterException",
      message: "TIMESTAMP format should be EEE MMM d HH:mm:ss z yyyy in english.",
    });
  });

  it("says UserNotFoundException for unknown users, or fails at PASSWORD_VERIFIER with PreventUserExistenceErrors", async () => {
    const emulator = await setup(emailPool);
    expect(
      await failure(emulator, "InitiateAuth", {
        AuthFlow: "USER_SRP_AUTH",
        ClientId: CLIENT_ID,
        AuthParameters: { USERNAME: "nobody@example.com", SRP_A: "abc" },
      }),
    ).toMatchObject({ type: "UserNotFoundException", message: "User does not exist." });

    const hidden = await setup({
      ...emailPool,
      Clients: [
        { ClientId: "hiddenclient", ClientName: "hidden", PreventUserExistenceErrors: "ENABLED" },
      ],
    });
    const start = await srpStart(hidden, "nobody@example.com", {}, "hiddenclient");
    expect(start.challenge.ChallengeName).toBe("PASSWORD_VERIFIER");
    const claim = await passwordClaim(hidden, start, PASSWORD);
    expect(
      await failure(hidden, "RespondToAuthChallenge", {
        ClientId: "hiddenclient",
        ChallengeName: "PASSWORD_VERIFIER",
        ChallengeResponses: claim,
      }),
    ).toMatchObject({ type: "NotAuthorizedException", message: "Incorrect username or password." });
  });

  it("after a correct password, refuses unconfirmed users and users who must reset their password", async () => {
    const emulator = await setup({
      Users: [
        { Username: "unconfirmed", Password: PASSWORD, UserStatus: "UNCONFIRMED" },
        { Username: "reset", Password: PASSWORD, UserStatus: "RESET_REQUIRED" },
      ],
    });
    const attempt = async (username: string, password: string) => {
      const start = await srpStart(emulator, username);
      return failure(emulator, "RespondToAuthChallenge", {
        ClientId: CLIENT_ID,
        ChallengeName: "PASSWORD_VERIFIER",
        ChallengeResponses: await passwordClaim(emulator, start, password),
      });
    };
    expect(await attempt("unconfirmed", PASSWORD)).toMatchObject({
      type: "UserNotConfirmedException",
      message: "User is not confirmed.",
    });
    expect(await attempt("unconfirmed", "Wrong-Passw0rd!")).toMatchObject({
      type: "NotAuthorizedException",
    });
    expect(await attempt("reset", PASSWORD)).toMatchObject({
      type: "PasswordResetRequiredException",
      message: "Password reset required for the user",
    });
  });

  it("resolves an alias (AliasAttributes) to the user", async () => {
    const emulator = await setup({
      AliasAttributes: ["email", "preferred_username"],
      Users: [
        {
          Username: "bob",
          Password: PASSWORD,
          Attributes: {
            email: "bob@example.com",
            email_verified: "true",
            preferred_username: "bobby",
          },
        },
      ],
    });
    for (const login of ["bob", "bob@example.com", "bobby", "BOB"]) {
      const result = await srpSignIn(emulator, login);
      expect(result.AuthenticationResult?.AccessToken, login).toBeTruthy();
    }
  });

  it("refuses the flow when the client does not allow it", async () => {
    const emulator = await setup({
      ...emailPool,
      Clients: [
        {
          ClientId: "passwordonly",
          ClientName: "p",
          ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH"],
        },
      ],
    });
    expect(
      await failure(emulator, "InitiateAuth", {
        AuthFlow: "USER_SRP_AUTH",
        ClientId: "passwordonly",
        AuthParameters: { USERNAME: "alice@example.com", SRP_A: "abc" },
      }),
    ).toMatchObject({
      type: "InvalidParameterException",
      message: "USER_SRP_AUTH flow not enabled for this client",
    });
    expect(
      await failure(emulator, "InitiateAuth", {
        AuthFlow: "USER_SRP_AUTH",
        ClientId: "nope",
        AuthParameters: {},
      }),
    ).toMatchObject({
      type: "ResourceNotFoundException",
      message: "User pool client nope does not exist.",
    });
    const ok = await call(emulator, "InitiateAuth", {
      AuthFlow: "USER_PASSWORD_AUTH",
      ClientId: "passwordonly",
      AuthParameters: { USERNAME: "alice@example.com", PASSWORD },
    });
    expect(ok.AuthenticationResult?.IdToken).toBeTruthy();
  });
});
