import path from "node:path";
import { fileURLToPath } from "node:url";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import react from "@vitejs/plugin-react";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";
import { chromiumArgs, chromiumPath } from "./scripts/chromium.mjs";

const dirname = path.dirname(fileURLToPath(import.meta.url));

// Debian's Chromium (scripts/test.mjs finds or installs it). Playwright never downloads a browser
// here, and adds a fresh temporary --user-data-dir itself (passing one in args is rejected).
const chromium = playwright({
  launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
});

// A function, not a shared object: Vitest writes the project name into each instance.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: chromium,
  instances: [{ browser: "chromium" as const }],
});

export default defineConfig({
  plugins: [react()],
  test: {
    // "default" keeps Vitest's own summary; the second prints the closing
    // "vitest: N passed, N failed, N skipped" line.
    reporters: ["default", "./test/summary-reporter.ts"],
    // Two cores: keep worker counts modest so browser and HTTP tests do not starve each other.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          // happy-dom by default; core, testing and server tests opt into Node with
          // `// @vitest-environment node` at the top of the file.
          environment: "happy-dom",
          include: ["test/**/*.test.{ts,tsx}"],
          exclude: ["test/**/*.browser.test.{ts,tsx}", "test/e2e/**", "test/storybook/**"],
          setupFiles: ["test/setup.ts", "test/console-guard.ts"],
          typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "tsconfig.json" },
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["test/**/*.browser.test.{ts,tsx}"],
          setupFiles: ["test/setup.ts"],
          browser: browser(),
        },
      },
      {
        // Every story is a test: its play function runs in Chromium and axe must find nothing.
        extends: true,
        plugins: [storybookTest({ configDir: path.join(dirname, ".storybook") })],
        test: { name: "storybook", browser: browser(), setupFiles: ["test/console-guard.ts"] },
      },
      {
        // Node drives Debian's Chromium with playwright-core: keyboard-only flows and passkeys
        // against the built storybook-static (global setup builds it when missing or stale and
        // serves it on 127.0.0.1), plus the proof that an accessibility violation fails a story.
        extends: true,
        test: {
          name: "e2e",
          environment: "node",
          include: ["test/e2e/**/*.e2e.test.ts", "test/storybook/**/*.test.ts"],
          globalSetup: ["test/e2e/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
