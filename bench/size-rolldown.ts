/**
 * The size app built as Vite 8 builds an app for production: Rolldown, consuming the published
 * shape of the package (the built `dist/`, resolved through `package.json` `exports` from an app
 * directory whose `node_modules/cognito-challenge-ui` links to this package).
 *
 * esbuild (the other figure of `bench:size`) keeps every file an app's imports re-export in the
 * first download once code splitting is on, used or not; Rolldown, like Rollup and webpack, leaves
 * a module that is only loaded on demand in its lazy chunk. This is the figure most apps see, and
 * the one that proves `dist/` keeps the on-demand modules apart (a bundled `dist/` once put every
 * screen and the flow in the app's first chunk).
 */
import { copyFileSync, existsSync, mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { type OutputChunk, rolldown } from "rolldown";
import { type ChunkRow, sortRows, staticallyLoaded } from "./size-rows";

/**
 * An app directory in `work` holding a copy of `appFile` (a `.tsx` file of `root`), whose
 * `node_modules/cognito-challenge-ui` links to `root`: the package resolves through its
 * `exports` to the built `dist/`, as it would from npm.
 */
export function prepareDistApp(
  root: string,
  appFile: string,
  work: string,
  name: string,
): { appDir: string; input: string } {
  if (!existsSync(join(root, "dist/index.js"))) {
    throw new Error("bench:size needs dist/: run `npm run build` first");
  }
  const appDir = join(work, name);
  mkdirSync(join(appDir, "node_modules"), { recursive: true });
  symlinkSync(root, join(appDir, "node_modules/cognito-challenge-ui"), "dir");
  const input = join(appDir, "app.tsx");
  copyFileSync(join(root, appFile), input);
  return { appDir, input };
}

/** Builds `appFile` (a `.tsx` file of `root`) in `work`; React and react-dom external. */
export async function bundleDistWithRolldown(
  root: string,
  appFile: string,
  work: string,
  external: readonly string[],
): Promise<ChunkRow[]> {
  const { appDir, input } = prepareDistApp(root, appFile, work, "rolldown-app");
  const bundle = await rolldown({
    input,
    cwd: appDir,
    external: (id) => external.includes(id),
    transform: { jsx: "react-jsx", define: { "process.env.NODE_ENV": '"production"' } },
    logLevel: "silent",
  });
  try {
    const { output } = await bundle.write({
      dir: join(appDir, "out"),
      format: "esm",
      minify: true,
    });
    const chunks = output.filter((item): item is OutputChunk => item.type === "chunk");
    const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
    const entries = chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName);
    const initial = staticallyLoaded(entries, (name) => byName.get(name)?.imports ?? []);
    return sortRows(
      chunks.map((chunk) => ({
        file: chunk.fileName,
        kind: initial.has(chunk.fileName) ? "initial" : "lazy",
        minified: Buffer.byteLength(chunk.code),
        gzip: gzipSync(chunk.code, { level: 9 }).length,
      })),
    );
  } finally {
    await bundle.close();
  }
}
