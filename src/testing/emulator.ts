/**
 * `createEmulator()`: an emulated Cognito user pool service that runs in a browser page or in
 * Node. `handle(operation, input)` answers one JSON 1.1 operation exactly as Cognito's endpoint
 * would (response body, or an EmulatorError carrying `__type`, message and HTTP status).
 */
import { randomBytes } from "../core/util/crypto";
import { createClock, type EmulatorClock } from "./clock";
import type { Env } from "./env";
import { EmulatorError, EmulatorFault, invalidParameter } from "./errors";
import { createFaults, createRateLimiter, type Faults } from "./faults";
import { asInput } from "./input";
import type { EmulatorState } from "./model/types";
import { OPERATIONS } from "./operations/index";
import { createOutbox, type Outbox } from "./outbox";
import { applySeed, type EmulatorSeed, type SeedResult } from "./seed";
import { createSessionStore } from "./sessions";
import { defaultOriginPolicy } from "./webauthn";

export interface EmulatorOptions {
  /** Start time in epoch ms; the emulator clock then moves with real time plus `advance()`. @default Date.now() */
  readonly startTime?: number;
  /**
   * Every delivered code is this, MFA and passwordless alike (like the CLI's `--code`), 4 to 8
   * digits. Default: random, 6 digits for MFA codes and 8 for passwordless sign-in codes.
   */
  readonly code?: string;
  /** e.g. `"us-east-1"`. @default "us-east-1" */
  readonly region?: string;
  /** Requests per second before TooManyRequestsException, per operation (undefined = no limit). */
  readonly rateLimit?: number;
  /**
   * WebAuthn origins accepted for a relying party id: a list of exact origins, or a predicate.
   * @default `https://<rpId>` and its subdomains, and `http(s)://localhost:*` / `127.0.0.1:*`
   */
  readonly webAuthnOrigins?: readonly string[] | ((origin: string, rpId: string) => boolean);
}

export interface Emulator {
  /**
   * One Cognito JSON 1.1 operation: `operation` as in X-Amz-Target after the dot, `input` the
   * JSON body. Resolves with the response body; rejects with EmulatorError (or EmulatorFault).
   */
  handle(operation: string, input: unknown): Promise<unknown>;
  readonly outbox: Outbox;
  readonly clock: EmulatorClock;
  readonly faults: Faults;
  /** The region of generated ids and token issuers. */
  readonly region: string;
  /** Applies a pool description; returns the created ids. */
  seed(seed: EmulatorSeed): Promise<SeedResult>;
  /** The names of the operations `handle` answers. */
  readonly operations: readonly string[];
}

function originPolicy(
  option: EmulatorOptions["webAuthnOrigins"],
): (origin: string, rpId: string) => boolean {
  if (option === undefined) return defaultOriginPolicy;
  if (typeof option === "function") return option;
  const allowed = new Set(option);
  return (origin) => allowed.has(origin);
}

/** Anything that is not JSON-shaped must not leak out of `handle` (the wire is JSON). */
function toWire(value: unknown): unknown {
  return value === undefined ? {} : JSON.parse(JSON.stringify(value));
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  if (options.code !== undefined && !/^\d{4,8}$/.test(options.code)) {
    throw invalidParameter("EmulatorOptions.code must be 4 to 8 digits.");
  }
  const region = options.region ?? "us-east-1";
  if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) {
    throw invalidParameter(`EmulatorOptions.region is not an AWS region: ${region.slice(0, 40)}`);
  }
  const clock = createClock(options.startTime);
  const outbox = createOutbox();
  const faults = createFaults();
  const limit = createRateLimiter(options.rateLimit, clock.now);
  const state: EmulatorState = { region, pools: new Map(), refreshTokens: new Map() };
  const env: Env = {
    state,
    clock,
    outbox,
    sessions: createSessionStore(clock.now),
    key: randomBytes(32),
    ...(options.code === undefined ? {} : { code: options.code }),
    region,
    isAllowedOrigin: originPolicy(options.webAuthnOrigins),
  };
  return {
    async handle(operation, input) {
      await faults.apply(operation);
      limit(operation);
      const run = OPERATIONS[operation];
      if (!run) {
        throw new EmulatorError("UnknownOperationException", `Unknown operation ${operation}`);
      }
      try {
        return toWire(await run(env, asInput(input)));
      } catch (error) {
        if (error instanceof EmulatorError || error instanceof EmulatorFault) throw error;
        // A bug of ours (or a thrown non-Error): what Cognito calls an internal error.
        const internal = new EmulatorError("InternalErrorException", "An internal error occurred.");
        (internal as { cause?: unknown }).cause = error;
        throw internal;
      }
    },
    outbox,
    clock,
    faults,
    region,
    seed: (seed) => applySeed(env, seed),
    operations: Object.keys(OPERATIONS),
  };
}
