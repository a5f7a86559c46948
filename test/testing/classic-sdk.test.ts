// @vitest-environment node
// Cross-check with an independent client: amazon-cognito-identity-js (the classic SDK, a
// devDependency) signs in against the emulator in-process, SRP, MFA and device SRP included.
import {
  AuthenticationDetails,
  CognitoUser,
  CognitoUserPool,
  type CognitoUserSession,
} from "amazon-cognito-identity-js";
import { describe, expect, it } from "vitest";
import type { Emulator } from "../../src/testing";
import { CLIENT_ID, CODE, PASSWORD, POOL_ID, setup } from "./helpers";

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    setItem: (key: string, value: string) => void items.set(key, value),
    getItem: (key: string) => items.get(key) ?? null,
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
    items,
  };
}

/** The classic SDK's client interface, answered by the emulator (no HTTP: JSON in, JSON out). */
function classicClient(emulator: Emulator) {
  const request = (
    operation: string,
    params: unknown,
    callback: (err: unknown, data?: unknown) => void,
  ) => {
    emulator.handle(operation, JSON.parse(JSON.stringify(params))).then(
      (data) => callback(null, data),
      (error: { type: string; message: string; statusCode: number }) =>
        callback({
          code: error.type,
          name: error.type,
          message: error.message,
          statusCode: error.statusCode,
        }),
    );
  };
  return {
    request,
    requestWithRetry: request,
    promisifyRequest: (operation: string, params: unknown) =>
      new Promise((resolve, reject) =>
        request(operation, params, (err, data) => (err ? reject(err) : resolve(data))),
      ),
  };
}

function classicPool(emulator: Emulator, storage: ReturnType<typeof memoryStorage>) {
  const pool = new CognitoUserPool({ UserPoolId: POOL_ID, ClientId: CLIENT_ID, Storage: storage });
  (pool as unknown as { client: unknown }).client = classicClient(emulator);
  return pool;
}

type Outcome =
  | { kind: "success"; session: CognitoUserSession }
  | { kind: "failure"; error: { code: string; message: string } };

function signIn(
  user: CognitoUser,
  password: string,
  onMfa?: (user: CognitoUser, done: (o: Outcome) => void) => void,
): Promise<Outcome> {
  return new Promise((resolve) => {
    const callbacks = {
      onSuccess: (session: CognitoUserSession) => resolve({ kind: "success", session }),
      onFailure: (error: { code: string; message: string }) => resolve({ kind: "failure", error }),
      mfaRequired: () =>
        onMfa
          ? onMfa(user, resolve)
          : resolve({ kind: "failure", error: { code: "unexpected", message: "mfa" } }),
    };
    user.authenticateUser(
      new AuthenticationDetails({ Username: user.getUsername(), Password: password }),
      callbacks,
    );
  });
}

// The classic SDK does its big-number maths with jsbn: seconds per sign-in on a loaded machine.
describe("the classic SDK against the emulator", { timeout: 30_000 }, () => {
  it("USER_SRP_AUTH with the right and a wrong password", async () => {
    const emulator = await setup({ Users: [{ Username: "classic", Password: PASSWORD }] });
    const storage = memoryStorage();
    const pool = classicPool(emulator, storage);
    const good = await signIn(
      new CognitoUser({ Username: "classic", Pool: pool, Storage: storage }),
      PASSWORD,
    );
    expect(good.kind).toBe("success");
    if (good.kind === "success")
      expect(good.session.getIdToken().decodePayload()["cognito:username"]).toBe("classic");
    const bad = await signIn(
      new CognitoUser({ Username: "classic", Pool: pool, Storage: storage }),
      "Wrong-Passw0rd!",
    );
    expect(bad).toMatchObject({
      kind: "failure",
      error: { code: "NotAuthorizedException", message: "Incorrect username or password." },
    });
  });

  it("SMS MFA, then a remembered device skips it through device SRP", async () => {
    const emulator = await setup({
      UsernameAttributes: ["email"],
      DeviceConfiguration: {
        ChallengeRequiredOnNewDevice: true,
        DeviceOnlyRememberedOnUserPrompt: false,
      },
      MfaConfig: { MfaConfiguration: "OPTIONAL", SmsMfaConfiguration: {} },
      Users: [
        {
          Username: "cl@example.com",
          Password: PASSWORD,
          Attributes: { phone_number: "+15555550017" },
          MfaPreference: { SMSMfaSettings: { Enabled: true } },
        },
      ],
    });
    const storage = memoryStorage();
    const pool = classicPool(emulator, storage);
    const first = await signIn(
      new CognitoUser({ Username: "cl@example.com", Pool: pool, Storage: storage }),
      PASSWORD,
      (user, done) => {
        user.sendMFACode(CODE, {
          onSuccess: (session: CognitoUserSession) => done({ kind: "success", session }),
          onFailure: (error: { code: string; message: string }) => done({ kind: "failure", error }),
        });
      },
    );
    expect(first.kind).toBe("success");
    // The classic SDK confirmed the new device (ConfirmDevice) and stored its secret.
    expect([...storage.items.keys()].some((key) => key.endsWith(".randomPasswordKey"))).toBe(true);
    const sent = emulator.outbox.list().length;
    const second = await signIn(
      new CognitoUser({ Username: "cl@example.com", Pool: pool, Storage: storage }),
      PASSWORD,
    );
    expect(second.kind).toBe("success");
    expect(emulator.outbox.list().length).toBe(sent);
    if (second.kind === "success")
      expect(second.session.getAccessToken().decodePayload().device_key).toMatch(/^us-east-1_/);
  });
});
