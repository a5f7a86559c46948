/**
 * Errors the emulator answers with. `EmulatorError` is a Cognito exception (`__type` + message +
 * HTTP status); `EmulatorFault` is a transport-level failure injected by `faults` (no Cognito body).
 */

/**
 * HTTP statuses. Cognito's JSON 1.1 endpoint answers 400 for client exceptions and 500 for server
 * faults. The SDK's service model declares other statuses for a few client exceptions (403
 * NotAuthorized/Forbidden/AccessDenied/FeatureUnavailableInTier/TierChangeNotAllowed, 404
 * ResourceNotFound/UserNotFound, 429 TooManyRequests, 401 Unauthorized), but the endpoint has been
 * seen answering 400 for them: "Status Code: 400; Error Code: NotAuthorizedException" /
 * "UserNotFoundException" / "ResourceNotFoundException" / "TooManyRequestsException" in AWS SDK
 * logs (aws-amplify/amplify-flutter#1216 and #740, aws/aws-sdk-java#2005 and #2301,
 * amazon-archives/amazon-cognito-identity-js#192), and every client (the AWS SDK, the classic SDK,
 * Amplify) decides by `__type`, never by status. The model's server faults (InternalErrorException,
 * InternalServerException) are 500. Faults can set any status explicitly.
 */
const SERVER_FAULTS = new Set(["InternalErrorException", "InternalServerException"]);

function defaultStatus(type: string): number {
  return SERVER_FAULTS.has(type) ? 500 : 400;
}

/** A Cognito exception: `type` is the `__type` (e.g. `NotAuthorizedException`). */
export class EmulatorError extends Error {
  override readonly name = "EmulatorError";
  readonly type: string;
  readonly statusCode: number;

  constructor(type: string, message: string, statusCode?: number) {
    super(message);
    this.type = type;
    this.statusCode = statusCode ?? defaultStatus(type);
  }
}

/** A failure below Cognito: a bare HTTP 500 or a dropped connection. In-process: a NetworkError. */
export class EmulatorFault extends Error {
  override readonly name = "EmulatorFault";
  readonly kind: "http500" | "drop";

  constructor(kind: "http500" | "drop") {
    super(
      kind === "http500" ? "The server answered 500 without a body" : "The connection was dropped",
    );
    this.kind = kind;
  }
}

// Errors after which the sign-in session stays usable (a corrected answer may follow).
const sessionSafe = new WeakSet<EmulatorError>();

/** Marks an error as one that leaves the current sign-in Session valid. */
export function keepSession(error: EmulatorError): EmulatorError {
  sessionSafe.add(error);
  return error;
}

/** Whether the Session survives this error. */
export function keepsSession(error: unknown): boolean {
  return error instanceof EmulatorError && sessionSafe.has(error);
}

export function notAuthorized(message: string): EmulatorError {
  return new EmulatorError("NotAuthorizedException", message);
}

export function invalidParameter(message: string): EmulatorError {
  return new EmulatorError("InvalidParameterException", message);
}

export function resourceNotFound(message: string): EmulatorError {
  return new EmulatorError("ResourceNotFoundException", message);
}

/** The generic failure message of every failed first factor (protocol reference §10). */
export const INCORRECT_CREDENTIALS = "Incorrect username or password.";
