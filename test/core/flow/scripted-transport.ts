import type { CallOptions, Transport } from "../../../src/core/transport/transport.types";

/**
 * A transport whose answers the test hands out one by one, to control *when* Cognito answers
 * (late answers after abort, concurrent respond() calls). It records every call and its signal.
 */
export interface ScriptedCall {
  readonly operation: keyof Transport;
  readonly input: unknown;
  readonly signal: AbortSignal | undefined;
  resolve(body: unknown): void;
  reject(error: unknown): void;
}

export function createScriptedTransport(): { transport: Transport; calls: ScriptedCall[] } {
  const calls: ScriptedCall[] = [];
  const call =
    (operation: keyof Transport) =>
    (input: unknown, options?: CallOptions): Promise<never> =>
      new Promise((resolve, reject) => {
        calls.push({
          operation,
          input,
          signal: options?.signal,
          resolve: resolve as never,
          reject,
        });
      });
  const transport = {
    initiateAuth: call("initiateAuth"),
    respondToAuthChallenge: call("respondToAuthChallenge"),
    associateSoftwareToken: call("associateSoftwareToken"),
    verifySoftwareToken: call("verifySoftwareToken"),
    confirmDevice: call("confirmDevice"),
    updateDeviceStatus: call("updateDeviceStatus"),
    startWebAuthnRegistration: call("startWebAuthnRegistration"),
    completeWebAuthnRegistration: call("completeWebAuthnRegistration"),
  } as Transport;
  return { transport, calls };
}

/** Lets pending promise callbacks run (the flow's effects are a few awaits deep). */
export async function flush(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

export const emailOtpChallenge = {
  ChallengeName: "EMAIL_OTP",
  Session: "S1",
  ChallengeParameters: {
    CODE_DELIVERY_DELIVERY_MEDIUM: "EMAIL",
    CODE_DELIVERY_DESTINATION: "a***@e***.com",
    USERNAME: "sub-1",
  },
};

export const signedIn = {
  AuthenticationResult: {
    AccessToken: "at",
    IdToken: "it",
    RefreshToken: "rt",
    ExpiresIn: 3600,
    TokenType: "Bearer",
  },
};
