import { copyFileSync, existsSync, mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";

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
