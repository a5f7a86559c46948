// @vitest-environment node
// `cognito-challenge-ui/testing` must run in a browser page: no Node built-ins, no Buffer, no
// process in src/testing outside server/ (the browser test runs it in Chromium as well).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "../../src/testing");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "server" ? [] : sources(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

describe("src/testing is isomorphic", () => {
  const files = sources(root);

  it("has sources to check", () => {
    expect(files.length).toBeGreaterThan(30);
  });

  for (const pattern of [
    /from\s+["']node:/,
    /require\(/,
    /\bBuffer\b/,
    /(?<![-\w])process\.(env|argv|exit|cwd|platform|version|versions|nextTick|stdout|stderr|on)\b/,
    /from\s+["'](fs|path|crypto|http|os)["']/,
  ]) {
    it(`no file matches ${pattern}`, () => {
      const offenders = files
        .filter((file) => pattern.test(readFileSync(file, "utf8")))
        .map((file) => relative(root, file));
      expect(offenders).toEqual([]);
    });
  }

  it("imports only core, otpauth and @simplewebauthn/server from outside", () => {
    const external = new Set<string>();
    for (const file of files) {
      for (const match of readFileSync(file, "utf8").matchAll(/from\s+"([^"]+)"/g)) {
        const spec = match[1] ?? "";
        if (
          spec.startsWith("../../core/") ||
          spec.startsWith("../core/") ||
          spec.startsWith("./") ||
          spec.startsWith("../")
        ) {
          if (spec.includes("/components/") || spec.includes("/headless/")) external.add(spec);
          continue;
        }
        external.add(spec);
      }
    }
    expect([...external].sort()).toEqual(["@simplewebauthn/server", "otpauth"]);
  });
});
