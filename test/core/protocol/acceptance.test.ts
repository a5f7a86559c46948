// @vitest-environment node
import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  type AuthenticationCredentialJson,
  buildChallengeResponses,
  buildRespondToAuthChallengeRequest,
  CHALLENGE_NAMES,
  type ChallengeName,
  type ChallengeResponseInputMap,
  createSecretHashProvider,
  isUnknownChallenge,
  type PasswordVerifierChallenge,
  ProtocolError,
  parseAuthResponse,
  type ResponseContext,
} from "../../../src/core/index";
import { challengeFixtures, fixtureIdentity } from "../../fixtures/cognito";

// Acceptance: every challenge name, from its recorded response to the exact ChallengeResponses,
// with and without a client secret and a remembered device. SECRET_HASH is recomputed here with
// node:crypto, independently of the WebCrypto code under test.

const CLIENT_SECRET = "1q2w3e4r5t6y7u8i9o0pa1s2d3f4g5h6j7k8l9z0x1c2v3b4n5m6";
const { clientId, internalUsername, deviceKey } = fixtureIdentity;
// The username a flow answers with: the challenge's (internal) one, else the one typed. Only
// SELECT_CHALLENGE, answered before Cognito has said who the user is, carries none (§3.10).
const answerUsername = (challenge: { username?: string }): string =>
  challenge.username ?? fixtureIdentity.username;
const expectedSecretHash = (username: string): string =>
  createHmac("sha256", CLIENT_SECRET)
    .update(username + clientId)
    .digest("base64");

const credential: AuthenticationCredentialJson = {
  id: "Lq5t3wVQ9bXo0l2mW4s1rA",
  rawId: "Lq5t3wVQ9bXo0l2mW4s1rA",
  type: "public-key",
  response: {
    clientDataJSON: "eyJ0eXBlIjoid2ViYXV0aG4uZ2V0IiwiY2hhbGxlbmdlIjoiYWJjIn0",
    authenticatorData: "SZYN5YgOjGh0NBcPZHZgW4_krrmihjLHmVzzuoMdl2MFAAAAAQ",
    signature: "MEUCIQDx3n0Ztq7Yh4FQ1rOQ2lS0bqk9wS8gH5m1y8bN0eJ8bQIgN0pQd2",
  },
  clientExtensionResults: {},
  authenticatorAttachment: "platform",
};

const srpA = "8f3c5a1e9b7d2c4f6a8e0b1d3c5f7a9e2b4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a";
const timestamp = "Wed Jan 1 00:00:00 UTC 2025";
const signature = "x8Zb1m9N3qJf5kT7vY2wR4uE6iO8pA0sD1fG3hJ5kL7=";

type DeviceKeyRule = "never" | "whenKnown" | "required";

interface Row<N extends ChallengeName> {
  readonly name: N;
  readonly input: (challenge: unknown) => ChallengeResponseInputMap[N];
  /** The challenge-specific keys: everything but USERNAME, DEVICE_KEY and SECRET_HASH. */
  readonly keys: (challenge: unknown) => Record<string, string>;
  readonly deviceKey: DeviceKeyRule;
}

const row = <N extends ChallengeName>(value: Row<N>): Row<ChallengeName> =>
  value as unknown as Row<ChallengeName>;
const secretBlockOf = (challenge: unknown) => (challenge as PasswordVerifierChallenge).secretBlock;

const ROWS: readonly Row<ChallengeName>[] = [
  row({
    name: "SMS_MFA",
    input: () => ({ code: "123 456" }),
    keys: () => ({ SMS_MFA_CODE: "123456" }),
    deviceKey: "whenKnown",
  }),
  row({
    name: "EMAIL_OTP",
    input: () => ({ code: "654-321" }),
    keys: () => ({ EMAIL_OTP_CODE: "654321" }),
    deviceKey: "whenKnown",
  }),
  row({
    name: "SOFTWARE_TOKEN_MFA",
    input: () => ({ code: "０１２３４５" }),
    keys: () => ({ SOFTWARE_TOKEN_MFA_CODE: "012345" }),
    deviceKey: "whenKnown",
  }),
  row({
    name: "SELECT_MFA_TYPE",
    input: () => ({ mfaType: "EMAIL_OTP" }),
    keys: () => ({ ANSWER: "EMAIL_OTP" }),
    deviceKey: "never",
  }),
  row({ name: "MFA_SETUP", input: () => ({}), keys: () => ({}), deviceKey: "never" }),
  row({
    name: "PASSWORD_VERIFIER",
    input: (challenge) => ({ secretBlock: secretBlockOf(challenge), signature, timestamp }),
    keys: (challenge) => ({
      PASSWORD_CLAIM_SECRET_BLOCK: secretBlockOf(challenge),
      PASSWORD_CLAIM_SIGNATURE: signature,
      TIMESTAMP: timestamp,
    }),
    deviceKey: "whenKnown",
  }),
  row({
    name: "CUSTOM_CHALLENGE",
    input: () => ({ answer: "424242" }),
    keys: () => ({ ANSWER: "424242" }),
    deviceKey: "whenKnown",
  }),
  row({
    name: "SELECT_CHALLENGE",
    input: () => ({ challenge: "PASSWORD", password: "Correct-Horse-Battery-9!" }),
    keys: () => ({ ANSWER: "PASSWORD", PASSWORD: "Correct-Horse-Battery-9!" }),
    deviceKey: "never",
  }),
  row({
    name: "DEVICE_SRP_AUTH",
    input: () => ({ srpA }),
    keys: () => ({ SRP_A: srpA }),
    deviceKey: "required",
  }),
  row({
    name: "DEVICE_PASSWORD_VERIFIER",
    input: (challenge) => ({ secretBlock: secretBlockOf(challenge), signature, timestamp }),
    keys: (challenge) => ({
      PASSWORD_CLAIM_SECRET_BLOCK: secretBlockOf(challenge),
      PASSWORD_CLAIM_SIGNATURE: signature,
      TIMESTAMP: timestamp,
    }),
    deviceKey: "required",
  }),
  row({
    name: "ADMIN_NO_SRP_AUTH",
    input: () => ({ password: "p@ss w0rd with spaces" }),
    keys: () => ({ PASSWORD: "p@ss w0rd with spaces" }),
    deviceKey: "never",
  }),
  row({
    name: "NEW_PASSWORD_REQUIRED",
    input: () => ({
      newPassword: "N3w-Passw0rd!",
      attributes: { name: "Alice Liddell", phone_number: "+15555550100" },
    }),
    keys: () => ({
      NEW_PASSWORD: "N3w-Passw0rd!",
      "userAttributes.name": "Alice Liddell",
      "userAttributes.phone_number": "+15555550100",
    }),
    deviceKey: "never",
  }),
  row({
    name: "SMS_OTP",
    input: () => ({ code: "1234 5678" }),
    keys: () => ({ SMS_OTP_CODE: "12345678" }),
    deviceKey: "whenKnown",
  }),
  row({
    name: "PASSWORD",
    input: () => ({ password: "pässwörd-ünïcødé-✓-密码" }),
    keys: () => ({ PASSWORD: "pässwörd-ünïcødé-✓-密码" }),
    deviceKey: "never",
  }),
  row({
    name: "PASSWORD_SRP",
    input: () => ({ srpA }),
    keys: () => ({ SRP_A: srpA }),
    deviceKey: "never",
  }),
  row({
    name: "WEB_AUTHN",
    input: () => ({ credential }),
    keys: () => ({ CREDENTIAL: JSON.stringify(credential) }),
    deviceKey: "never",
  }),
];

const CONTEXTS = [
  { label: "public client, no device", secret: false, device: false },
  { label: "public client, remembered device", secret: false, device: true },
  { label: "client with a secret, no device", secret: true, device: false },
  { label: "client with a secret, remembered device", secret: true, device: true },
] as const;

describe("acceptance: recorded challenge -> parseAuthResponse -> buildChallengeResponses", () => {
  it("has one row per challenge name of the API", () => {
    expect(ROWS.map((r) => r.name).sort()).toEqual([...CHALLENGE_NAMES].sort());
  });

  describe.each(ROWS)("$name", (r) => {
    const fixture = challengeFixtures[r.name];
    const parsed = parseAuthResponse(fixture.response);

    it("parses the recorded response into that challenge, with the internal username", () => {
      expect(parsed.ok).toBe(true);
      if (!parsed.ok || parsed.value.kind !== "challenge") throw new Error("not a challenge");
      const { challenge } = parsed.value;
      expect(isUnknownChallenge(challenge)).toBe(false);
      expect(challenge.name).toBe(r.name);
      const expected = r.name === "SELECT_CHALLENGE" ? fixtureIdentity.username : internalUsername;
      expect(answerUsername(challenge as { username?: string })).toBe(expected);
    });

    it.each(CONTEXTS)("builds exactly the protocol's keys: $label", async (c) => {
      if (!parsed.ok || parsed.value.kind !== "challenge") throw new Error("not a challenge");
      const { challenge, session } = parsed.value;
      const username = answerUsername(challenge as { username?: string });
      const context: ResponseContext = {
        username,
        ...(c.secret ? { secretHash: createSecretHashProvider(clientId, CLIENT_SECRET) } : {}),
        ...(c.device ? { deviceKey } : {}),
      };
      const built = buildChallengeResponses(r.name, r.input(challenge), context);

      if (r.deviceKey === "required" && !c.device) {
        await expect(built).rejects.toBeInstanceOf(ProtocolError);
        await expect(built).rejects.toMatchObject({ reason: "MissingDeviceKey" });
        return;
      }
      const withDevice = c.device && r.deviceKey !== "never";
      const expected = {
        USERNAME: username,
        ...r.keys(challenge),
        ...(withDevice ? { DEVICE_KEY: deviceKey } : {}),
        ...(c.secret ? { SECRET_HASH: expectedSecretHash(username) } : {}),
      };
      const responses = await built;
      expect(responses).toStrictEqual(expected);

      // And as the request body that goes on the wire.
      const request = buildRespondToAuthChallengeRequest({
        clientId,
        challengeName: r.name,
        session,
        challengeResponses: responses,
      });
      expect(JSON.parse(JSON.stringify(request))).toStrictEqual({
        ClientId: clientId,
        ChallengeName: r.name,
        ...(session ? { Session: session } : {}),
        ChallengeResponses: expected,
      });
    });
  });

  it("sends PASSWORD_VERIFIER back without a Session, as AWS issued none", () => {
    const parsed = parseAuthResponse(challengeFixtures.PASSWORD_VERIFIER.response);
    expect(parsed.ok && parsed.value.kind === "challenge" && parsed.value.session).toBe("");
  });
});
