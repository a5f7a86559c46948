import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";
import type { EmulatorServer } from "../../../src/testing/server/index";
import { launchChromium, unexpectedProblems } from "./browser";
import { startDemoServer } from "./emulator";
import { type HttpPage, openHttpPage } from "./http-page";

/** One Chromium per file, a fresh demo pool over HTTP per test, and the page the test opened. */
export interface HttpSuite {
  /** The emulated pool of the running test. */
  readonly server: () => EmulatorServer;
  /** Opens the "Real SDK over HTTP" page for `user`; `before` runs before it navigates. */
  readonly open: (user: string, before?: (page: Page) => Promise<void>) => Promise<Page>;
}

/**
 * Registers the hooks every end-to-end file shares. After each test the page must have had no
 * script error and no React warning, whatever the test looked at; on failure the page's problems
 * are printed.
 */
export function httpSuite(): HttpSuite {
  let browser: Browser;
  let server: EmulatorServer;
  let opened: HttpPage | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    server = await startDemoServer();
  });
  afterEach(async (context) => {
    const problems = opened ? unexpectedProblems(opened.problems) : [];
    if (context.task.result?.state === "fail" && opened) {
      console.error(`page problems: ${JSON.stringify(opened.problems)}`);
    }
    await opened?.context.close();
    opened = undefined;
    await server.close();
    expect(problems).toEqual([]);
  });

  return {
    server: () => server,
    open: async (user, before) => {
      opened = await openHttpPage(browser, server, user, before);
      return opened.page;
    },
  };
}
