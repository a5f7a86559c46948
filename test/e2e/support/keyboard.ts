import type { Locator, Page } from "playwright-core";

/**
 * Moves focus with Tab (or Shift+Tab) until `target` has it, as a keyboard user would: no
 * clicks, no `focus()`. Reading the page to know where to stop is what a sighted keyboard user
 * does with their eyes. Fails after `max` presses.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { max = 40, backwards = false }: { max?: number; backwards?: boolean } = {},
): Promise<void> {
  await target.waitFor({ state: "visible" });
  for (let presses = 0; presses <= max; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
  throw new Error(`Tab never reached ${target}; focus is on ${focused}`);
}

/** Tab to a field and type into it. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

/** Tab to a button and press it with Enter (or Space). */
export async function press(
  page: Page,
  button: Locator,
  key: "Enter" | "Space" = "Enter",
): Promise<void> {
  await tabTo(page, button);
  await page.keyboard.press(key === "Space" ? " " : "Enter");
}
