import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createEmulator, type Emulator } from "../index";
import {
  AMZ_JSON_CONTENT_TYPE,
  createRequestId,
  isCognitoErrorShape,
  mediaType,
  sendBare500,
  sendCognitoError,
  sendJson,
  TARGET_PREFIX,
  toFaultKind,
  WireError,
} from "./cognito-http";
import { handleControlRequest } from "./control-api";
import { answerPreflight, applyCorsHeaders } from "./cors";
import { parseRequestBody } from "./parse-request";
import { DEFAULT_MAX_BODY_BYTES, readBody } from "./read-body";

/** Options of `createEmulatorServer`. */
export interface EmulatorServerOptions {
  /** The pool to serve. @default a fresh `createEmulator()` (no pools; create them with admin calls or `seed`) */
  readonly emulator?: Emulator;
  /** TCP port; 0 picks a free one. @default 0 */
  readonly port?: number;
  /** Interface to bind. Keep it on loopback unless other machines must reach it. @default "127.0.0.1" */
  readonly host?: string;
  /** Largest accepted request body in bytes; larger bodies get HTTP 413 unread. @default 1048576 */
  readonly maxBodyBytes?: number;
}

/** A running emulator server. */
export interface EmulatorServer {
  /** Base URL, e.g. `http://127.0.0.1:9229` (no trailing slash): the endpoint to give a client. */
  readonly url: string;
  /** The port actually bound (useful with `port: 0`). */
  readonly port: number;
  /** The emulator behind the server: seed it, read its outbox, move its clock, inject faults. */
  readonly emulator: Emulator;
  /** Stops listening and closes every open connection. */
  close(): Promise<void>;
}

const ACCEPTED_CONTENT_TYPES = new Set([AMZ_JSON_CONTENT_TYPE, "application/json"]);
const OPERATION_NAME = /^[A-Z][A-Za-z0-9]{0,127}$/;

function unknownOperation(message: string): WireError {
  return new WireError("UnknownOperationException", 400, message);
}

/** The operation named by `X-Amz-Target`, or a `WireError` when it is missing or malformed. */
function readOperation(req: IncomingMessage): string {
  const target = req.headers["x-amz-target"];
  if (typeof target !== "string" || target === "") {
    throw unknownOperation("Missing X-Amz-Target header.");
  }
  const operation = target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : "";
  if (!OPERATION_NAME.test(operation)) {
    throw unknownOperation(`Unknown operation: ${target.slice(0, 200)}`);
  }
  return operation;
}

function sendFailure(req: IncomingMessage, res: ServerResponse, error: unknown): void {
  const fault = toFaultKind(error);
  if (fault === "drop") {
    // An injected network failure: the client sees the connection reset, no HTTP response.
    req.socket.destroy();
    return;
  }
  if (fault === "http500") {
    sendBare500(res);
    return;
  }
  if (isCognitoErrorShape(error)) {
    // The engine turns its own bugs into InternalErrorException with the cause attached: show
    // the cause on stderr, where whoever runs the emulator can see it.
    const cause = (error as { cause?: unknown }).cause;
    if (error.type === "InternalErrorException" && cause !== undefined) reportInternal(cause);
    sendCognitoError(res, error);
    return;
  }
  // Not a Cognito answer at all (a custom Emulator that threw): Cognito's service fault.
  reportInternal(error);
  sendCognitoError(res, {
    type: "InternalErrorException",
    statusCode: 500,
    message: "An internal error occurred.",
  });
}

function reportInternal(error: unknown): void {
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`cognito-challenge-emulator: internal error: ${text}\n`);
}

async function handleCognitoCall(
  emulator: Emulator,
  maxBodyBytes: number,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (req.method !== "POST") {
    res.setHeader("allow", "POST, OPTIONS");
    throw new WireError(
      "UnknownOperationException",
      405,
      `Cognito operations are POST requests; ${req.method ?? "this method"} is not supported.`,
    );
  }
  const operation = readOperation(req);
  const type = mediaType(req);
  if (!ACCEPTED_CONTENT_TYPES.has(type)) {
    throw new WireError(
      "SerializationException",
      415,
      `Unsupported Content-Type '${type}': send ${AMZ_JSON_CONTENT_TYPE}.`,
    );
  }
  const body = await readBody(req, maxBodyBytes);
  const input = parseRequestBody(operation, body);
  const output = await emulator.handle(operation, input);
  sendJson(res, 200, output ?? {}, AMZ_JSON_CONTENT_TYPE);
}

async function handleRequest(
  emulator: Emulator,
  maxBodyBytes: number,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  res.setHeader("x-amzn-requestid", createRequestId());
  applyCorsHeaders(res);
  try {
    if (req.method === "OPTIONS") {
      answerPreflight(req, res);
      return;
    }
    const path = new URL(req.url ?? "/", "http://emulator.invalid").pathname;
    if (path.startsWith("/_emulator/")) {
      await handleControlRequest(emulator, maxBodyBytes, path, req, res);
      return;
    }
    if (path !== "/") {
      throw new WireError(
        "UnknownOperationException",
        404,
        `No such path: ${path.slice(0, 200)}. Cognito operations are POST /.`,
      );
    }
    await handleCognitoCall(emulator, maxBodyBytes, req, res);
  } catch (error) {
    if (error instanceof WireError && error.statusCode === 413) {
      // The rest of the body is never read: close the connection after the answer.
      res.setHeader("connection", "close");
    }
    if (res.headersSent) {
      req.socket.destroy();
      return;
    }
    sendFailure(req, res, error);
  }
}

function formatUrl(host: string, port: number): string {
  return host.includes(":") ? `http://[${host}]:${port}` : `http://${host}:${port}`;
}

/**
 * Serves an emulated user pool over HTTP as Cognito's JSON 1.1 API (`POST /` with
 * `X-Amz-Target: AWSCognitoIdentityProviderService.<Operation>`), with CORS for browser pages and
 * the `/_emulator/*` control endpoints (outbox, clock, faults, health). Point the AWS SDK v3,
 * the classic client or this library's transports at `url`.
 *
 * @example
 * const server = await createEmulatorServer({ emulator: (await createDemoEmulator()).emulator });
 * const client = new CognitoIdentityProviderClient({ endpoint: server.url, region: "us-east-1" });
 * // ...
 * await server.close();
 */
export async function createEmulatorServer(
  options: EmulatorServerOptions = {},
): Promise<EmulatorServer> {
  const emulator = options.emulator ?? createEmulator();
  const host = options.host ?? "127.0.0.1";
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const server = createServer((req, res) => {
    handleRequest(emulator, maxBodyBytes, req, res).catch(() => {
      // Even answering failed (the client went away mid-answer): drop the connection.
      req.socket.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  return {
    url: formatUrl(host, port),
    port,
    emulator,
    close(): Promise<void> {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
