// @vitest-environment node
import { describe, expect, it } from "vitest";
import {
  buildChallengeResponses,
  ChallengeError,
  type ChallengeName,
  type ChallengeResponseInputMap,
  ProtocolError,
} from "../../../src/core/index";

const user = { username: "8f1c2a9e-4b7d-4e1a-9c3b-2d5e6f708192" };

async function rejection(promise: Promise<unknown>): Promise<ChallengeError> {
  const error = await promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ChallengeError);
  return error as ChallengeError;
}

const build = <N extends ChallengeName>(name: N, input: unknown) =>
  buildChallengeResponses(name, input as ChallengeResponseInputMap[N], user);

describe("buildChallengeResponses refuses answers that cannot be right", () => {
  it.each([
    ["SMS_MFA", { code: "" }, "EmptyCode"],
    ["SMS_MFA", { code: " - " }, "EmptyCode"],
    ["EMAIL_OTP", { code: "12a456" }, "NonNumericCode"],
    ["SOFTWARE_TOKEN_MFA", { code: "12#456" }, "NonNumericCode"],
    ["SMS_OTP", {}, "EmptyCode"],
    ["SMS_MFA", null, "EmptyCode"],
    ["SELECT_MFA_TYPE", { mfaType: "EMAIL_MFA" }, "UnknownOption"],
    ["SELECT_CHALLENGE", { challenge: "SOFTWARE_TOKEN" }, "UnknownOption"],
    ["SELECT_CHALLENGE", { challenge: "PASSWORD" }, "EmptyPassword"],
    ["SELECT_CHALLENGE", { challenge: "PASSWORD", password: "" }, "EmptyPassword"],
    ["PASSWORD", { password: "" }, "EmptyPassword"],
    ["ADMIN_NO_SRP_AUTH", {}, "EmptyPassword"],
    ["NEW_PASSWORD_REQUIRED", { newPassword: "" }, "EmptyNewPassword"],
    ["MFA_SETUP", { email: "  " }, "EmptyEmail"],
    ["MFA_SETUP", { email: "alice" }, "InvalidEmail"],
    ["MFA_SETUP", { email: "alice @example.com" }, "InvalidEmail"],
    ["CUSTOM_CHALLENGE", { answer: "" }, "EmptyAnswer"],
    ["WEB_AUTHN", {}, "InvalidCredential"],
    ["WEB_AUTHN", { credential: { id: "x", rawId: "x", type: "public-key" } }, "InvalidCredential"],
  ] as const)("%s %j -> InvalidAnswer %s, retry", async (name, input, reason) => {
    const error = await rejection(build(name, input));
    expect(error.code).toBe("InvalidAnswer");
    expect(error.reason).toBe(reason);
    expect(error.recovery).toBe("retry");
  });

  it.each([
    ["PASSWORD_SRP", { srpA: "" }, "InvalidSrpA"],
    ["DEVICE_SRP_AUTH", { srpA: "not hex" }, "InvalidSrpA"],
    ["SELECT_CHALLENGE", { challenge: "PASSWORD_SRP" }, "InvalidSrpA"],
    [
      "PASSWORD_VERIFIER",
      { secretBlock: "c2Vj", signature: "", timestamp: "t" },
      "InvalidPasswordClaim",
    ],
  ] as const)(
    "%s with a bad computed value -> InvalidAnswer %s, restart",
    async (name, input, reason) => {
      const error = await rejection(
        buildChallengeResponses(name, input as never, { ...user, deviceKey: "dk" }),
      );
      expect(error).toMatchObject({ code: "InvalidAnswer", reason, recovery: "restart" });
    },
  );

  it("never repeats the code or password in the message", async () => {
    const code = await rejection(build("SMS_MFA", { code: "98x765" }));
    expect(code.message).not.toContain("98x765");
    const error = await rejection(build("PASSWORD_SRP", { srpA: "hunter2 secret" }));
    expect(error.message).not.toContain("hunter2");
  });

  it("needs a username", async () => {
    const error = await rejection(
      buildChallengeResponses("SMS_MFA", { code: "123456" }, { username: "" }),
    );
    expect(error).toMatchObject({ code: "InvalidAnswer", reason: "MissingUsername" });
  });

  it("device SRP without a device key is a ProtocolError, nothing else", async () => {
    const error = await rejection(buildChallengeResponses("DEVICE_SRP_AUTH", { srpA: "ab" }, user));
    expect(error).toBeInstanceOf(ProtocolError);
    expect(error).toMatchObject({ reason: "MissingDeviceKey", recovery: "restart" });
  });

  it("an unknown name is refused, not answered with a guess", async () => {
    const error = await rejection(build("EMAIL_MFA" as ChallengeName, { code: "1" }));
    expect(error).toMatchObject({ code: "ProtocolError", reason: "UnknownChallenge" });
  });
});

describe("buildChallengeResponses shapes", () => {
  it("normalises pasted codes before sending", async () => {
    await expect(build("SMS_MFA", { code: " 123\u00a0456 " })).resolves.toStrictEqual({
      USERNAME: user.username,
      SMS_MFA_CODE: "123456",
    });
  });

  it("NEW_PASSWORD_REQUIRED: prefixes attributes once and skips empty ones", async () => {
    const responses = await build("NEW_PASSWORD_REQUIRED", {
      newPassword: " spaces are kept ",
      attributes: { name: "Ada", "userAttributes.family_name": "Lovelace", nickname: "", "": "x" },
    });
    expect(responses).toStrictEqual({
      USERNAME: user.username,
      NEW_PASSWORD: " spaces are kept ",
      "userAttributes.name": "Ada",
      "userAttributes.family_name": "Lovelace",
    });
  });

  it("MFA_SETUP: the trimmed EMAIL for email set-up, nothing more after TOTP", async () => {
    await expect(build("MFA_SETUP", { email: " alice@example.com " })).resolves.toStrictEqual({
      USERNAME: user.username,
      EMAIL: "alice@example.com",
    });
    await expect(build("MFA_SETUP", {})).resolves.toStrictEqual({ USERNAME: user.username });
  });

  it("SELECT_CHALLENGE: ANSWER with SRP_A, and ANSWER alone for WEB_AUTHN and the OTPs", async () => {
    await expect(
      build("SELECT_CHALLENGE", { challenge: "PASSWORD_SRP", srpA: "0a1b" }),
    ).resolves.toStrictEqual({
      USERNAME: user.username,
      ANSWER: "PASSWORD_SRP",
      SRP_A: "0a1b",
    });
    for (const challenge of ["WEB_AUTHN", "EMAIL_OTP", "SMS_OTP"]) {
      await expect(
        build("SELECT_CHALLENGE", { challenge, password: "ignored" }),
      ).resolves.toStrictEqual({
        USERNAME: user.username,
        ANSWER: challenge,
      });
    }
  });

  it("WEB_AUTHN: CREDENTIAL is the JSON string, without an undefined userHandle", async () => {
    const credential = {
      id: "abc",
      rawId: "abc",
      type: "public-key",
      response: {
        clientDataJSON: "e30",
        authenticatorData: "AA",
        signature: "AQ",
        userHandle: undefined,
      },
      clientExtensionResults: {},
    };
    const responses = await build("WEB_AUTHN", { credential });
    expect(responses.CREDENTIAL).toBe(
      '{"id":"abc","rawId":"abc","type":"public-key","response":{"clientDataJSON":"e30","authenticatorData":"AA","signature":"AQ"},"clientExtensionResults":{}}',
    );
  });

  it("CUSTOM_CHALLENGE: the answer exactly as typed", async () => {
    await expect(build("CUSTOM_CHALLENGE", { answer: " Blue " })).resolves.toStrictEqual({
      USERNAME: user.username,
      ANSWER: " Blue ",
    });
  });
});

describe("buildChallengeResponses with a SECRET_HASH provider", () => {
  it("hashes the context's username, the internal one", async () => {
    const seen: string[] = [];
    const responses = await buildChallengeResponses(
      "SOFTWARE_TOKEN_MFA",
      { code: "000111" },
      {
        ...user,
        secretHash: async (name) => {
          seen.push(name);
          return "hash=";
        },
      },
    );
    expect(seen).toStrictEqual([user.username]);
    expect(responses.SECRET_HASH).toBe("hash=");
  });

  it("turns a failing provider into a ChallengeError", async () => {
    const error = await rejection(
      buildChallengeResponses(
        "SMS_MFA",
        { code: "123456" },
        {
          ...user,
          secretHash: async () => {
            throw new TypeError("fetch failed");
          },
        },
      ),
    );
    expect(error).toMatchObject({
      code: "UnknownError",
      reason: "SecretHashFailed",
      recovery: "retry",
    });
    const empty = await rejection(
      buildChallengeResponses(
        "SMS_MFA",
        { code: "123456" },
        { ...user, secretHash: async () => "" },
      ),
    );
    expect(empty).toMatchObject({ reason: "SecretHashFailed" });
  });

  it("passes a ChallengeError from the provider through", async () => {
    const own = new ChallengeError("NetworkError", "offline", { recovery: "retry" });
    const error = await rejection(
      buildChallengeResponses(
        "SMS_MFA",
        { code: "123456" },
        { ...user, secretHash: () => Promise.reject(own) },
      ),
    );
    expect(error).toBe(own);
  });
});
