import type { Browser, BrowserContext, Page } from "playwright-core";
import { expect, inject } from "vitest";
import type { EmulatorServer } from "../../../src/testing/server/index";
import { newPage, onLocalhost, recordPageProblems, storyUrl } from "./browser";
import { press, tabTo, typeInto } from "./keyboard";

/** The story that wires `<SignIn>` to an emulator over HTTP through the AWS SDK client. */
export const HTTP_STORY = "end-to-end-real-sdk-over-http--sdk-over-http";

/** A page of the built Storybook, on `localhost`, talking to `server` as demo user `user`. */
export interface HttpPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Page errors and console errors so far, for failure messages. */
  readonly problems: string[];
}

/**
 * Opens the HTTP story for `user` against `server`. `before` runs in the page before any script
 * of it (e.g. to pre-fill localStorage).
 */
export async function openHttpPage(
  browser: Browser,
  server: EmulatorServer,
  user: string,
  before?: (page: Page) => Promise<void>,
): Promise<HttpPage> {
  const { context, page } = await newPage(browser);
  const problems = recordPageProblems(page);
  if (before) await before(page);
  const base = onLocalhost(inject("storybookUrl"));
  await page.goto(storyUrl(base, HTTP_STORY, { endpoint: server.url, user }));
  await page.getByRole("heading", { name: "Sign in", exact: true }).waitFor({ timeout: 30_000 });
  return { context, page, problems };
}

/** Waits for a step's heading. */
export async function step(page: Page, heading: string | RegExp): Promise<void> {
  await page.getByRole("heading", { name: heading }).waitFor({ timeout: 15_000 });
}

/** The start form with the keyboard: Tab to each field, type, Enter. */
export async function keyboardStart(
  page: Page,
  username: string,
  password?: string,
): Promise<void> {
  await typeInto(page, page.getByLabel("Username", { exact: true }), username);
  if (password !== undefined) {
    await typeInto(page, page.getByLabel("Password", { exact: true }), password);
  }
  await page.keyboard.press("Enter");
}

/** A code screen with the keyboard: Tab to the field, type the code, Enter. */
export async function keyboardCode(
  page: Page,
  code: string,
  label = "Verification code",
): Promise<void> {
  await typeInto(page, page.getByLabel(label, { exact: true }), code);
  await page.keyboard.press("Enter");
}

/** Ends a sign-in: "Not now" (Space) when asked to remember the device, then the signed-in heading. */
export async function keyboardFinish(page: Page): Promise<void> {
  const remember = page.getByRole("heading", { name: "Remember this device?" });
  const done = page.getByRole("heading", { name: "You're signed in" });
  await remember.or(done).first().waitFor({ timeout: 15_000 });
  if (await remember.isVisible())
    await press(page, page.getByRole("button", { name: "Not now" }), "Space");
  await done.waitFor({ timeout: 15_000 });
  expect(await done.isVisible()).toBe(true);
}

/**
 * Tab into a radio group, move with the arrow keys to `option` (Space when it is the first one),
 * then Tab to the submit button and press Enter.
 */
export async function keyboardChoose(page: Page, option: RegExp, submit: string): Promise<void> {
  const radios = page.getByRole("radio");
  await tabTo(page, radios.first());
  const target = page.getByRole("radio", { name: option });
  for (let moves = 0; moves < 6; moves++) {
    if (await target.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press("ArrowDown");
  }
  // Tab focuses the first radio without checking it; Space checks the focused one.
  if (!(await target.isChecked())) await page.keyboard.press(" ");
  expect(await target.isChecked()).toBe(true);
  await press(page, page.getByRole("button", { name: submit }));
}
