/**
 * Every warning esbuild prints when an app bundles one of the package's public entries from the
 * built `dist/` (ESM and CommonJS), as an app's build would show it. The warnings an app sees are
 * part of what we ship: a barrel that once defined a value next to its re-exports was emitted with
 * bare `import "./x.js"` lines, and esbuild warned about each one in every app's build.
 */
import { join } from "node:path";
import { build, formatMessages, type Message } from "esbuild";

/** The JavaScript entries of `exports`, by file; peers and Node built-ins stay external. */
const ENTRIES: readonly { file: string; platform: "browser" | "node" }[] = [
  { file: "index", platform: "browser" },
  { file: "core", platform: "browser" },
  { file: "core-sdk", platform: "browser" },
  { file: "locales", platform: "browser" },
  { file: "testing", platform: "browser" },
  { file: "testing-server", platform: "node" },
];

/** The formatted warnings (and errors) of bundling each entry; empty when there are none. */
export async function distBuildWarnings(root: string): Promise<string[]> {
  const printed: string[] = [];
  for (const { file, platform } of ENTRIES) {
    for (const extension of ["js", "cjs"]) {
      const entry = join(root, "dist", `${file}.${extension}`);
      const result = await build({
        entryPoints: [entry],
        absWorkingDir: root,
        bundle: true,
        write: false,
        platform,
        format: "esm",
        logLevel: "silent",
        packages: "external",
      }).catch((error: { errors?: Message[]; warnings?: Message[] }) => ({
        errors: error.errors ?? [],
        warnings: error.warnings ?? [],
      }));
      const messages = [...result.errors, ...result.warnings];
      if (messages.length > 0) {
        const text = await formatMessages(messages, { kind: "warning", color: false });
        printed.push(`dist/${file}.${extension}:`, ...text);
      }
    }
  }
  return printed;
}
