/**
 * The library's `Transport`, in-process over `Emulator.handle`: what Storybook and unit tests use
 * instead of HTTP. Requests and responses go through JSON, exactly as they would on the wire, so a
 * client cannot pass here by handing over something that would not serialise. Cognito errors map
 * with `toChallengeError` (as the fetch and SDK transports do); injected `http500`/`drop` faults
 * and aborted calls become `NetworkError`.
 */
import type { ChallengeError } from "../core/errors/challenge-error";
import { networkError, toChallengeError } from "../core/errors/to-challenge-error";
import type { AuthResponse } from "../core/protocol/wire.types";
import type { CallOptions, Transport } from "../core/transport/transport.types";
import type { Emulator } from "./emulator";
import { EmulatorError, EmulatorFault } from "./errors";

function toError(error: unknown): ChallengeError {
  if (error instanceof EmulatorError) {
    return toChallengeError({ type: error.type, message: error.message, status: error.statusCode });
  }
  if (error instanceof EmulatorFault) {
    return error.kind === "http500"
      ? networkError("The server answered 500 without a Cognito error.", error, 500)
      : networkError("The connection was closed before an answer arrived.", error);
  }
  return networkError("The request failed.", error);
}

async function call(
  emulator: Emulator,
  operation: string,
  input: unknown,
  options?: CallOptions,
): Promise<unknown> {
  const signal = options?.signal;
  const aborted = (): ChallengeError => networkError("The request was aborted.", signal?.reason);
  if (signal?.aborted) throw aborted();
  const body = JSON.parse(JSON.stringify(input ?? {})) as unknown;
  let onAbort: (() => void) | undefined;
  const abort = new Promise<never>((_, reject) => {
    onAbort = () => reject(aborted());
    signal?.addEventListener("abort", onAbort, { once: true });
  });
  try {
    return await Promise.race([
      emulator.handle(operation, body).catch((error: unknown) => {
        throw toError(error);
      }),
      abort,
    ]);
  } finally {
    if (onAbort) signal?.removeEventListener("abort", onAbort);
  }
}

export function createEmulatorTransport(emulator: Emulator): Transport {
  const op =
    <T>(operation: string) =>
    (input: unknown, options?: CallOptions): Promise<T> =>
      call(emulator, operation, input, options) as Promise<T>;
  return {
    initiateAuth: op<AuthResponse>("InitiateAuth"),
    respondToAuthChallenge: op<AuthResponse>("RespondToAuthChallenge"),
    associateSoftwareToken: op("AssociateSoftwareToken"),
    verifySoftwareToken: op("VerifySoftwareToken"),
    confirmDevice: op("ConfirmDevice"),
    updateDeviceStatus: async (input, options) => {
      await call(emulator, "UpdateDeviceStatus", input, options);
    },
    startWebAuthnRegistration: op("StartWebAuthnRegistration"),
    completeWebAuthnRegistration: async (input, options) => {
      await call(emulator, "CompleteWebAuthnRegistration", input, options);
    },
  };
}
