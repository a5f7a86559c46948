// @vitest-environment node
/**
 * Proof that the accessibility gate of the `storybook` project is real: a story with an
 * accessibility violation fails the run. Vitest is run as a child process on a throw-away
 * Storybook whose preview *is* `.storybook/preview.tsx` (so its `a11y: { test: "error" }` is what
 * is tested) and whose main config is `.storybook/main.ts` with a different stories glob. Two
 * stories: a named button (must pass, so the setup itself works) and an unnamed one (must fail
 * with axe's `button-name` rule).
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

interface JsonAssertion {
  readonly title: string;
  readonly status: string;
  readonly failureMessages: readonly string[];
}
interface JsonReport {
  readonly success: boolean;
  readonly numFailedTests: number;
  readonly numPassedTests: number;
  readonly testResults: readonly { readonly assertionResults: readonly JsonAssertion[] }[];
}

const files = (repo: string): Record<string, string> => ({
  ".storybook/main.ts": `import base from ${JSON.stringify(`${repo}/.storybook/main.ts`)};
export default { ...base, stories: ["../gate.stories.tsx"] };
`,
  ".storybook/preview.tsx": `export { default } from ${JSON.stringify(`${repo}/.storybook/preview.tsx`)};
`,
  "gate.stories.tsx": `import type { Meta, StoryObj } from "@storybook/react-vite";
const meta = { title: "Gate/Buttons" } satisfies Meta;
export default meta;
export const NamedButton: StoryObj = { render: () => <button type="button">Send the code</button> };
export const UnnamedButton: StoryObj = { render: () => <button type="button" /> };
`,
  "vitest.config.ts": `import path from "node:path";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import react from "@vitejs/plugin-react";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";
import { chromiumArgs, chromiumPath } from ${JSON.stringify(`${repo}/scripts/chromium.mjs`)};
export default defineConfig({
  cacheDir: path.join(import.meta.dirname, ".vite"),
  plugins: [react(), storybookTest({ configDir: path.join(import.meta.dirname, ".storybook") })],
  test: {
    name: "a11y-gate",
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: chromiumArgs } }),
      instances: [{ browser: "chromium" }],
    },
  },
});
`,
});

function runVitest(cwd: string, report: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.join(root, "node_modules/vitest/vitest.mjs"),
        "run",
        "--config",
        path.join(cwd, "vitest.config.ts"),
        "--reporter=json",
        `--outputFile=${report}`,
      ],
      { cwd, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, CI: "1" } },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

describe("the storybook project's accessibility gate", () => {
  let dir = "";
  let code: number | null = null;
  let output = "";
  let report: JsonReport | undefined;

  beforeAll(async () => {
    // Inside the repository, so the story and config resolve react, storybook and vitest from
    // its node_modules.
    dir = mkdtempSync(path.join(root, ".a11y-gate-"));
    for (const [file, text] of Object.entries(files(root))) {
      const target = path.join(dir, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
    const reportFile = path.join(dir, "report.json");
    ({ code, output } = await runVitest(dir, reportFile));
    try {
      report = JSON.parse(readFileSync(reportFile, "utf8")) as JsonReport;
    } catch {
      report = undefined;
    }
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const assertion = (title: string): JsonAssertion | undefined =>
    report?.testResults.flatMap((file) => file.assertionResults).find((a) => a.title === title);

  it("passes a story whose button has a name (the setup itself works)", () => {
    expect(report, output.slice(-4000)).toBeDefined();
    expect(assertion("Named Button")?.status).toBe("passed");
  });

  it("fails a story with an unnamed button, naming axe's button-name rule", () => {
    const unnamed = assertion("Unnamed Button");
    expect(unnamed?.status, output.slice(-4000)).toBe("failed");
    expect(unnamed?.failureMessages.join("\n")).toMatch(/button-name/);
  });

  it("makes the whole run fail (exit code 1)", () => {
    expect(code).toBe(1);
    expect(report?.success).toBe(false);
    expect(report?.numFailedTests).toBe(1);
    expect(report?.numPassedTests).toBe(1);
  });
});
