// @vitest-environment node
import { describe, expect, it } from "vitest";
import { createSrpEphemeral } from "../../src/core/srp";
import { hmacSha256 } from "../../src/core/util/crypto";
import { bytesToBase64, bytesToBase64Url, utf8 } from "../../src/core/util/encoding";
import {
  createDemoEmulator,
  createSoftwareAuthenticator,
  DEMO_PASSKEY,
  DEMO_USERS,
  type DemoUser,
  type Emulator,
  totpCode,
} from "../../src/testing";
import { claims, deviceClaim, passwordClaim, type Wire } from "./helpers";

async function hashFor(user: DemoUser, username: string): Promise<Record<string, string>> {
  if (!user.clientSecret) return {};
  const hash = await hmacSha256(utf8(user.clientSecret), utf8(username + user.clientId));
  return { SECRET_HASH: bytesToBase64(hash) };
}

/** Signs a demo user in the way a person would, answering each challenge; returns the names met. */
async function walk(emulator: Emulator, user: DemoUser): Promise<{ seen: string[]; result: Wire }> {
  const authenticator = createSoftwareAuthenticator({
    origin: "http://localhost:6006",
    credentials: user.passkey ? [user.passkey] : [],
  });
  const ask = async (operation: string, input: unknown) =>
    (await emulator.handle(operation, input)) as Wire;
  const seen: string[] = [];
  let ephemeral = await createSrpEphemeral();
  const params: Record<string, string> = {
    USERNAME: user.username,
    ...(await hashFor(user, user.username)),
  };
  if (user.authFlow === "USER_SRP_AUTH") params.SRP_A = ephemeral.srpA;
  if (user.authFlow === "CUSTOM_AUTH")
    Object.assign(params, { CHALLENGE_NAME: "SRP_A", SRP_A: ephemeral.srpA });
  if (user.preferredChallenge) params.PREFERRED_CHALLENGE = user.preferredChallenge;
  let response = await ask("InitiateAuth", {
    AuthFlow: user.authFlow,
    ClientId: user.clientId,
    AuthParameters: params,
  });
  let internal = user.username;
  let answers = [...(user.answers ?? [])];
  for (let step = 0; step < 10 && response.ChallengeName; step++) {
    const name = response.ChallengeName;
    const p = response.ChallengeParameters ?? {};
    internal = p.USER_ID_FOR_SRP ?? p.USERNAME ?? internal;
    let responses: Record<string, string> = {};
    let session = response.Session;
    switch (name) {
      case "PASSWORD_VERIFIER":
        responses = await passwordClaim(
          emulator,
          { ephemeral, challenge: response },
          user.password,
          user.poolId,
        );
        if (user.device) responses.DEVICE_KEY = user.device.deviceKey;
        break;
      case "DEVICE_SRP_AUTH":
        ephemeral = await createSrpEphemeral();
        responses = {
          USERNAME: internal,
          DEVICE_KEY: user.device?.deviceKey ?? "",
          SRP_A: ephemeral.srpA,
        };
        break;
      case "DEVICE_PASSWORD_VERIFIER":
        responses = await deviceClaim(
          emulator,
          ephemeral,
          response,
          user.device as NonNullable<DemoUser["device"]>,
        );
        break;
      case "SMS_MFA":
      case "SMS_OTP":
      case "EMAIL_OTP":
        seen.push(name);
        responses = { [`${name}_CODE`]: emulator.outbox.last()?.code ?? "" };
        break;
      case "SOFTWARE_TOKEN_MFA":
        seen.push(name);
        responses = {
          SOFTWARE_TOKEN_MFA_CODE: totpCode(user.totpSecret ?? "", emulator.clock.now()),
        };
        break;
      case "SELECT_MFA_TYPE":
        seen.push(name);
        expect(JSON.parse(p.MFAS_CAN_CHOOSE ?? "[]")).toEqual(["SMS_MFA", "SOFTWARE_TOKEN_MFA"]);
        responses = { ANSWER: "SMS_MFA" };
        break;
      case "SELECT_CHALLENGE":
        seen.push(name);
        expect(response.AvailableChallenges).toEqual([
          "PASSWORD",
          "PASSWORD_SRP",
          "EMAIL_OTP",
          "SMS_OTP",
        ]);
        responses = { ANSWER: "EMAIL_OTP" };
        break;
      case "NEW_PASSWORD_REQUIRED":
        seen.push(name);
        expect(JSON.parse(p.requiredAttributes ?? "")).toEqual(["userAttributes.name"]);
        responses = { NEW_PASSWORD: "Brand-New-Passw0rd!", "userAttributes.name": "New Person" };
        break;
      case "WEB_AUTHN": {
        seen.push(name);
        const credential = await authenticator.startAuthentication({
          optionsJSON: JSON.parse(p.CREDENTIAL_REQUEST_OPTIONS ?? "{}"),
        });
        responses = { CREDENTIAL: JSON.stringify(credential) };
        break;
      }
      case "CUSTOM_CHALLENGE":
        seen.push(name);
        responses = { ANSWER: answers.shift() ?? "" };
        break;
      case "MFA_SETUP": {
        seen.push(name);
        const canSetup = JSON.parse(p.MFAS_CAN_SETUP ?? "[]") as string[];
        if (canSetup.includes("SOFTWARE_TOKEN_MFA")) {
          const associated = await ask("AssociateSoftwareToken", { Session: session });
          const verified = await ask("VerifySoftwareToken", {
            Session: associated.Session,
            UserCode: totpCode(String(associated.SecretCode), emulator.clock.now()),
          });
          expect(verified.Status).toBe("SUCCESS");
          session = verified.Session;
        } else {
          responses = { EMAIL: "me@example.org" };
        }
        break;
      }
      default:
        throw new Error(`unexpected challenge ${name}`);
    }
    response = await ask("RespondToAuthChallenge", {
      ClientId: user.clientId,
      ChallengeName: name,
      Session: session,
      ChallengeResponses: { USERNAME: internal, ...responses, ...(await hashFor(user, internal)) },
    });
  }
  answers = [];
  return { seen, result: response };
}

describe("the demo pool", () => {
  for (const user of DEMO_USERS) {
    it(`${user.username}: ${user.shows}`, async () => {
      const { emulator } = await createDemoEmulator({ code: "246810" });
      const { seen, result } = await walk(emulator, user);
      expect(seen).toEqual(user.challenges);
      expect(result.AuthenticationResult?.AccessToken).toBeTruthy();
      const access = claims(result.AuthenticationResult?.AccessToken ?? "");
      expect(access.client_id).toBe(user.clientId);
      if (user.device) {
        expect(access.device_key).toBe(user.device.deviceKey);
        expect(result.AuthenticationResult?.NewDeviceMetadata).toBeUndefined();
      }
    });
  }

  it("publishes a passkey whose user handle is the user's sub", () => {
    expect(DEMO_PASSKEY.userHandle).toBe(
      bytesToBase64Url(utf8("0d3e0000-0000-4000-8000-000000000009")),
    );
  });
});
