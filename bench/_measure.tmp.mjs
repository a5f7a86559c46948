import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";

const entry = process.argv[2] ?? "export * from '/work/main/dist/core.js'";
const r = await esbuild.build({
  stdin: { contents: entry, resolveDir: "/work/main", loader: "js" },
  bundle: true,
  minify: true,
  format: "esm",
  write: false,
  metafile: true,
  external: ["@simplewebauthn/browser", "react", "@aws-sdk/*"],
  platform: "browser",
  treeShaking: true,
});
const out = r.outputFiles[0].contents;
console.log("total min", out.length, "gzip", gzipSync(out, { level: 9 }).length);
const o = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(o.inputs)
  .map(([k, v]) => [v.bytesInOutput, k])
  .sort((a, b) => b[0] - a[0]);
for (const [b, k] of rows)
  if (b > 0) console.log(String(b).padStart(6), k.replace("/work/main/", ""));

import { writeFileSync } from "node:fs";

writeFileSync("/tmp/core.min.js", out);
