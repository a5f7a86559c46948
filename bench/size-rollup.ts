/**
 * The size app built as Vite 5 to 7 build an app for production: Rollup 4 with node-resolve, from
 * the built `dist/` (resolved through `package.json` `exports`, `prepareDistApp`). The TSX app is
 * compiled and every chunk minified with esbuild, as Vite does.
 *
 * Rollup, like Rolldown, leaves a module that is only loaded on demand (a screen, the flow) in a
 * lazy chunk; `bench:size` fails if this build puts one in the first download. Rollup warns about
 * each module-level `"use client"` it drops; Vite silences that warning, so does this build.
 * Any other warning is returned for `bench:size` to print and fail on.
 */
import { join } from "node:path";
import nodeResolve from "@rollup/plugin-node-resolve";
import { transform } from "esbuild";
import { type OutputChunk, rollup } from "rollup";
import { prepareDistApp } from "./size-dist-app";
import { type ChunkRow, rowsOfChunks } from "./size-rows";

export async function bundleDistWithRollup(
  root: string,
  appFile: string,
  work: string,
  external: readonly string[],
): Promise<{ rows: ChunkRow[]; warnings: string[] }> {
  const { appDir, input } = prepareDistApp(root, appFile, work, "rollup-app");
  const warnings: string[] = [];
  const bundle = await rollup({
    input,
    external: (id) => external.includes(id),
    onwarn: (warning) => {
      if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warnings.push(warning.message);
    },
    plugins: [
      nodeResolve({ browser: true, extensions: [".mjs", ".js", ".tsx", ".ts"] }),
      {
        name: "esbuild-tsx",
        // esbuild's `map` is "" without `sourcemap`; Rollup would parse it, so hand back the code.
        transform: async (code, id) =>
          id.endsWith(".tsx")
            ? {
                code: (await transform(code, { loader: "tsx", jsx: "automatic", sourcefile: id }))
                  .code,
              }
            : null,
        renderChunk: async (code) => ({
          code: (await transform(code, { minify: true, format: "esm" })).code,
        }),
      },
      {
        name: "production",
        transform: (code) =>
          code.includes("process.env.NODE_ENV")
            ? code.replaceAll("process.env.NODE_ENV", '"production"')
            : null,
      },
    ],
  });
  try {
    const { output } = await bundle.write({ dir: join(appDir, "out"), format: "esm" });
    const chunks = output.filter((item): item is OutputChunk => item.type === "chunk");
    return { rows: rowsOfChunks(chunks), warnings };
  } finally {
    await bundle.close();
  }
}
