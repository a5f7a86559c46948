// Run by scripts/check-consumer-types.mjs inside the temporary app: loads every public entry of
// the package as ESM and as CommonJS and compares their exports. Exit code 1 on any difference.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const ENTRIES = ["", "/core", "/core/sdk", "/locales", "/testing", "/testing/server"].map(
  (path) => `cognito-challenge-ui${path}`,
);
let failed = false;
for (const entry of ENTRIES) {
  const esm = Object.keys(await import(entry)).sort();
  const cjs = Object.keys(require(entry))
    .filter((name) => name !== "__esModule")
    .sort();
  const same = esm.length > 0 && esm.join() === cjs.join();
  failed ||= !same;
  console.log(
    `consumer runtime, ${entry}: ${esm.length} ESM exports, ${cjs.length} CJS: ${same ? "ok" : "DIFFERENT"}`,
  );
}
process.exitCode = failed ? 1 : 0;
