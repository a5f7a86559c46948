import type { IncomingMessage } from "node:http";
import { WireError } from "./cognito-http";

/** Default request body limit: 1 MiB. */
export const DEFAULT_MAX_BODY_BYTES: number = 1024 * 1024;

function tooLarge(maxBytes: number): WireError {
  // 413 with a Cognito-shaped body: the HTTP status says what happened, `__type` lets the SDKs
  // name it. AWS fronts its APIs with a size limit too; the exact name it uses is not documented.
  return new WireError(
    "RequestEntityTooLargeException",
    413,
    `Request body is larger than ${maxBytes} bytes.`,
  );
}

/**
 * Reads a request body of at most `maxBytes`. A declared `Content-Length` over the limit is
 * refused before a byte is read; a chunked body is refused as soon as it passes the limit, so an
 * oversized body is never held in memory.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"] ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    return Promise.reject(tooLarge(maxBytes));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (error: WireError | undefined): void => {
      if (settled) return;
      settled = true;
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
      if (error) reject(error);
      else resolve(Buffer.concat(chunks, size));
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > maxBytes) {
        chunks.length = 0;
        finish(tooLarge(maxBytes));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => finish(undefined);
    const onError = (): void =>
      finish(new WireError("SerializationException", 400, "The request body could not be read."));
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
  });
}
