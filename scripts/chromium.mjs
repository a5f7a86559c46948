// Where Chromium is and how to start it, shared by vitest.config.ts, the end-to-end tests and the
// screenshot script. Debian's package is the reference browser; nothing here downloads one.
import { existsSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";

/** Flags proven on these machines: no sandbox as root, no background connections to Google. */
export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function playwrightInstalled() {
  const cache =
    process.env.PLAYWRIGHT_BROWSERS_PATH ?? path.join(homedir(), ".cache", "ms-playwright");
  if (!existsSync(cache)) return undefined;
  for (const dir of readdirSync(cache)
    .filter((d) => d.startsWith("chromium-"))
    .sort()
    .reverse()) {
    for (const exe of ["chrome-linux64/chrome", "chrome-linux/chrome"]) {
      const candidate = path.join(cache, dir, exe);
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

/** CHROME_PATH, then /usr/bin/chromium, then a Playwright-installed Chromium; undefined if none. */
export function findChromium() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH))
    return process.env.CHROME_PATH;
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  return playwrightInstalled();
}

/** The browser to launch (falls back to Debian's path so errors name it). */
export function chromiumPath() {
  return findChromium() ?? "/usr/bin/chromium";
}
