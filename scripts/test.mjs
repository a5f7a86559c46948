#!/usr/bin/env node
// `npm test`: make sure a Chromium exists (never downloading one of its own), then run every
// Vitest project. Vitest's closing line, printed by test/summary-reporter.ts, is the last line:
// "vitest: N passed, N failed, N skipped".
import { spawnSync } from "node:child_process";
import { findChromium } from "./chromium.mjs";

function canInstallWithApt() {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  return isRoot && spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
}

let browser = findChromium();
if (!browser && canInstallWithApt()) {
  console.log("No Chromium found: installing Debian's chromium with apt-get (once per machine).");
  const install = spawnSync(
    "sh",
    ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium"],
    { stdio: "inherit" },
  );
  if (install.status === 0) browser = findChromium();
}
if (!browser) {
  console.error(
    "No Chromium found: install one (Debian: sudo apt-get install chromium) or set CHROME_PATH to a Chromium or Chrome binary.",
  );
  process.exit(1);
}

const result = spawnSync("npx", ["vitest", "run", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, CHROME_PATH: browser },
});
process.exit(result.status ?? 1);
