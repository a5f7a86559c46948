// @vitest-environment node
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumArgs, chromiumPath } from "../../../scripts/chromium.mjs";
import { createEmulatorServer, type EmulatorServer } from "../../../src/testing/server/index";
import { createBasicPool, PASSWORD, sdkClient } from "./support/wire";

// A page served from another origin (another port) calls the emulator from real Chromium, with
// the headers the AWS SDK v3 and the classic client send: the preflight, the call and the
// exposed response headers must all pass Chromium's CORS checks.

let emulator: EmulatorServer;
let page: Server;
let pageUrl: string;
let browser: Browser;
let clientId: string;

beforeAll(async () => {
  emulator = await createEmulatorServer();
  ({ clientId } = await createBasicPool(sdkClient(emulator.url)));
  page = createServer((_req, res) => {
    res.setHeader("content-type", "text/html");
    res.end("<!doctype html><title>app on another origin</title>");
  });
  await new Promise<void>((resolve) => page.listen(0, "127.0.0.1", resolve));
  pageUrl = `http://127.0.0.1:${(page.address() as AddressInfo).port}/`;
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => page?.close(() => resolve()));
  await emulator?.close();
});

interface PageAnswer {
  status: number;
  requestId: string | null;
  errorType: string | null;
  body: Record<string, unknown>;
}

describe("the emulator called from a page on another origin in Chromium", () => {
  it("passes the preflight and lets the page read the answer, the request id and the error name", async () => {
    const tab = await browser.newPage();
    try {
      await tab.goto(pageUrl);
      const answers = await tab.evaluate(
        async ({ url, clientId: client, password }) => {
          async function call(passwordToTry: string): Promise<PageAnswer> {
            const response = await fetch(url, {
              method: "POST",
              mode: "cors",
              headers: {
                "content-type": "application/x-amz-json-1.1",
                "x-amz-target": "AWSCognitoIdentityProviderService.InitiateAuth",
                "x-amz-user-agent": "aws-sdk-js/3.1169.0",
                "amz-sdk-invocation-id": crypto.randomUUID(),
                "amz-sdk-request": "attempt=1; max=3",
                "cache-control": "no-store",
              },
              body: JSON.stringify({
                AuthFlow: "USER_PASSWORD_AUTH",
                ClientId: client,
                AuthParameters: { USERNAME: "alice", PASSWORD: passwordToTry },
              }),
            });
            return {
              status: response.status,
              requestId: response.headers.get("x-amzn-requestid"),
              errorType: response.headers.get("x-amzn-errortype"),
              body: await response.json(),
            };
          }
          return [await call(password), await call("Wrong-Passw0rd")];
        },
        { url: emulator.url, clientId, password: PASSWORD },
      );
      expect(answers[0]).toMatchObject({
        status: 200,
        requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        body: { AuthenticationResult: { TokenType: "Bearer" } },
      });
      expect(answers[1]).toMatchObject({
        status: 400,
        errorType: "NotAuthorizedException",
        body: { __type: "NotAuthorizedException" },
      });
    } finally {
      await tab.close();
    }
  });
});
