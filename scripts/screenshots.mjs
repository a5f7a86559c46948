#!/usr/bin/env node
// `npm run screenshots`: each component's main state as a PNG in docs/images/, rendered by
// Debian's Chromium (playwright-core, never a downloaded browser) from the built Storybook.
// storybook-static/ is built first when missing or stale.
// usage: node scripts/screenshots.mjs [--only <file-name-part>] [--scale 2]
import { mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { chromiumArgs, chromiumPath } from "./chromium.mjs";
import { serveStatic } from "./serve-static.mjs";
import { ensureStorybookStatic, storybookStaticDir } from "./storybook-static.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(root, "docs", "images");

/**
 * One picture per component (its main state), plus the dark theme, right-to-left, an error, a
 * whole flow beside its "Phone and inbox" panel, and the override levels side by side.
 */
export const SHOTS = [
  { file: "otp-challenge.png", story: "components-otpchallenge--sms-otp" },
  { file: "otp-challenge-error.png", story: "components-otpchallenge--code-mismatch" },
  { file: "otp-challenge-dark.png", story: "components-otpchallenge--dark-theme" },
  { file: "otp-challenge-rtl.png", story: "components-otpchallenge--right-to-left" },
  { file: "password-challenge.png", story: "components-passwordchallenge--password" },
  {
    file: "new-password-challenge.png",
    story: "components-newpasswordchallenge--with-required-attributes",
  },
  { file: "mfa-select.png", story: "components-mfaselect--select-mfa-type" },
  { file: "select-challenge.png", story: "components-mfaselect--select-challenge" },
  { file: "mfa-setup-choice.png", story: "components-mfasetupchoice--choose-a-factor" },
  { file: "totp-setup.png", story: "components-totpsetup--scan-the-qr-code" },
  { file: "email-setup.png", story: "components-emailsetup--enter-an-email-address" },
  { file: "webauthn-challenge.png", story: "components-webauthnchallenge--ready" },
  { file: "webauthn-challenge-cancelled.png", story: "components-webauthnchallenge--cancelled" },
  { file: "custom-challenge.png", story: "components-customchallenge--question" },
  { file: "remember-device.png", story: "components-rememberdevice--pending" },
  { file: "sign-in-start.png", story: "components-signinstart--username-and-password" },
  { file: "session-countdown.png", story: "components-sessioncountdown--under-a-minute" },
  { file: "unknown-challenge.png", story: "components-challengerouter--unknown-challenge" },
  { file: "flow-sms-mfa.png", story: "flows-password-and-mfa--at-the-code-step", wide: true },
  { file: "overrides.png", story: "overrides-three-levels--side-by-side", wide: true },
];

/** Resolves once the story has rendered and its play function and checks have finished. */
async function storyFinished(page) {
  await page.waitForFunction(
    () => {
      const preview = globalThis.__STORYBOOK_PREVIEW__;
      const render = preview?.storyRenders?.at?.(-1);
      return ["finished", "completed", "errored", "aborted"].includes(render?.phase);
    },
    undefined,
    { timeout: 30_000 },
  );
  const phase = await page.evaluate(
    () => globalThis.__STORYBOOK_PREVIEW__.storyRenders.at(-1).phase,
  );
  if (phase !== "finished" && phase !== "completed") {
    throw new Error(`the story ended in phase ${phase}`);
  }
}

async function shoot(page, base, shot, scale) {
  const url = new URL("/iframe.html", base);
  url.searchParams.set("id", shot.story);
  url.searchParams.set("viewMode", "story");
  await page.setViewportSize({ width: shot.wide ? 1100 : 560, height: 900 });
  await page.goto(url.toString(), { waitUntil: "load" });
  await storyFinished(page);
  // Fonts settle and the step heading, focused on mount, loses nothing: then nothing moves.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(200);
  const target = path.join(outDir, shot.file);
  // The story's content, not the empty canvas around it.
  const content = page.locator(".sb-stage > *").first();
  await content.screenshot({
    path: target,
    animations: "disabled",
    caret: "hide",
    scale: scale > 1 ? "device" : "css",
  });
  return { file: shot.file, bytes: statSync(target).size };
}

async function main() {
  const { values } = parseArgs({
    options: { only: { type: "string" }, scale: { type: "string", default: "1" } },
  });
  const scale = Number(values.scale) || 1;
  const shots = SHOTS.filter((shot) => !values.only || shot.file.includes(values.only));
  const build = await ensureStorybookStatic({ log: (line) => console.log(line) });
  if (build.built) console.log(`storybook-static built in ${build.seconds.toFixed(1)} s`);
  mkdirSync(outDir, { recursive: true });
  const server = await serveStatic(storybookStaticDir);
  // localhost, not 127.0.0.1: the flow stories' passkeys need a valid relying-party id.
  const base = server.url.replace("127.0.0.1", "localhost");
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: chromiumArgs,
    headless: true,
  });
  let failed = 0;
  try {
    const context = await browser.newContext({ deviceScaleFactor: scale, reducedMotion: "reduce" });
    const page = await context.newPage();
    for (const shot of shots) {
      try {
        const { file, bytes } = await shoot(page, base, shot, scale);
        console.log(`saved docs/images/${file} (${(bytes / 1024).toFixed(1)} kB)`);
      } catch (error) {
        failed++;
        console.error(
          `FAILED ${shot.file} (${shot.story}): ${error instanceof Error ? error.message.split("\n")[0] : error}`,
        );
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (failed > 0) {
    console.error(`${failed} of ${shots.length} screenshots failed`);
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
