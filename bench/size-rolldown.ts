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
import { join } from "node:path";
import { type OutputChunk, rolldown } from "rolldown";
import { prepareDistApp } from "./size-dist-app";
import { type ChunkRow, rowsOfChunks } from "./size-rows";

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
    return rowsOfChunks(output.filter((item): item is OutputChunk => item.type === "chunk"));
  } finally {
    await bundle.close();
  }
}
