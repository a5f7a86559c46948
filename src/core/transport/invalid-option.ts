import { ChallengeError } from "../errors/challenge-error";

/**
 * A transport was created with options it cannot work with (a developer error, thrown when the
 * transport is created, never during a sign-in). Code `InvalidParameterException` as for any
 * request Cognito would refuse, `reason: "InvalidTransportOptions"`, no HTTP status.
 */
export function invalidOption(message: string): ChallengeError {
  return new ChallengeError("InvalidParameterException", message, {
    recovery: "restart",
    reason: "InvalidTransportOptions",
  });
}
