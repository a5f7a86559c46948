import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/**
 * A real HTTP server on 127.0.0.1 (random port) that answers like Cognito's JSON 1.1 API and can
 * misbehave on demand. It records every request as it arrived on the wire.
 */

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  /** The operation named by `X-Amz-Target` (after `AWSCognitoIdentityProviderService.`). */
  readonly operation: string | undefined;
  readonly rawBody: string;
  /** The body parsed as JSON (undefined if it was not JSON). */
  readonly body: unknown;
}

/** How to answer the next request. */
export type Reply =
  | {
      readonly status?: number;
      readonly headers?: Readonly<Record<string, string>>;
      /** A string goes as is; anything else as JSON. Omit for an empty body. */
      readonly body?: unknown;
    }
  /** Close the connection without an answer, as a reset would. */
  | { readonly destroy: "before-answer" }
  /** Send the status line and half of a JSON body, then close the connection. */
  | { readonly destroy: "mid-body" }
  /** Never answer (until the server closes). */
  | { readonly hang: true };

export interface FakeCognito {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Queue answers for the next requests; when the queue is empty, `defaultReply` answers. */
  reply(...replies: Reply[]): void;
  /** Clears recorded requests and queued answers. */
  reset(): void;
  close(): Promise<void>;
}

const TARGET_PREFIX = "AWSCognitoIdentityProviderService.";

/** A Cognito error body as Cognito sends it. */
export function cognitoError(
  type: string,
  message?: string,
  status = 400,
  headers: Readonly<Record<string, string>> = {},
): Reply {
  return {
    status,
    headers: { "content-type": "application/x-amz-json-1.1", ...headers },
    body: message === undefined ? { __type: type } : { __type: type, message },
  };
}

function send(
  response: ServerResponse,
  reply: Exclude<Reply, { destroy: string } | { hang: true }>,
) {
  const body =
    reply.body === undefined
      ? ""
      : typeof reply.body === "string"
        ? reply.body
        : JSON.stringify(reply.body);
  response.writeHead(reply.status ?? 200, {
    "x-amzn-requestid": "00000000-0000-4000-8000-000000000000",
    ...reply.headers,
  });
  response.end(body);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export async function startFakeCognito(
  defaultReply: (operation: string | undefined) => Reply,
): Promise<FakeCognito> {
  const requests: RecordedRequest[] = [];
  const queue: Reply[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const rawBody = Buffer.concat(chunks).toString("utf8");
      const target = request.headers["x-amz-target"];
      const operation =
        typeof target === "string" && target.startsWith(TARGET_PREFIX)
          ? target.slice(TARGET_PREFIX.length)
          : undefined;
      requests.push({
        method: request.method ?? "",
        url: request.url ?? "",
        headers: request.headers,
        operation,
        rawBody,
        body: parseJson(rawBody),
      });
      const reply = queue.shift() ?? defaultReply(operation);
      if ("hang" in reply) return;
      if ("destroy" in reply) {
        if (reply.destroy === "mid-body") {
          response.writeHead(200, { "content-length": "200" });
          // The connection drops once the status line and the first bytes have left.
          response.write('{"ChallengeName":"SMS_', () => request.socket.destroy());
        } else {
          request.socket.destroy();
        }
        return;
      }
      send(response, reply);
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    reply: (...replies) => {
      queue.push(...replies);
    },
    reset: () => {
      requests.length = 0;
      queue.length = 0;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A port on 127.0.0.1 that nothing listens on: bound, read, then released. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
