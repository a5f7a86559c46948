// Builds storybook-static/ when it is missing or older than its sources, for the end-to-end tests
// and the screenshot script. The build goes to a fresh folder that replaces the old one only when
// it succeeded, so a reader never sees half a build, and two builders cannot mix their files.
import { spawn } from "node:child_process";
import {
  existsSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const storybookStaticDir = path.join(root, "storybook-static");
const stampFile = path.join(storybookStaticDir, ".built-from-sources");
/** What the built Storybook is made of: a change to any of these makes it stale. */
const sources = [
  "src",
  "stories",
  ".storybook",
  "test/fixtures/cognito",
  "package.json",
  "package-lock.json",
];

function newestMtime(target) {
  let stat;
  try {
    stat = statSync(target);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (entry === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/** Why storybook-static must be (re)built, or undefined when it is up to date. */
export function staleReason() {
  if (!existsSync(path.join(storybookStaticDir, "iframe.html")))
    return "storybook-static is missing";
  if (!existsSync(stampFile)) return "storybook-static was not built by this script";
  const built = statSync(stampFile).mtimeMs;
  const changed = sources.find((source) => newestMtime(path.join(root, source)) > built);
  return changed ? `${changed} changed since the last build` : undefined;
}

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
      // Plain text: the output only matters when a build fails, and then it is printed.
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(output);
      else
        reject(
          new Error(`${command} ${args.join(" ")} exited with ${code}:\n${output.slice(-6000)}`),
        );
    });
  });
}

/**
 * Makes sure storybook-static/ matches the sources. Resolves with `{ built, reason, seconds }`.
 * `log` receives one line when a build starts.
 */
export async function ensureStorybookStatic({ force = false, log = console.log } = {}) {
  const reason = force ? "a rebuild was asked for" : staleReason();
  if (!reason) return { built: false, reason: "up to date", seconds: 0 };
  log(`Building storybook-static (${reason})…`);
  const started = Date.now();
  const out = `${storybookStaticDir}.tmp-${process.pid}`;
  rmSync(out, { recursive: true, force: true });
  const bin = path.join(root, "node_modules", ".bin", "storybook");
  try {
    await run(bin, ["build", "--quiet", "--disable-telemetry", "--output-dir", out]);
    // The stamp carries the start time: a source saved during the build still counts as newer.
    const stamp = path.join(out, ".built-from-sources");
    writeFileSync(stamp, `${new Date(started).toISOString()}\n`);
    utimesSync(stamp, started / 1000, started / 1000);
    rmSync(storybookStaticDir, { recursive: true, force: true });
    renameSync(out, storybookStaticDir);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  return { built: true, reason, seconds: (Date.now() - started) / 1000 };
}
