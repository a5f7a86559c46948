/**
 * The size app built by webpack 5 in production mode (Terser, its default splitChunks), as
 * Next.js and Create React App era setups build it, from the built `dist/` (resolved through
 * `package.json` `exports`, `prepareDistApp`). esbuild only strips the app's TSX first.
 *
 * Each chunk a dynamic `import("./on-demand-x.js")` starts is named `on-demand-x-<id>.js` in the
 * rows, so `bench:size` checks with the same rule as Rolldown's and Rollup's builds that none of
 * them reaches the first download. webpack's warnings are returned for `bench:size` to fail on.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { transform } from "esbuild";
import webpack from "webpack";
import { prepareDistApp } from "./size-dist-app";
import { type ChunkRow, sortRows } from "./size-rows";

export async function bundleDistWithWebpack(
  root: string,
  appFile: string,
  work: string,
  external: readonly string[],
): Promise<{ rows: ChunkRow[]; warnings: string[] }> {
  const { appDir, input } = prepareDistApp(root, appFile, work, "webpack-app");
  const entry = join(appDir, "app.js");
  const compiled = await transform(readFileSync(input, "utf8"), {
    loader: "tsx",
    jsx: "automatic",
  });
  writeFileSync(entry, compiled.code);
  const outDir = join(appDir, "out");
  const stats = await new Promise<webpack.Stats>((done, fail) => {
    webpack(
      {
        mode: "production",
        context: appDir,
        entry,
        target: ["web", "es2022"],
        output: { path: outDir, filename: "app.js", chunkFilename: "[id].js" },
        // React and react-dom external, as in the other builds (read from the page's globals).
        externals: Object.fromEntries(external.map((id) => [id, id])),
        externalsType: "global",
        performance: { hints: false },
      },
      (error, result) => (error || result === undefined ? fail(error) : done(result)),
    );
  });
  if (stats.hasErrors()) throw new Error(stats.toString("errors-only"));
  const json = stats.toJson({ all: false, chunks: true, chunkOrigins: true, warnings: true });
  const rows = (json.chunks ?? []).flatMap((chunk) =>
    (chunk.files ?? [])
      .filter((file) => file.endsWith(".js"))
      .map((file) => {
        const code = readFileSync(join(outDir, file));
        const onDemand = (chunk.origins ?? [])
          .map((origin) => /on-demand-([\w-]+)\.js$/.exec(origin.request ?? "")?.[1])
          .find((name) => name !== undefined);
        return {
          file: onDemand === undefined ? file : `on-demand-${onDemand}-${file}`,
          kind: chunk.initial ? "initial" : "lazy",
          minified: code.length,
          gzip: gzipSync(code, { level: 9 }).length,
        } as const;
      }),
  );
  const warnings = (json.warnings ?? []).map((warning) => warning.message);
  return { rows: sortRows(rows), warnings };
}
