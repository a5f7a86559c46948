// @vitest-environment node
import {
  AdminCreateUserCommand,
  AdminSetUserMFAPreferenceCommand,
  AdminSetUserPasswordCommand,
  AssociateSoftwareTokenCommand,
  type CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  InitiateAuthCommand,
  SetUserPoolMfaConfigCommand,
  VerifySoftwareTokenCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { CognitoUser, CognitoUserPool } from "amazon-cognito-identity-js";
import * as OTPAuth from "otpauth";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createEmulatorServer, type EmulatorServer } from "../../../src/testing/server/index";
import { classicSignIn, createMemoryStorage, untilNextStep } from "./support/classic-client";
import { PASSWORD, sdkClient } from "./support/wire";

// AWS's classic client (amazon-cognito-identity-js, USER_SRP_AUTH) against the emulator over real
// HTTP. Pools and users are made with the AWS SDK v3's admin calls, signed with dummy credentials.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let server: EmulatorServer;
let admin: CognitoIdentityProviderClient;
let poolId: string;
let clientId: string;
let emailPoolId: string;
let emailClientId: string;
let totpSecret: string;
let travellerSecret: string;

async function createUser(
  pool: string,
  username: string,
  attributes: Record<string, string> = {},
  permanent = true,
): Promise<void> {
  await admin.send(
    new AdminCreateUserCommand({
      UserPoolId: pool,
      Username: username,
      MessageAction: "SUPPRESS",
      TemporaryPassword: PASSWORD,
      UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
    }),
  );
  if (permanent) {
    await admin.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: pool,
        Username: username,
        Password: PASSWORD,
        Permanent: true,
      }),
    );
  }
}

async function emulatorNow(): Promise<number> {
  const clock = (await (await fetch(`${server.url}/_emulator/clock`)).json()) as { now: number };
  return clock.now;
}

async function totpNow(secret: string): Promise<string> {
  const totp = new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromBase32(secret),
    digits: 6,
    period: 30,
  });
  return totp.generate({ timestamp: await emulatorNow() });
}

async function outboxCode(username: string): Promise<string> {
  const messages = (await (
    await fetch(`${server.url}/_emulator/outbox?username=${encodeURIComponent(username)}`)
  ).json()) as { code: string }[];
  const last = messages.at(-1);
  if (!last) throw new Error(`no code was sent to ${username}`);
  return last.code;
}

/** Sets up TOTP for a user the way an app does after sign-in: Associate, Verify, preference. */
async function enrolTotp(username: string): Promise<string> {
  const signIn = await admin.send(
    new InitiateAuthCommand({
      AuthFlow: "USER_PASSWORD_AUTH",
      ClientId: clientId,
      AuthParameters: { USERNAME: username, PASSWORD },
    }),
  );
  const AccessToken = signIn.AuthenticationResult?.AccessToken ?? "";
  const { SecretCode = "" } = await admin.send(new AssociateSoftwareTokenCommand({ AccessToken }));
  const verified = await admin.send(
    new VerifySoftwareTokenCommand({ AccessToken, UserCode: await totpNow(SecretCode) }),
  );
  expect(verified.Status).toBe("SUCCESS");
  await admin.send(
    new AdminSetUserMFAPreferenceCommand({
      UserPoolId: poolId,
      Username: username,
      SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
    }),
  );
  return SecretCode;
}

beforeAll(async () => {
  server = await createEmulatorServer();
  admin = sdkClient(server.url);
  const pool = await admin.send(
    new CreateUserPoolCommand({
      PoolName: "classic",
      DeviceConfiguration: {
        ChallengeRequiredOnNewDevice: true,
        DeviceOnlyRememberedOnUserPrompt: false,
      },
    }),
  );
  poolId = pool.UserPool?.Id ?? "";
  await admin.send(
    new SetUserPoolMfaConfigCommand({
      UserPoolId: poolId,
      MfaConfiguration: "OPTIONAL",
      SmsMfaConfiguration: {
        SmsConfiguration: {
          SnsCallerArn: "arn:aws:iam::123456789012:role/sms",
          ExternalId: "classic",
        },
      },
      SoftwareTokenMfaConfiguration: { Enabled: true },
    }),
  );
  const client = await admin.send(
    new CreateUserPoolClientCommand({
      UserPoolId: poolId,
      ClientName: "classic",
      ExplicitAuthFlows: [
        "ALLOW_USER_SRP_AUTH",
        "ALLOW_USER_PASSWORD_AUTH",
        "ALLOW_REFRESH_TOKEN_AUTH",
      ],
    }),
  );
  clientId = client.UserPoolClient?.ClientId ?? "";
  await createUser(poolId, "plain");
  await createUser(poolId, "sms", { phone_number: "+15555550142", phone_number_verified: "true" });
  await admin.send(
    new AdminSetUserMFAPreferenceCommand({
      UserPoolId: poolId,
      Username: "sms",
      SMSMfaSettings: { Enabled: true, PreferredMfa: true },
    }),
  );
  await createUser(poolId, "totp");
  totpSecret = await enrolTotp("totp");
  await createUser(poolId, "newbie", {}, false);
  await createUser(poolId, "traveller");
  travellerSecret = await enrolTotp("traveller");

  const emailPool = await admin.send(
    new CreateUserPoolCommand({ PoolName: "email as username", UsernameAttributes: ["email"] }),
  );
  emailPoolId = emailPool.UserPool?.Id ?? "";
  const emailClient = await admin.send(
    new CreateUserPoolClientCommand({
      UserPoolId: emailPoolId,
      ClientName: "classic",
      ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
    }),
  );
  emailClientId = emailClient.UserPoolClient?.ClientId ?? "";
  await createUser(emailPoolId, "ada@example.com", {
    email: "ada@example.com",
    email_verified: "true",
  });
}, 60_000);

afterAll(async () => {
  await server.close();
});

afterEach(async () => {
  await fetch(`${server.url}/_emulator/outbox`, { method: "DELETE" });
});

function classicUser(
  username: string,
  storage = createMemoryStorage(),
  pool = { id: poolId, client: clientId },
): CognitoUser {
  const userPool = new CognitoUserPool({
    UserPoolId: pool.id,
    ClientId: pool.client,
    endpoint: server.url,
    Storage: storage,
  });
  return new CognitoUser({ Username: username, Pool: userPool, Storage: storage });
}

// The classic client's SRP runs on a JavaScript big-integer library: a sign-in takes about half a
// second alone, several on a busy machine.
describe("amazon-cognito-identity-js against the emulator over HTTP", { timeout: 30_000 }, () => {
  it("signs in with SRP and the right password", async () => {
    const step = await classicSignIn(classicUser("plain"), "plain", PASSWORD);
    expect(step.kind).toBe("success");
    if (step.kind !== "success") return;
    expect(step.session.isValid()).toBe(true);
    expect(step.session.getAccessToken().decodePayload()).toMatchObject({
      username: "plain",
      client_id: clientId,
      token_use: "access",
    });
    expect(step.session.getIdToken().decodePayload()).toMatchObject({
      "cognito:username": "plain",
      iss: expect.stringContaining(poolId),
    });
  });

  it("fails SRP with a wrong password: NotAuthorizedException", async () => {
    const step = await classicSignIn(classicUser("plain"), "plain", "Not-The-Password-1");
    expect(step).toMatchObject({
      kind: "failure",
      error: { code: "NotAuthorizedException", message: "Incorrect username or password." },
    });
  });

  it("answers SMS_MFA with the code read from GET /_emulator/outbox", async () => {
    const user = classicUser("sms");
    const challenge = await classicSignIn(user, "sms", PASSWORD);
    expect(challenge).toMatchObject({
      kind: "mfaRequired",
      challengeName: "SMS_MFA",
      parameters: {
        CODE_DELIVERY_DELIVERY_MEDIUM: "SMS",
        CODE_DELIVERY_DESTINATION: "+*******0142",
      },
    });
    const code = await outboxCode("sms");
    const done = await untilNextStep((callbacks) => user.sendMFACode(code, callbacks));
    expect(done.kind).toBe("success");
  });

  it("keeps the SMS_MFA session after a wrong code (CodeMismatchException), then accepts the right one", async () => {
    const user = classicUser("sms");
    await classicSignIn(user, "sms", PASSWORD);
    const code = await outboxCode("sms");
    const wrong = code === "000000" ? "111111" : "000000";
    const mismatch = await untilNextStep((callbacks) => user.sendMFACode(wrong, callbacks));
    expect(mismatch).toMatchObject({ kind: "failure", error: { code: "CodeMismatchException" } });
    const done = await untilNextStep((callbacks) => user.sendMFACode(code, callbacks));
    expect(done.kind).toBe("success");
  });

  it("answers SOFTWARE_TOKEN_MFA with a TOTP computed with otpauth", async () => {
    const user = classicUser("totp");
    const challenge = await classicSignIn(user, "totp", PASSWORD);
    expect(challenge).toMatchObject({ kind: "totpRequired", challengeName: "SOFTWARE_TOKEN_MFA" });
    const code = await totpNow(totpSecret);
    const done = await untilNextStep((callbacks) =>
      user.sendMFACode(code, callbacks, "SOFTWARE_TOKEN_MFA"),
    );
    expect(done.kind).toBe("success");
  });

  it("completes NEW_PASSWORD_REQUIRED, after which the new password signs in", async () => {
    const user = classicUser("newbie");
    const challenge = await classicSignIn(user, "newbie", PASSWORD);
    expect(challenge).toMatchObject({ kind: "newPasswordRequired", requiredAttributes: [] });
    const done = await untilNextStep((callbacks) =>
      user.completeNewPasswordChallenge("Brand-New-Passw0rd", {}, callbacks),
    );
    expect(done.kind).toBe("success");
    const again = await classicSignIn(classicUser("newbie"), "newbie", "Brand-New-Passw0rd");
    expect(again.kind).toBe("success");
    const old = await classicSignIn(classicUser("newbie"), "newbie", PASSWORD);
    expect(old).toMatchObject({ kind: "failure", error: { code: "NotAuthorizedException" } });
  });

  it("signs in with an email username whose USER_ID_FOR_SRP is a UUID", async () => {
    const user = classicUser("ada@example.com", createMemoryStorage(), {
      id: emailPoolId,
      client: emailClientId,
    });
    const step = await classicSignIn(user, "ada@example.com", PASSWORD);
    expect(step.kind).toBe("success");
    if (step.kind !== "success") return;
    // The classic client switched to USER_ID_FOR_SRP for the signature and every later call.
    expect(user.getUsername()).toMatch(UUID);
    expect(step.session.getIdToken().decodePayload()).toMatchObject({
      "cognito:username": user.getUsername(),
      sub: user.getUsername(),
      email: "ada@example.com",
    });
  });

  it("confirms a device, then signs in through DEVICE_SRP_AUTH without the TOTP step", async () => {
    const storage = createMemoryStorage();
    const seen: string[] = [];
    const realFetch = globalThis.fetch;
    // Records each call's target and the challenge it got back; the traffic itself is real.
    globalThis.fetch = async (input, init) => {
      const response = await realFetch(input, init);
      const target = new Headers(init?.headers).get("x-amz-target")?.split(".")[1] ?? "";
      const text = await response.clone().text();
      const challenge = /"ChallengeName":"([A-Z_]+)"/.exec(text)?.[1];
      seen.push(challenge ? `${target} -> ${challenge}` : target);
      return response;
    };
    try {
      const first = classicUser("traveller", storage);
      const challenge = await classicSignIn(first, "traveller", PASSWORD);
      expect(challenge.kind).toBe("totpRequired");
      const code = await totpNow(travellerSecret);
      const confirmed = await untilNextStep((callbacks) =>
        first.sendMFACode(code, callbacks, "SOFTWARE_TOKEN_MFA"),
      );
      // DeviceOnlyRememberedOnUserPrompt is false: remembered at once, so the classic client
      // reports no pending confirmation (it passes `true` only when the user must be asked).
      expect(confirmed.kind).toBe("success");
      expect(confirmed).not.toHaveProperty("confirmationNecessary");
      expect(seen).toContain("ConfirmDevice");
      const deviceKey = storage.getItem(
        `CognitoIdentityServiceProvider.${clientId}.traveller.deviceKey`,
      );
      expect(deviceKey).toMatch(/^us-east-1_[0-9a-f-]{36}$/);

      seen.length = 0;
      const second = await classicSignIn(classicUser("traveller", storage), "traveller", PASSWORD);
      expect(second.kind).toBe("success");
      expect(seen).toEqual([
        "InitiateAuth -> PASSWORD_VERIFIER",
        "RespondToAuthChallenge -> DEVICE_SRP_AUTH",
        "RespondToAuthChallenge -> DEVICE_PASSWORD_VERIFIER",
        "RespondToAuthChallenge",
      ]);
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});
