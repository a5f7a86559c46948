import type { TestProject } from "vitest/node";
import { serveStatic } from "../../scripts/serve-static.mjs";
import { ensureStorybookStatic, storybookStaticDir } from "../../scripts/storybook-static.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the built Storybook is served, e.g. `http://127.0.0.1:41234`. */
    storybookUrl: string;
  }
}

/**
 * Once per run of the e2e project: build storybook-static when it is missing or stale (a clean
 * clone has none), then serve it on 127.0.0.1 at a free port for every e2e test file.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const build = await ensureStorybookStatic({ log: (line) => console.log(`[e2e] ${line}`) });
  if (build.built) console.log(`[e2e] storybook-static built in ${build.seconds.toFixed(1)} s`);
  const server = await serveStatic(storybookStaticDir);
  project.provide("storybookUrl", server.url);
  return () => server.close();
}
