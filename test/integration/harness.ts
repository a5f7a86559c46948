import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import * as OTPAuth from "otpauth";
import { afterAll, beforeAll } from "vitest";
import { createSignInFlow } from "../../src/core/flow/sign-in.store";
import type {
  SignInFlow,
  SignInFlowOptions,
  SignInSnapshot,
} from "../../src/core/flow/sign-in.types";
import { createFetchTransport } from "../../src/core/transport/fetch-transport";
import { createSdkTransport } from "../../src/core/transport/sdk-transport";
import { TRANSPORT_OPERATIONS, type Transport } from "../../src/core/transport/transport.types";
import { createEmulator, createEmulatorTransport, type Emulator } from "../../src/testing/index";
import { createEmulatorServer, type EmulatorServer } from "../../src/testing/server/index";

/**
 * One emulated pool per test file, reached three ways: in-process, over HTTP through the real AWS
 * SDK client, and over HTTP through the fetch transport. Scenarios are written once and run per
 * transport (`describe.each(TRANSPORTS)`); each transport gets its own copy of the pools (ids
 * suffixed), so a scenario that changes a user (a new password, a TOTP set-up) runs three times.
 */
export const TRANSPORTS = ["in-process", "AWS SDK over HTTP", "fetch over HTTP"] as const;
export type TransportKind = (typeof TRANSPORTS)[number];

/** Pool-id and client-id suffix per transport. */
export const SUFFIX: Record<TransportKind, string> = {
  "in-process": "Mem",
  "AWS SDK over HTTP": "Sdk",
  "fetch over HTTP": "Fetch",
};

/** Every delivered code (SMS, email) is this. */
export const CODE = "123456";
export const REGION = "us-east-1";

export interface Harness {
  readonly emulator: Emulator;
  readonly server: EmulatorServer;
  /** A fresh transport of `kind`, counting its calls by operation name. */
  transport(kind: TransportKind, options?: { readonly timeoutMs?: number }): CountingTransport;
}

export interface CountingTransport {
  readonly transport: Transport;
  /** Operation names (`InitiateAuth`, …) in call order. */
  readonly calls: string[];
}

/**
 * Starts the emulator (fixed codes) and its HTTP server for this file, seeded by `seed(suffix)`
 * for each transport; stops the server after the file.
 */
export function startHarness(
  seed: (suffix: string) => Parameters<Emulator["seed"]>[0]["pools"],
): Harness {
  let emulator: Emulator | undefined;
  let server: EmulatorServer | undefined;
  beforeAll(async () => {
    emulator = createEmulator({ code: CODE, region: REGION });
    for (const kind of TRANSPORTS) await emulator.seed({ pools: seed(SUFFIX[kind]) });
    server = await createEmulatorServer({ emulator, port: 0 });
  });
  afterAll(async () => {
    await server?.close();
  });
  const required = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the harness is not started");
    return value;
  };
  return {
    get emulator() {
      return required(emulator);
    },
    get server() {
      return required(server);
    },
    transport(kind, options = {}) {
      const url = required(server).url;
      const inner =
        kind === "in-process"
          ? createEmulatorTransport(required(emulator))
          : kind === "AWS SDK over HTTP"
            ? createSdkTransport(
                new CognitoIdentityProviderClient({
                  endpoint: url,
                  region: REGION,
                  maxAttempts: 1,
                  credentials: { accessKeyId: "test", secretAccessKey: "test" },
                }),
                options,
              )
            : createFetchTransport({ endpoint: url, ...options });
      return counting(inner);
    },
  };
}

function counting(inner: Transport): CountingTransport {
  const calls: string[] = [];
  const transport = {} as Record<string, unknown>;
  for (const [method, operation] of Object.entries(TRANSPORT_OPERATIONS)) {
    transport[method] = (input: unknown, options: unknown) => {
      calls.push(operation);
      return (inner as unknown as Record<string, (input: unknown, options: unknown) => unknown>)[
        method
      ]?.(input, options);
    };
  }
  return { transport: transport as unknown as Transport, calls };
}

/** A flow on `harness`'s emulator (its clock is the flow's clock), counting requests. */
export function flowOn(
  harness: Harness,
  kind: TransportKind,
  options: Omit<SignInFlowOptions, "transport" | "now"> & { readonly timeoutMs?: number },
): { flow: SignInFlow; calls: string[]; snapshots: SignInSnapshot[] } {
  const { timeoutMs, ...rest } = options;
  const { transport, calls } = harness.transport(
    kind,
    timeoutMs === undefined ? {} : { timeoutMs },
  );
  const flow = createSignInFlow({ ...rest, transport, now: () => harness.emulator.clock.now() });
  const snapshots: SignInSnapshot[] = [flow.getSnapshot()];
  flow.subscribe(() => snapshots.push(flow.getSnapshot()));
  return { flow, calls, snapshots };
}

/** The current TOTP code for `secret` on the emulator's clock. */
export function totpCode(harness: Harness, secret: string): string {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({
    timestamp: harness.emulator.clock.now(),
  });
}

/** A base32 TOTP secret for seeding users. */
export const TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

/** Flows every test client allows. */
export const ALL_FLOWS = [
  "ALLOW_USER_SRP_AUTH",
  "ALLOW_USER_PASSWORD_AUTH",
  "ALLOW_USER_AUTH",
  "ALLOW_CUSTOM_AUTH",
  "ALLOW_REFRESH_TOKEN_AUTH",
] as const;

/** SMS MFA needs an SMS configuration on the pool (SetUserPoolMfaConfig). */
export const SMS_CONFIGURATION = { SnsCallerArn: "arn:aws:iam::123456789012:role/cognito-sms" };
