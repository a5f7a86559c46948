// `npm run check:package`, last step: the published package works in an app, as a user's
// TypeScript and Node see it. `scripts/consumer-types/` (an app and a Node test setup) is compiled in a
// temporary app directory whose node_modules link to this package (resolved by name through
// `exports`, so only `dist/` is read) and to its peers, with `skipLibCheck` off (every .d.ts we
// ship is checked), `exactOptionalPropertyTypes` on, for `moduleResolution` bundler and node16,
// by TypeScript 5.0 (the oldest we support) and by the project's own TypeScript; then loads every
// entry in Node through `import` and `require` (scripts/consumer-types/load-entries.mjs).
// TypeScript 5.0 is installed on first use into node_modules/.cache (not a devDependency: a second
// `typescript` package would take over the `tsc` command of node_modules/.bin).
// Needs `npm run build` first. Exit code 1 on any type error.
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(root, "package.json"));
/** What the fixture imports besides this package: the peers and the types an app installs. */
const LINKED = [
  "react",
  "react-dom",
  "react-hook-form",
  "@simplewebauthn/browser",
  "@aws-sdk/client-cognito-identity-provider",
  "@types/react",
  "@types/react-dom",
  "@types/node",
];
const OLDEST = "5.0.4";
const RESOLUTIONS = [
  { module: "ESNext", moduleResolution: "bundler" },
  { module: "Node16", moduleResolution: "node16" },
];

if (!existsSync(join(root, "dist/index.d.ts"))) {
  console.error("check-consumer-types: run `npm run build` first");
  process.exit(1);
}

/** The `tsc` of TypeScript `OLDEST`, installed once into node_modules/.cache. */
function oldestTsc() {
  const prefix = join(root, "node_modules/.cache", `typescript-${OLDEST}`);
  const tsc = join(prefix, "node_modules/typescript/bin/tsc");
  if (!existsSync(tsc)) {
    const install = spawnSync(
      "npm",
      [
        "install",
        "--prefix",
        prefix,
        "--no-save",
        "--no-package-lock",
        "--no-audit",
        "--no-fund",
      ].concat(`typescript@${OLDEST}`),
      { encoding: "utf8", stdio: ["ignore", "ignore", "inherit"] },
    );
    if (install.status !== 0) throw new Error(`could not install typescript@${OLDEST}`);
  }
  return tsc;
}

const app = mkdtempSync(join(tmpdir(), "cc-consumer-"));
let failed = false;
try {
  cpSync(join(root, "scripts/consumer-types"), app, { recursive: true });
  writeFileSync(join(app, "package.json"), '{ "name": "consumer", "type": "module" }\n');
  for (const name of ["cognito-challenge-ui", ...LINKED]) {
    const target = name === "cognito-challenge-ui" ? root : join(root, "node_modules", name);
    mkdirSync(dirname(join(app, "node_modules", name)), { recursive: true });
    symlinkSync(target, join(app, "node_modules", name), "dir");
  }
  const compilers = [
    { tsc: oldestTsc(), version: OLDEST },
    {
      tsc: require.resolve("typescript/bin/tsc"),
      version: require("typescript/package.json").version,
    },
  ];
  for (const { tsc, version } of compilers) {
    for (const resolution of RESOLUTIONS) {
      const compilerOptions = {
        ...resolution,
        target: "ES2022",
        lib: ["ES2022", "DOM", "DOM.Iterable"],
        jsx: "react-jsx",
        strict: true,
        exactOptionalPropertyTypes: true,
        skipLibCheck: false,
        noEmit: true,
        types: ["node"],
      };
      writeFileSync(
        join(app, "tsconfig.json"),
        JSON.stringify({ compilerOptions, files: ["app.tsx", "server.ts"] }),
      );
      const run = spawnSync(process.execPath, [tsc, "-p", app], { encoding: "utf8" });
      const ok = run.status === 0;
      failed ||= !ok;
      console.log(
        `consumer types, TypeScript ${version}, ${resolution.moduleResolution}: ${ok ? "ok" : "FAILED"}`,
      );
      if (!ok) console.log(run.stdout, run.stderr);
    }
  }
  // The same app at run time, in Node: every entry loads through `import` and through `require`
  // (no browser global touched at load), and both give the same exports.
  const load = spawnSync(process.execPath, ["load-entries.mjs"], { cwd: app, encoding: "utf8" });
  process.stdout.write(load.stdout);
  if (load.status !== 0) {
    failed = true;
    console.log(`consumer runtime: FAILED\n${load.stderr}`);
  }
} finally {
  rmSync(app, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
