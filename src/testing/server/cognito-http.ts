import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

/** Content type of Cognito's JSON 1.1 protocol (protocol reference §1). */
export const AMZ_JSON_CONTENT_TYPE = "application/x-amz-json-1.1";

/** The `X-Amz-Target` prefix of every user-pool operation. */
export const TARGET_PREFIX = "AWSCognitoIdentityProviderService.";

/**
 * A failure the HTTP layer produces itself (bad body, unknown target, size limit), shaped like
 * the engine's `EmulatorError` so that both leave the server the same way.
 */
export class WireError extends Error {
  override readonly name = "WireError";
  readonly type: string;
  readonly statusCode: number;

  constructor(type: string, statusCode: number, message: string) {
    super(message);
    this.type = type;
    this.statusCode = statusCode;
  }
}

/** A Cognito-shaped error: what an `EmulatorError` or a `WireError` carries. */
export interface CognitoErrorShape {
  readonly type: string;
  readonly statusCode: number;
  readonly message: string;
}

/** True for anything shaped like a Cognito error (`EmulatorError` or `WireError`). */
export function isCognitoErrorShape(value: unknown): value is CognitoErrorShape {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.type === "string" &&
    typeof candidate.statusCode === "number" &&
    typeof candidate.message === "string"
  );
}

/** The `kind` of an `EmulatorFault`, or undefined when `value` is not one. */
export function toFaultKind(value: unknown): "http500" | "drop" | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const kind = (value as Record<string, unknown>).kind;
  return kind === "http500" || kind === "drop" ? kind : undefined;
}

/** A fresh request id, sent as `x-amzn-requestid` on every response as AWS does. */
export function createRequestId(): string {
  return randomUUID();
}

// AWS JSON 1.1 timestamps are epoch seconds; an engine result holding a Date still serialises
// the way the SDK's deserialiser expects.
function replaceDates(this: unknown, key: string, value: unknown): unknown {
  const holder = this as Record<string, unknown>;
  const original = holder[key];
  return original instanceof Date ? original.getTime() / 1000 : value;
}

/** Sends a JSON body with the given status and content type. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  contentType: string = AMZ_JSON_CONTENT_TYPE,
): void {
  const text = JSON.stringify(body, replaceDates);
  res.statusCode = status;
  res.setHeader("content-type", contentType);
  res.setHeader("content-length", Buffer.byteLength(text));
  res.end(text);
}

/**
 * Sends `{"__type", "message"}` with the error's status and the `x-amzn-ErrorType` header
 * (AWS appends `:<url>`; clients keep the part before `:`, protocol reference §1).
 */
export function sendCognitoError(res: ServerResponse, error: CognitoErrorShape): void {
  // A header cannot carry every character a faulty in-process fault spec might hold.
  res.setHeader("x-amzn-errortype", error.type.replace(/[^\w.#:-]/g, ""));
  sendJson(res, error.statusCode, { __type: error.type, message: error.message });
}

/** A bare HTTP 500: no Cognito body, as a failing load balancer would answer. */
export function sendBare500(res: ServerResponse): void {
  res.statusCode = 500;
  res.setHeader("content-length", 0);
  res.end();
}

/** The media type of a request without parameters, lower case (`""` when absent). */
export function mediaType(req: IncomingMessage): string {
  const header = req.headers["content-type"] ?? "";
  return (header.split(";")[0] ?? "").trim().toLowerCase();
}
