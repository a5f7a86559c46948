/**
 * A screen whose code fails to download (the network dropped for a moment, a deploy replaced the
 * file) does not end the sign-in: the router says so, and "Try again" fetches it again. In
 * Chromium, on the "Real SDK over HTTP" page, with the keyboard only. The Cognito session is
 * untouched meanwhile, so the code that was sent still works. The same for the flow's own code,
 * which `<SignInProvider options>` fetches as it mounts.
 */
import type { Page, Route } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/testing/index";
import { keyboardCode, keyboardFinish, keyboardStart, step } from "./support/http-page";
import { httpSuite } from "./support/http-suite";
import { press } from "./support/keyboard";

const suite = httpSuite();

/**
 * Opens the page for the SMS user with every download of the chunks `pattern` matches failing
 * until `restore()` is called.
 */
async function openDroppingDownloads(
  pattern: string,
): Promise<{ page: Page; restore: () => void }> {
  let failing = true;
  const page = await suite.open("sms@example.com", async (opening) => {
    await opening.route(pattern, async (route: Route) => {
      if (failing) await route.abort("internetdisconnected");
      else await route.continue();
    });
  });
  return {
    page,
    restore: () => {
      failing = false;
    },
  };
}

describe("a screen that could not be downloaded", () => {
  it("says so, and Try again fetches it and the sign-in goes on", async () => {
    const { page, restore } = await openDroppingDownloads("**/on-demand-otp-*.js");
    await keyboardStart(page, "sms@example.com", DEMO_PASSWORD);

    const failed = page.getByRole("alert").filter({ hasText: "This step couldn't be loaded" });
    await failed.waitFor({ timeout: 15_000 });
    const sent = suite.server().emulator.outbox.last()?.code;
    expect(sent).toMatch(/^\d{6}$/);

    restore();
    await press(page, page.getByRole("button", { name: "Try again" }));
    await step(page, "Enter the code we texted you");
    await keyboardCode(page, sent ?? "");
    await keyboardFinish(page);
  });
});

describe("the flow's own code could not be downloaded", () => {
  it("keeps what was typed, says so, and the next Enter fetches it and signs in", async () => {
    const { page, restore } = await openDroppingDownloads("**/on-demand-flow-*.js");
    await keyboardStart(page, "sms@example.com", DEMO_PASSWORD);

    const failed = page
      .getByRole("alert")
      .filter({ hasText: "We couldn't reach the server. Check your connection and try again." });
    await failed.waitFor({ timeout: 15_000 });
    // Nothing reached Cognito, and the form still holds what the person typed.
    expect(suite.server().emulator.outbox.last()).toBeUndefined();
    expect(await page.getByLabel("Username", { exact: true }).inputValue()).toBe("sms@example.com");
    expect(await page.getByLabel("Password", { exact: true }).inputValue()).toBe(DEMO_PASSWORD);

    restore();
    await page.getByLabel("Password", { exact: true }).focus();
    await page.keyboard.press("Enter");
    await step(page, "Enter the code we texted you");
    await keyboardCode(page, suite.server().emulator.outbox.last()?.code ?? "");
    await keyboardFinish(page);
  });
});
