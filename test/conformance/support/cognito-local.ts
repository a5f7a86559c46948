import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A running cognito-local: its endpoint, and a stop() that waits for the process to end. */
export interface CognitoLocal {
  readonly url: string;
  stop(): Promise<void>;
}

// cognito-local's log is colourised (pino-pretty with colorize: true): strip the escape codes.
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");

/**
 * Starts cognito-local 5.3.0 as a child process on 127.0.0.1 and a random free port (PORT=0),
 * with its data and configuration in a fresh temporary directory (it keeps both in ./.cognito).
 */
export async function startCognitoLocal(): Promise<CognitoLocal> {
  const dir = await mkdtemp(join(tmpdir(), "cognito-local-"));
  // cognito-local's own default makes every new pool use email as the username; AWS's default
  // (and the emulator's) is none. Its config file takes arrays as given.
  await mkdir(join(dir, ".cognito"));
  await writeFile(
    join(dir, ".cognito", "config.json"),
    JSON.stringify({ UserPoolDefaults: { UsernameAttributes: [] } }),
  );
  const bin = createRequire(import.meta.url).resolve("cognito-local/lib/bin/start.js");
  const child: ChildProcess = spawn(process.execPath, [bin], {
    cwd: dir,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", NODE_NO_WARNINGS: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let log = "";
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      log += chunk.toString("utf8").replace(ANSI, "");
      const match = /Cognito Local running on (http:\/\/127\.0\.0\.1:\d+)/.exec(log);
      if (match?.[1]) resolve(match[1]);
    };
    // Keep draining both streams for the whole run, so a chatty log never blocks the child.
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) =>
      reject(new Error(`cognito-local exited (${code}) before listening:\n${log}`)),
    );
    setTimeout(() => reject(new Error(`cognito-local did not start:\n${log}`)), 30_000).unref();
  });
  return {
    url,
    async stop(): Promise<void> {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
