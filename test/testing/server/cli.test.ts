// @vitest-environment node
import { type ChildProcessByStdio, spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callWire } from "./support/wire";

// The `cognito-challenge-emulator` command: run from source through tsx's loader (`node --import
// tsx`: one process, so signals reach the command itself rather than tsx's relay, which gives up
// after 30 ms on a busy machine), and bundled into one ESM file for Node as the published bin is
// (built here with esbuild, so the test needs no `npm run build`; it also starts much faster).

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const CLI = join(ROOT, "src/testing/server/cli.ts");
const QUIZ_SEED = fileURLToPath(new URL("./fixtures/quiz-seed.json", import.meta.url));

interface Run {
  readonly child: ChildProcessByStdio<null, Readable, Readable>;
  readonly firstLine: Promise<string>;
  readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stdout(): string;
  stderr(): string;
}

const running: Run[] = [];

/** Runs the command from source with tsx's loader, or (`bundled`) the bundled file. */
function runCli(args: readonly string[], runner: "source" | "bundled" = "bundled"): Run {
  const entry = runner === "source" ? ["--import", "tsx", CLI] : [bundled];
  const child = spawn(process.execPath, [...entry, ...args], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8");
  child.stderr.setEncoding("utf8");
  const firstLine = new Promise<string>((resolve, reject) => {
    child.stdout.on("data", (chunk: string) => {
      stdout += chunk;
      if (stdout.includes("\n")) resolve(stdout.slice(0, stdout.indexOf("\n")));
    });
    child.once("exit", () => reject(new Error(`exited before printing a line: ${stderr}`)));
  });
  firstLine.catch(() => undefined);
  child.stderr.on("data", (chunk: string) => {
    stderr += chunk;
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once("exit", (code, signal) => resolve({ code, signal }));
  });
  const run = { child, firstLine, exit, stdout: () => stdout, stderr: () => stderr };
  running.push(run);
  return run;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

let scratch: string;
let bundled: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "cc-emulator-cli-"));
  bundled = join(scratch, "emulator-cli.mjs");
  await build({
    entryPoints: [CLI],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    outfile: bundled,
    logLevel: "silent",
    // Bundled CommonJS dependencies may call require() for Node built-ins.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
}, 60_000);

afterAll(async () => {
  for (const run of running) if (run.child.exitCode === null) run.child.kill("SIGKILL");
  await rm(scratch, { recursive: true, force: true });
});

describe("cognito-challenge-emulator", { timeout: 30_000 }, () => {
  it("prints its address as the first line, serves the demo pool and exits 0 on SIGTERM", {
    timeout: 60_000,
  }, async () => {
    const port = await freePort();
    const run = runCli(["--port", String(port)], "source");
    expect(await run.firstLine).toBe(
      `cognito-challenge-emulator listening on http://127.0.0.1:${port}`,
    );
    const url = `http://127.0.0.1:${port}`;
    const signIn = await callWire(url, "InitiateAuth", {
      AuthFlow: "USER_PASSWORD_AUTH",
      ClientId: "demowebclient0000000000001",
      AuthParameters: { USERNAME: "passwordless-email@example.com", PASSWORD: "Passw0rd!" },
    });
    expect(signIn.status).toBe(200);
    expect(signIn.body).toMatchObject({ AuthenticationResult: { TokenType: "Bearer" } });
    await expect.poll(() => run.stdout()).toContain("sms@example.com");
    run.child.kill("SIGTERM");
    expect(await run.exit).toEqual({ code: 0, signal: null });
    await expect(fetch(`${url}/_emulator/health`)).rejects.toThrow(TypeError);
  });

  it("serves a seed file whose custom-auth triggers are a module next to it; exits 0 on SIGINT", async () => {
    const run = runCli(["--port", "0", "--seed", QUIZ_SEED, "--code", "777777"]);
    const first = await run.firstLine;
    expect(first).toMatch(/^cognito-challenge-emulator listening on http:\/\/127\.0\.0\.1:\d+$/);
    const url = first.slice(first.indexOf("http://"));
    const challenge = await callWire(url, "InitiateAuth", {
      AuthFlow: "CUSTOM_AUTH",
      ClientId: "quizclient0000000000000001",
      AuthParameters: { USERNAME: "quizzer" },
    });
    expect(challenge.body).toMatchObject({
      ChallengeName: "CUSTOM_CHALLENGE",
      ChallengeParameters: { question: "What is 6 x 7?" },
    });
    const answered = await callWire(url, "RespondToAuthChallenge", {
      ClientId: "quizclient0000000000000001",
      ChallengeName: "CUSTOM_CHALLENGE",
      Session: (challenge.body as { Session: string }).Session,
      ChallengeResponses: { USERNAME: "quizzer", ANSWER: "42" },
    });
    expect(answered.body).toMatchObject({ AuthenticationResult: { TokenType: "Bearer" } });
    await expect.poll(() => run.stdout()).toContain("quizzer");
    run.child.kill("SIGINT");
    expect(await run.exit).toEqual({ code: 0, signal: null });
  });

  it("prints its usage with --help", async () => {
    const run = runCli(["--help"]);
    expect(await run.exit).toEqual({ code: 0, signal: null });
    expect(run.stdout()).toMatch(/^Usage: cognito-challenge-emulator/);
    expect(run.stdout()).toContain("--seed <file>");
  });

  describe("fails with one clear line", () => {
    async function expectOneLineFailure(run: Run, code: number, pattern: RegExp): Promise<void> {
      expect((await run.exit).code).toBe(code);
      expect(run.stdout()).toBe("");
      const lines = run.stderr().trimEnd().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^cognito-challenge-emulator: /);
      expect(lines[0]).toMatch(pattern);
    }

    it("on a bad flag or value", async () => {
      await Promise.all([
        expectOneLineFailure(runCli(["--prot", "9330"]), 2, /--prot/),
        expectOneLineFailure(
          runCli(["--port", "70000"]),
          2,
          /--port must be a number from 0 to 65535/,
        ),
        expectOneLineFailure(runCli(["--code", "12ab"]), 2, /--code must be 4 to 8 digits/),
      ]);
    });

    it("on an unreadable, invalid or rejected seed file", async () => {
      const broken = join(scratch, "broken.json");
      await writeFile(broken, '{ "pools": [ { "PoolName": ');
      const rejected = join(scratch, "rejected.json");
      await writeFile(
        rejected,
        JSON.stringify({ pools: [{ Id: "not a pool id", PoolName: "x" }] }),
      );
      const noTriggers = join(scratch, "no-triggers.json");
      await writeFile(
        noTriggers,
        JSON.stringify({ pools: [{ PoolName: "x", Triggers: "./missing.mjs" }] }),
      );
      await Promise.all([
        expectOneLineFailure(
          runCli(["--seed", join(scratch, "absent.json")]),
          1,
          /cannot read seed file .*ENOENT/,
        ),
        expectOneLineFailure(runCli(["--seed", broken]), 1, /broken\.json is not valid JSON/),
        expectOneLineFailure(
          runCli(["--seed", rejected]),
          1,
          /rejected\.json: Invalid user pool id/,
        ),
        expectOneLineFailure(
          runCli(["--seed", noTriggers]),
          1,
          /cannot load trigger module \.\/missing\.mjs/,
        ),
      ]);
    });

    it("on a busy port", async () => {
      const blocker = createServer();
      await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
      const address = blocker.address();
      const port = address !== null && typeof address !== "string" ? address.port : 0;
      try {
        await expectOneLineFailure(
          runCli(["--port", String(port)]),
          1,
          new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use`),
        );
      } finally {
        await new Promise<void>((resolve) => blocker.close(() => resolve()));
      }
    });
  });
});
