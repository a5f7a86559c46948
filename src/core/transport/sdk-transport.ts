import {
  AssociateSoftwareTokenCommand,
  type CognitoIdentityProviderClient,
  CompleteWebAuthnRegistrationCommand,
  type CompleteWebAuthnRegistrationCommandInput,
  ConfirmDeviceCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  type RespondToAuthChallengeCommandInput,
  StartWebAuthnRegistrationCommand,
  UpdateDeviceStatusCommand,
  VerifySoftwareTokenCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { type ChallengeError, isChallengeError } from "../errors/challenge-error";
import { networkError, toChallengeError } from "../errors/to-challenge-error";
import type {
  AssociateSoftwareTokenResponse,
  AuthResponse,
  ConfirmDeviceResponse,
  StartWebAuthnRegistrationResponse,
  VerifySoftwareTokenResponse,
} from "../protocol/wire.types";
import { createCallSignal, resolveTimeout } from "./call-signal";
import { checkSuccessBody, errorFromAnswer } from "./read-cognito-answer";
import { parseRetryAfter } from "./retry-after";
import {
  type CallState,
  instrumentCommand,
  type RawAnswer,
  SingleAttemptStop,
  type StackLike,
} from "./sdk-middleware";
import type { CallOptions, Transport } from "./transport.types";

/** Options of `createSdkTransport`. */
export interface SdkTransportOptions {
  /**
   * Per-call timeout in milliseconds, response body included, as for the fetch transport. The
   * client's own `requestHandler` timeouts, if set, apply as well. @default 15000
   */
  readonly timeoutMs?: number | undefined;
}

function headerLookup(headers: Readonly<Record<string, string>> | undefined) {
  return (name: string): string | undefined => {
    if (headers === undefined) return undefined;
    const wanted = name.toLowerCase();
    for (const [key, value] of Object.entries(headers)) {
      if (key.toLowerCase() === wanted) return value;
    }
    return undefined;
  };
}

interface SdkErrorLike {
  readonly name?: unknown;
  readonly message?: unknown;
  readonly $fault?: unknown;
  readonly $metadata?: { readonly httpStatusCode?: number };
  readonly $response?: { readonly statusCode?: number; readonly headers?: Record<string, string> };
}

/**
 * An SDK error → ChallengeError. A named service exception (`$fault` set by the SDK's protocol
 * code, from `__type`, `code` or `x-amzn-ErrorType`) keeps its name; the SDK's placeholders
 * ("Unknown" name, "UnknownError" message) count as absent. Anything else that came with an
 * HTTP answer (a deserialization error on an HTML body, an empty 5xx) is judged from the raw
 * answer exactly as the fetch transport judges it; with no answer it is a network failure.
 */
function fromSdkError(
  error: unknown,
  raw: RawAnswer | undefined,
  failWithoutAnswer: (error: unknown) => ChallengeError,
): ChallengeError {
  if (isChallengeError(error)) return error;
  const sdk = (typeof error === "object" && error !== null ? error : {}) as SdkErrorLike;
  const status = sdk.$metadata?.httpStatusCode ?? sdk.$response?.statusCode ?? raw?.status;
  const header = headerLookup(sdk.$response?.headers ?? raw?.headers);
  const name = typeof sdk.name === "string" ? sdk.name : "";
  if (sdk.$fault !== undefined && status !== undefined && name !== "Unknown" && name !== "") {
    const message = typeof sdk.message === "string" ? sdk.message : undefined;
    return toChallengeError({
      type: name,
      message: message === "UnknownError" ? undefined : message,
      status,
      retryAfterMs: parseRetryAfter(header("retry-after")),
      cause: error,
    });
  }
  if (raw === undefined) return failWithoutAnswer(error);
  if (raw.status < 200 || raw.status >= 300) {
    return errorFromAnswer(raw.status, header, raw.text, error);
  }
  // A 2xx the SDK could not deserialize: HTML, or JSON not in the operation's shape.
  return (
    checkSuccessBody(raw.status, raw.text, error) ??
    networkError(
      `Unreadable answer (HTTP ${raw.status}, not in the operation's shape)`,
      error,
      raw.status,
    )
  );
}

/**
 * A `Transport` over an AWS SDK v3 `CognitoIdentityProviderClient` the app configures: one
 * `*Command` per operation, the caller's `signal` passed through as `abortSignal`, and every
 * failure mapped to the same `ChallengeError` the fetch transport produces for the same answer.
 *
 * Exactly one HTTP request per call whatever the client's `maxAttempts`: the SDK's retries (3
 * attempts by default, for throttling, 5xx and network errors) could resend a
 * RespondToAuthChallenge with a Session Cognito already consumed. Recovery is the flow's choice,
 * through `ChallengeError.recovery`. Configure the client with `maxAttempts: 1` all the same.
 *
 * The eight operations are unsigned (`noAuth` in the SDK's auth-scheme table, protocol §11): the
 * client needs no credentials and looks none up.
 */
export function createSdkTransport(
  client: CognitoIdentityProviderClient,
  options: SdkTransportOptions = {},
): Transport {
  const timeoutMs = resolveTimeout(options.timeoutMs);

  async function run<O extends object>(
    command: { readonly middlewareStack: StackLike },
    send: (abortSignal: AbortSignal) => Promise<O>,
    callOptions: CallOptions | undefined,
  ): Promise<Omit<O, "$metadata">> {
    // Throws the `Aborted` NetworkError at once if the caller's signal is already aborted.
    const callSignal = createCallSignal(timeoutMs, callOptions?.signal);
    const state: CallState = { attempts: 0 };
    instrumentCommand(
      command.middlewareStack,
      (body) => client.config.streamCollector(body),
      state,
    );
    try {
      const output = await send(callSignal.signal);
      const problem = state.raw && checkSuccessBody(state.raw.status, state.raw.text);
      if (problem) throw problem;
      const { $metadata: _metadata, ...body } = output as O & { $metadata?: unknown };
      return body;
    } catch (error) {
      const original = error instanceof SingleAttemptStop ? state.firstError : error;
      throw fromSdkError(original, state.raw, callSignal.fail);
    } finally {
      callSignal.dispose();
    }
  }

  return {
    initiateAuth: async (input, o) => {
      const command = new InitiateAuthCommand(input);
      return (await run(
        command,
        (s) => client.send(command, { abortSignal: s }),
        o,
      )) as AuthResponse;
    },
    respondToAuthChallenge: async (input, o) => {
      // ChallengeName is typed `string` here so custom screens can answer names the SDK's enum
      // does not list; the wire accepts any string.
      const command = new RespondToAuthChallengeCommand(
        input as RespondToAuthChallengeCommandInput,
      );
      return (await run(
        command,
        (s) => client.send(command, { abortSignal: s }),
        o,
      )) as AuthResponse;
    },
    associateSoftwareToken: async (input, o) => {
      const command = new AssociateSoftwareTokenCommand(input);
      return (await run(
        command,
        (s) => client.send(command, { abortSignal: s }),
        o,
      )) as AssociateSoftwareTokenResponse;
    },
    verifySoftwareToken: async (input, o) => {
      const command = new VerifySoftwareTokenCommand(input);
      return (await run(
        command,
        (s) => client.send(command, { abortSignal: s }),
        o,
      )) as VerifySoftwareTokenResponse;
    },
    confirmDevice: async (input, o) => {
      const command = new ConfirmDeviceCommand(input);
      return (await run(
        command,
        (s) => client.send(command, { abortSignal: s }),
        o,
      )) as ConfirmDeviceResponse;
    },
    updateDeviceStatus: async (input, o) => {
      const command = new UpdateDeviceStatusCommand(input);
      await run(command, (s) => client.send(command, { abortSignal: s }), o);
    },
    startWebAuthnRegistration: async (input, o) => {
      const command = new StartWebAuthnRegistrationCommand(input);
      return (await run(
        command,
        (s) => client.send(command, { abortSignal: s }),
        o,
      )) as StartWebAuthnRegistrationResponse;
    },
    completeWebAuthnRegistration: async (input, o) => {
      // `Credential` is a document type in the SDK; the RegistrationResponseJSON object goes as is.
      const command = new CompleteWebAuthnRegistrationCommand(
        input as CompleteWebAuthnRegistrationCommandInput,
      );
      await run(command, (s) => client.send(command, { abortSignal: s }), o);
    },
  };
}
