import { vi } from "vitest";
import {
  type DeviceStore,
  type SignInFlow,
  type SignInSnapshot,
  type StoredDevice,
  type Transport,
  toChallengeError,
} from "../../../src/core/index";
import type { ErrorFixture, ResponseFixture } from "../../fixtures/cognito/index";

/** One recorded call of the fixture transport: the operation and the request body sent. */
export interface WireCall {
  readonly operation: keyof Transport;
  readonly input: Record<string, unknown>;
}

type Answer = ResponseFixture<unknown> | ErrorFixture | { readonly response: undefined };

/**
 * A `Transport` that answers each operation from a queue of recorded Cognito responses (success
 * bodies or error bodies turned into `ChallengeError` the way the real transports do), and
 * records what was sent. An operation with nothing queued fails the test loudly.
 */
export function createFixtureTransport(
  script: Partial<Record<keyof Transport, readonly Answer[]>>,
): { transport: Transport; calls: WireCall[] } {
  const queues = new Map(
    Object.entries(script).map(([operation, answers]) => [operation, [...(answers ?? [])]]),
  );
  const calls: WireCall[] = [];
  const answer =
    (operation: keyof Transport) =>
    async (input: unknown): Promise<never> => {
      calls.push({ operation, input: input as Record<string, unknown> });
      const next = queues.get(operation)?.shift();
      if (next === undefined) throw new Error(`unexpected ${operation}: nothing scripted`);
      if ("error" in next) {
        throw toChallengeError({
          type: next.error.__type,
          message: next.error.message,
          status: next.status,
        });
      }
      return next.response as never;
    };
  const transport: Transport = {
    initiateAuth: answer("initiateAuth"),
    respondToAuthChallenge: answer("respondToAuthChallenge"),
    associateSoftwareToken: answer("associateSoftwareToken"),
    verifySoftwareToken: answer("verifySoftwareToken"),
    confirmDevice: answer("confirmDevice"),
    updateDeviceStatus: answer("updateDeviceStatus"),
    startWebAuthnRegistration: answer("startWebAuthnRegistration"),
    completeWebAuthnRegistration: answer("completeWebAuthnRegistration"),
  };
  return { transport, calls };
}

/** A device store in memory. */
export function createMemoryDeviceStore(): DeviceStore & { devices: Map<string, StoredDevice> } {
  const devices = new Map<string, StoredDevice>();
  return {
    devices,
    get: (username) => devices.get(username),
    set: (username, device) => {
      devices.set(username, device);
    },
    remove: (username) => {
      devices.delete(username);
    },
  };
}

/**
 * A `SignInFlow` whose snapshots the test sets directly, for router and `<SignIn>` tests that
 * need exact control over what the store publishes (the same challenge object with a new
 * `isPending`, a new object for the same step). Its actions are `vi.fn()`s.
 */
export function createFakeFlow(
  initial: SignInSnapshot = { status: "idle", isPending: false },
): SignInFlow & {
  emit(next: SignInSnapshot): void;
  update(patch: Partial<SignInSnapshot>): void;
  start: ReturnType<typeof vi.fn>;
  respond: ReturnType<typeof vi.fn>;
  restart: ReturnType<typeof vi.fn>;
} {
  let snapshot = initial;
  const listeners = new Set<() => void>();
  const emit = (next: SignInSnapshot): void => {
    snapshot = next;
    for (const listener of listeners) listener();
  };
  return {
    getSnapshot: () => snapshot,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit,
    update: (patch) => emit({ ...snapshot, ...patch }),
    start: vi.fn(async () => undefined),
    respond: vi.fn(async () => undefined),
    restart: vi.fn(async () => undefined),
    abort: vi.fn(),
    registerPasskey: vi.fn(async () => undefined),
  };
}
