import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../../../scripts/chromium.mjs";

/** Debian's Chromium (never a downloaded one), headless, with the project's flags. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
}

/**
 * The static Storybook under `localhost` rather than 127.0.0.1: WebAuthn needs a secure context
 * and a relying party id that is a domain, and `http://localhost` is both (an IP address is
 * neither a valid RP ID nor, for RP purposes, a domain).
 */
export function onLocalhost(url: string): string {
  const parsed = new URL(url);
  parsed.hostname = "localhost";
  return parsed.origin;
}

/** The URL of one story, rendered alone (no manager UI), with extra query parameters. */
export function storyUrl(
  base: string,
  id: string,
  params: Readonly<Record<string, string>> = {},
  globals: Readonly<Record<string, string>> = {},
): string {
  const url = new URL("/iframe.html", base);
  url.searchParams.set("id", id);
  url.searchParams.set("viewMode", "story");
  const g = Object.entries(globals)
    .map(([key, value]) => `${key}:${value}`)
    .join(";");
  if (g) url.searchParams.set("globals", g);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}

/** Collects page errors and console errors, so a test can show them when it fails. */
export function recordPageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console.error: ${message.text()}`);
  });
  return problems;
}

/** A fresh context (own storage, own virtual authenticators) and page, at a desktop size. */
export async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  return { context, page };
}

/**
 * The problems a page should never have: script errors and React's console errors. Failed
 * requests are left out: the browser logs every 4xx answer (a refused code is one), and a
 * missing favicon is not the library's business.
 */
export function unexpectedProblems(problems: readonly string[]): string[] {
  return problems.filter(
    (problem) => !problem.startsWith("console.error: Failed to load resource"),
  );
}
