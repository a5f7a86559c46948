// @vitest-environment node
import { describe, expect, it } from "vitest";
import type { SignInSnapshot } from "../../src/core/flow/sign-in.types";
import {
  ALL_FLOWS,
  CODE,
  flowOn,
  SMS_CONFIGURATION,
  SUFFIX,
  startHarness,
  TRANSPORTS,
} from "./harness";

/**
 * The password appears in no snapshot and no error, whatever happens: a successful sign-in, a
 * wrong password, a network error thrown mid-flow. Every snapshot the flow ever published is
 * scanned: its JSON, and every string reachable from it (own properties, enumerable or not, so
 * error messages, stacks and causes too).
 */
const PASSWORD = "Unique-Secret-Pa55word!";
const NEW_PASSWORD = "Another-Unique-Secret-77";

function secretPools(suffix: string) {
  return [
    {
      Id: `us-east-1_Secret${suffix}`,
      PoolName: "Secret",
      SmsConfiguration: SMS_CONFIGURATION,
      MfaConfig: { MfaConfiguration: "OPTIONAL" as const, SmsMfaConfiguration: {} },
      Clients: [{ ClientId: `secret${suffix}`, ClientName: "web", ExplicitAuthFlows: ALL_FLOWS }],
      Users: [
        {
          Username: "sam",
          Password: PASSWORD,
          Attributes: { phone_number: "+15555550300" },
          MfaPreference: { SMSMfaSettings: { Enabled: true, PreferredMfa: true } },
        },
        { Username: "tim", TemporaryPassword: PASSWORD },
      ],
    },
  ];
}

const harness = startHarness(secretPools);

/** Every string reachable from `value` (property names included), depth-limited. */
function reachableStrings(value: unknown, seen = new Set<object>(), depth = 0): string[] {
  if (typeof value === "string") return [value];
  if (typeof value !== "object" || value === null || seen.has(value) || depth > 8) return [];
  seen.add(value);
  const found: string[] = [];
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key === "string") found.push(key);
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor && "value" in descriptor)
      found.push(...reachableStrings(descriptor.value, seen, depth + 1));
  }
  return found;
}

function expectNoSecret(snapshots: readonly SignInSnapshot[], ...secrets: string[]): void {
  expect(snapshots.length).toBeGreaterThan(1);
  for (const snapshot of snapshots) {
    const json = JSON.stringify(snapshot);
    const strings = reachableStrings(snapshot);
    for (const secret of secrets) {
      expect(json).not.toContain(secret);
      expect(strings.filter((text) => text.includes(secret))).toEqual([]);
    }
  }
}

describe("the secret scanner", () => {
  it("finds a string in a non-enumerable cause of an error inside a frozen snapshot", () => {
    const snapshot = Object.freeze({
      error: new Error("outer", { cause: new Error(`wrapped ${PASSWORD}`) }),
    });
    expect(JSON.stringify(snapshot)).not.toContain(PASSWORD);
    expect(reachableStrings(snapshot).some((text) => text.includes(PASSWORD))).toBe(true);
  });
});

describe.each(TRANSPORTS)("secrets (%s)", (kind) => {
  const s = SUFFIX[kind];
  const flowFor = (authFlow: "USER_SRP_AUTH" | "USER_PASSWORD_AUTH") =>
    flowOn(harness, kind, { userPoolId: `us-east-1_Secret${s}`, clientId: `secret${s}`, authFlow });

  it.each(["USER_SRP_AUTH", "USER_PASSWORD_AUTH"] as const)(
    "%s: not in any snapshot of a sign-in",
    async (authFlow) => {
      const { flow, snapshots } = flowFor(authFlow);
      await flow.start({ username: "sam", password: PASSWORD });
      await flow.respond({ code: CODE });
      expect(flow.getSnapshot().status).toBe("signedIn");
      expectNoSecret(snapshots, PASSWORD);
    },
  );

  it.each(["USER_SRP_AUTH", "USER_PASSWORD_AUTH"] as const)(
    "%s: not in a failed sign-in",
    async (authFlow) => {
      const { flow, snapshots } = flowFor(authFlow);
      await flow.start({ username: "sam", password: `${PASSWORD}x` });
      expect(flow.getSnapshot().error?.code).toBe("NotAuthorizedException");
      expectNoSecret(snapshots, PASSWORD);
    },
  );

  it.each([
    ["USER_PASSWORD_AUTH", "InitiateAuth"],
    ["USER_SRP_AUTH", "RespondToAuthChallenge"],
  ] as const)("%s: not in a network error thrown by %s", async (authFlow, operation) => {
    const { flow, snapshots } = flowFor(authFlow);
    harness.emulator.faults.inject({ operation, kind: "drop" });
    await flow.start({ username: "sam", password: PASSWORD });
    expect(flow.getSnapshot().error?.code).toBe("NetworkError");
    expectNoSecret(snapshots, PASSWORD);
  });

  it("the new password of NEW_PASSWORD_REQUIRED is in no snapshot either", async () => {
    const { flow, snapshots } = flowFor("USER_SRP_AUTH");
    await flow.start({ username: "tim", password: PASSWORD });
    harness.emulator.faults.inject({ operation: "RespondToAuthChallenge", kind: "http500" });
    await flow.respond({ newPassword: NEW_PASSWORD });
    expect(flow.getSnapshot().error?.code).toBe("NetworkError");
    await flow.respond({ newPassword: NEW_PASSWORD });
    expect(flow.getSnapshot().status).toBe("signedIn");
    expectNoSecret(snapshots, PASSWORD, NEW_PASSWORD);
  });
});
