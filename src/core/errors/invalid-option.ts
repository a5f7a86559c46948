import { ChallengeError } from "./challenge-error";

/**
 * A transport or a flow was created with options it cannot work with (a developer error, thrown
 * when it is created, never during a sign-in). Code `InvalidParameterException` as for any
 * request Cognito would refuse, `reason` `"InvalidTransportOptions"` or `"InvalidFlowOptions"`,
 * no HTTP status.
 */
export function invalidOption(
  message: string,
  reason: "InvalidTransportOptions" | "InvalidFlowOptions" = "InvalidTransportOptions",
): ChallengeError {
  // Recovery `restart`: the table's for InvalidParameterException.
  return new ChallengeError("InvalidParameterException", message, { reason });
}
