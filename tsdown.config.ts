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
    platform: "neutral",
    target: "es2022",
    // oxc isolated-declarations emit: fast, needs no TypeScript API, and fails the build if an
    // exported function in src/ lacks an explicit return type.
    dts: { oxc: true },
    sourcemap: false,
    clean: true,
    // Node built-ins only appear in the testing/server entry.
    external: [/^node:/],
    copy: [{ from: "src/styles.css", to: "dist" }],
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
    external: [/^node:/],
  },
]);
