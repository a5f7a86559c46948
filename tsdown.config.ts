import { defineConfig } from "tsdown";

export default defineConfig([
  {
    // The library: one bundle per public entry, ESM + CJS + .d.ts/.d.cts.
    entry: {
      index: "src/index.ts",
      core: "src/core/index.ts",
      "core-sdk": "src/core/transport/sdk-transport.ts",
      locales: "src/locales.ts",
      testing: "src/testing/index.ts",
      "testing-server": "src/testing/server/index.ts",
    },
    format: ["esm", "cjs"],
    // One file per source module, as in src/. Bundled chunks mixed modules that are imported
    // statically by the barrels (index.js re-exports every screen) with the ones loaded on demand,
    // and an app's bundler (Rolldown in Vite 8) then put every "lazy" screen and the flow in the
    // app's first chunk. Module by module, the dynamic imports stay dynamic in the app.
    unbundle: true,
    platform: "neutral",
    target: "es2022",
    // oxc isolated-declarations emit: fast, needs no TypeScript API, and fails the build if an
    // exported function in src/ lacks an explicit return type.
    dts: { oxc: true },
    sourcemap: false,
    clean: true,
    // Node built-ins only appear in the testing/server entry.
    deps: { neverBundle: [/^node:/] },
    copy: [
      { from: "src/styles.css", to: "dist" },
      { from: "src/styles.d.css.ts", to: "dist" },
    ],
  },
  {
    // The emulator command: ESM only, run by Node.
    entry: { "emulator-cli": "src/testing/server/cli.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    dts: false,
    sourcemap: false,
    clean: false,
    deps: { neverBundle: [/^node:/] },
  },
]);
