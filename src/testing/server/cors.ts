import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Request headers a browser page may send: what `fetch`, the classic client and the AWS SDK v3
 * (including signed admin calls) put on a Cognito request.
 */
export const CORS_ALLOWED_HEADERS: readonly string[] = [
  "content-type",
  "x-amz-target",
  "x-amz-user-agent",
  "amz-sdk-invocation-id",
  "amz-sdk-request",
  "authorization",
  "x-amz-date",
  "x-amz-security-token",
  "x-amz-content-sha256",
  "cache-control",
];

/** Response headers a page may read: the request id and the error name. */
export const CORS_EXPOSED_HEADERS: readonly string[] = [
  "x-amzn-requestid",
  "x-amzn-errortype",
  "date",
];

const ALLOWED = new Set(CORS_ALLOWED_HEADERS);
// Newer SDK releases add `amz-sdk-*` / `x-amz-*` headers; allowing the families keeps a page
// working across SDK versions without allowing arbitrary headers.
const ALLOWED_FAMILY = /^(?:x-amz-|amz-sdk-)[a-z0-9-]+$/;

/**
 * Adds the CORS headers every response carries. Any origin may call: the emulator holds test data
 * only, binds to loopback by default and uses no cookies, so `*` is enough (no credentials).
 */
export function applyCorsHeaders(res: ServerResponse): void {
  res.setHeader("access-control-allow-origin", "*");
  res.setHeader("access-control-expose-headers", CORS_EXPOSED_HEADERS.join(", "));
}

/** Answers a preflight `OPTIONS` request with 204 and the allowed methods and headers. */
export function answerPreflight(req: IncomingMessage, res: ServerResponse): void {
  const requested = (req.headers["access-control-request-headers"] ?? "")
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== "");
  const allowed = new Set(CORS_ALLOWED_HEADERS);
  for (const name of requested) {
    if (ALLOWED.has(name) || ALLOWED_FAMILY.test(name)) allowed.add(name);
  }
  applyCorsHeaders(res);
  res.setHeader("access-control-allow-methods", "POST, GET, DELETE, OPTIONS");
  res.setHeader("access-control-allow-headers", [...allowed].join(", "));
  res.setHeader("access-control-max-age", "600");
  res.statusCode = 204;
  res.end();
}
