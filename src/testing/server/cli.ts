#!/usr/bin/env node
// The `cognito-challenge-emulator` command: the emulated user pool over HTTP on this machine.
import { createDemoEmulator, createEmulator, DEMO_USERS, type Emulator } from "../index";
import { CliUsageError, isLoopbackHost, parseCliOptions, USAGE } from "./cli-options";
import { createEmulatorServer, type EmulatorServer } from "./emulator-server";
import { loadSeedFile, SeedFileError } from "./seed-file";
import { formatDemoUsers, formatSeededPools } from "./user-table";

const NAME = "cognito-challenge-emulator";

function fail(message: string, exitCode: number): never {
  process.stderr.write(`${NAME}: ${message}\n`);
  process.exit(exitCode);
}

function listenFailure(error: unknown, host: string, port: number): string {
  const code = (error as { code?: unknown }).code;
  if (code === "EADDRINUSE") return `port ${port} on ${host} is already in use`;
  if (code === "EACCES") return `no permission to listen on port ${port}`;
  if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND" || code === "EAI_AGAIN") {
    return `cannot listen on host ${host} (${code})`;
  }
  const text = error instanceof Error ? error.message : String(error);
  return `cannot start: ${text.split("\n")[0] ?? ""}`;
}

async function createPool(
  seedFile: string | undefined,
  code: string | undefined,
): Promise<{ emulator: Emulator; describe: (url: string) => string[] }> {
  const options = code === undefined ? {} : { code };
  if (seedFile === undefined) {
    const { emulator } = await createDemoEmulator(options);
    return { emulator, describe: (url) => formatDemoUsers(DEMO_USERS, url) };
  }
  const seed = await loadSeedFile(seedFile);
  const emulator = createEmulator(options);
  try {
    const result = await emulator.seed(seed);
    return { emulator, describe: (url) => formatSeededPools(seed, result, url) };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    throw new SeedFileError(`${seedFile}: ${text.split("\n")[0] ?? ""}`);
  }
}

function closeOnSignals(server: EmulatorServer): void {
  let stopping = false;
  const stop = (): void => {
    if (stopping) process.exit(0);
    stopping = true;
    server.close().then(
      () => process.exit(0),
      () => process.exit(0),
    );
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

async function main(argv: readonly string[]): Promise<void> {
  let options: ReturnType<typeof parseCliOptions>;
  try {
    options = parseCliOptions(argv);
  } catch (error) {
    if (error instanceof CliUsageError) fail(`${error.message} (see --help)`, 2);
    throw error;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  let pool: Awaited<ReturnType<typeof createPool>>;
  try {
    pool = await createPool(options.seed, options.code);
  } catch (error) {
    if (error instanceof SeedFileError) fail(error.message, 1);
    throw error;
  }
  let server: EmulatorServer;
  try {
    server = await createEmulatorServer({
      emulator: pool.emulator,
      host: options.host,
      port: options.port,
    });
  } catch (error) {
    fail(listenFailure(error, options.host, options.port), 1);
  }
  closeOnSignals(server);
  // The first line is a contract: scripts wait for it and read the URL from it.
  process.stdout.write(`${NAME} listening on ${server.url}\n`);
  if (!isLoopbackHost(options.host)) {
    process.stderr.write(
      `${NAME}: warning: listening on ${options.host}, not loopback: anyone who can reach this machine can use the emulated pool and its control endpoints.\n`,
    );
  }
  process.stdout.write(`${pool.describe(server.url).join("\n")}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const text = error instanceof Error ? error.message : String(error);
  fail(text.split("\n")[0] ?? "unexpected error", 1);
});
