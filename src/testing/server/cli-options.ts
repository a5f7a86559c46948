import { parseArgs } from "node:util";

/** What the `cognito-challenge-emulator` command was asked to do. */
export interface CliOptions {
  readonly port: number;
  readonly host: string;
  readonly seed?: string;
  readonly code?: string;
  readonly help: boolean;
}

/** The command's `--help` text. */
export const USAGE: string = `Usage: cognito-challenge-emulator [options]

Serves an emulated Amazon Cognito user pool over HTTP (Cognito's JSON 1.1 API).

Options:
  --port <port>   TCP port to listen on; 0 picks a free one (default 9229)
  --host <host>   interface to bind (default 127.0.0.1; keep it on loopback)
  --seed <file>   JSON pool description to serve instead of the demo pool
  --code <code>   deliver this code for every SMS and email message (4-8 digits)
  --help          show this help

Control endpoints: GET /_emulator/health, GET|DELETE /_emulator/outbox,
GET|POST /_emulator/clock, POST|DELETE /_emulator/faults.`;

/** A bad command line; its message is the one line the command prints. */
export class CliUsageError extends Error {
  override readonly name = "CliUsageError";
}

function toPort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || !Number.isInteger(port) || port > 65535) {
    throw new CliUsageError(`--port must be a number from 0 to 65535, got '${text}'`);
  }
  return port;
}

/** Parses the command line (`process.argv.slice(2)`); throws `CliUsageError` on a bad flag. */
export function parseCliOptions(argv: readonly string[]): CliOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: "string" },
        host: { type: "string" },
        seed: { type: "string" },
        code: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    // Node's messages are one sentence plus advice on a second line; keep the first.
    const message = error instanceof Error ? (error.message.split("\n")[0] ?? "") : "";
    throw new CliUsageError(message || "invalid arguments");
  }
  const host = typeof values.host === "string" ? values.host : "127.0.0.1";
  if (host === "") throw new CliUsageError("--host must not be empty");
  const code = typeof values.code === "string" ? values.code : undefined;
  if (code !== undefined && !/^\d{4,8}$/.test(code)) {
    throw new CliUsageError(`--code must be 4 to 8 digits, got '${code}'`);
  }
  const seed = typeof values.seed === "string" ? values.seed : undefined;
  if (seed === "") throw new CliUsageError("--seed needs a file name");
  return {
    port: typeof values.port === "string" ? toPort(values.port) : 9229,
    host,
    help: values.help === true,
    ...(seed === undefined ? {} : { seed }),
    ...(code === undefined ? {} : { code }),
  };
}

/** True for loopback addresses and `localhost`. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, "").toLowerCase();
  return bare === "localhost" || bare === "::1" || /^127(?:\.\d{1,3}){3}$/.test(bare);
}
