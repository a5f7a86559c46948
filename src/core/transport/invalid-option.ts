import { ChallengeError } from "../errors/challenge-error";

/**
 * A transport was created with options it cannot work with (a developer error, thrown when the
 * transport is created, never during a sign-in). Code `InvalidParameterException` as for any
 * request Cognito would refuse, `reason: "InvalidTransportOptions"`, no HTTP status.
 */
export function invalidOption(message: string): ChallengeError {
  // Recovery `restart`: the table's for InvalidParameterException.
  return new ChallengeError("InvalidParameterException", message, {
    reason: "InvalidTransportOptions",
  });
}
