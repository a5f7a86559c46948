/**
 * Passkeys in a real browser: Chromium's virtual authenticator (DevTools protocol `WebAuthn`)
 * answers `navigator.credentials` on the "Real SDK over HTTP" page, served on `localhost` (a
 * secure context and a valid relying party id; an IP address would be neither). The emulated
 * pool's relying party is `localhost` and it verifies every assertion with
 * @simplewebauthn/server: registration, sign-in, a cancelled prompt, and a tampered signature.
 * Everything is done with the keyboard.
 */
import { createPrivateKey } from "node:crypto";
import type { Page, Route } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO_PASSKEY } from "../../src/testing/index";
import type { EmulatorServer } from "../../src/testing/server/index";
import { keyboardCode, keyboardFinish, keyboardStart, step } from "./support/http-page";
import { httpSuite } from "./support/http-suite";
import { press, typeInto } from "./support/keyboard";
import {
  addVirtualAuthenticator,
  type VirtualAuthenticator,
} from "./support/virtual-authenticator";

const suite = httpSuite();
const server = (): EmulatorServer => suite.server();

const fromBase64Url = (text: string): Buffer => Buffer.from(text, "base64url");

/**
 * Puts the demo user's passkey (published demo material, see DEMO_PASSKEY) into the virtual
 * authenticator, as if this browser's platform authenticator had created it.
 */
async function importDemoPasskey(authenticator: VirtualAuthenticator): Promise<void> {
  const pkcs8 = createPrivateKey({ key: DEMO_PASSKEY.privateKey as never, format: "jwk" }).export({
    type: "pkcs8",
    format: "der",
  });
  await authenticator.cdp.send("WebAuthn.addCredential", {
    authenticatorId: authenticator.authenticatorId,
    credential: {
      credentialId: fromBase64Url(DEMO_PASSKEY.credentialId).toString("base64"),
      isResidentCredential: true,
      rpId: DEMO_PASSKEY.rpId,
      privateKey: pkcs8.toString("base64"),
      userHandle: fromBase64Url(DEMO_PASSKEY.userHandle ?? "").toString("base64"),
      signCount: 0,
    },
  });
}

/** Opens the page for `user` with a virtual authenticator attached before anything runs. */
async function openWithAuthenticator(
  user: string,
): Promise<{ page: Page; authenticator: VirtualAuthenticator }> {
  let authenticator: VirtualAuthenticator | undefined;
  const page = await suite.open(user, async (opening) => {
    authenticator = await addVirtualAuthenticator(opening);
  });
  if (!authenticator) throw new Error("no virtual authenticator");
  return { page, authenticator };
}

/** Signs in as the passkey user up to the WEB_AUTHN screen, then presses "Use passkey". */
async function passkeyPrompt(page: Page): Promise<void> {
  await keyboardStart(page, "passkey@example.com");
  await step(page, "Sign in with a passkey");
  await press(page, page.getByRole("button", { name: "Use passkey" }));
}

describe("passkeys with Chromium's virtual authenticator", () => {
  it("registers a passkey after signing in, then signs in with it", async () => {
    const { page, authenticator } = await openWithAuthenticator("passwordless-email@example.com");
    await keyboardStart(page, "passwordless-email@example.com");
    await step(page, "Check your email");
    await keyboardCode(page, server().emulator.outbox.last()?.code ?? "");
    await keyboardFinish(page);

    await press(page, page.getByRole("button", { name: "Create a passkey" }));
    await page.getByText("Passkey created. Next time, sign in with it.").waitFor();
    const credentials = await authenticator.credentials();
    expect(credentials).toHaveLength(1);
    expect(credentials[0]?.rpId).toBe("localhost");

    // A new visit: the start form's passkey button asks for WEB_AUTHN directly.
    await page.reload();
    await typeInto(
      page,
      page.getByLabel("Username", { exact: true }),
      "passwordless-email@example.com",
    );
    await press(page, page.getByRole("button", { name: "Sign in with a passkey" }));
    await step(page, "Sign in with a passkey");
    await press(page, page.getByRole("button", { name: "Use passkey" }));
    await keyboardFinish(page);
    // The virtual authenticator signed it (its counter moved) and the pool accepted it.
    expect((await authenticator.credentials())[0]?.signCount).toBeGreaterThan(0);
  });

  it("a cancelled prompt shows why, and Try again signs in", async () => {
    const { page, authenticator } = await openWithAuthenticator("passkey@example.com");
    await importDemoPasskey(authenticator);
    // User verification fails: the browser rejects with NotAllowedError, as when the person
    // dismisses the prompt.
    await authenticator.setUserVerified(false);
    await passkeyPrompt(page);
    await page.getByText("The passkey request was cancelled or timed out.").waitFor();
    await authenticator.setUserVerified(true);
    await press(page, page.getByRole("button", { name: "Try again" }));
    await keyboardFinish(page);
  });

  it("the emulator rejects an assertion whose signature was changed by one byte", async () => {
    const { page, authenticator } = await openWithAuthenticator("passkey@example.com");
    await importDemoPasskey(authenticator);
    let tampered = false;
    await page.route(`${server().url}/**`, async (route: Route) => {
      const request = route.request();
      const target = request.headers()["x-amz-target"] ?? "";
      const body = request.postData();
      if (!target.endsWith(".RespondToAuthChallenge") || !body) return route.continue();
      const input = JSON.parse(body) as {
        ChallengeName?: string;
        ChallengeResponses?: Record<string, string>;
      };
      const credential = input.ChallengeResponses?.CREDENTIAL;
      if (input.ChallengeName !== "WEB_AUTHN" || !credential) return route.continue();
      const assertion = JSON.parse(credential) as { response: { signature: string } };
      const signature = fromBase64Url(assertion.response.signature);
      const last = signature.length - 1;
      signature[last] = (signature[last] ?? 0) ^ 0x01;
      assertion.response.signature = signature.toString("base64url");
      input.ChallengeResponses = {
        ...input.ChallengeResponses,
        CREDENTIAL: JSON.stringify(assertion),
      };
      tampered = true;
      return route.continue({ postData: JSON.stringify(input) });
    });
    await passkeyPrompt(page);
    // What the person sees: the generic refusal (Cognito never says which check failed), back
    // on the start form with the username kept.
    await page.getByText("Incorrect username or password.").waitFor({ timeout: 15_000 });
    expect(tampered).toBe(true);
    await expect(page.getByLabel("Username", { exact: true }).inputValue()).resolves.toBe(
      "passkey@example.com",
    );
    expect(await page.getByRole("heading", { name: "You're signed in" }).count()).toBe(0);

    // The untouched passkey still works: the refusal was about the signature, nothing else.
    await page.unrouteAll({ behavior: "ignoreErrors" });
    await press(page, page.getByRole("button", { name: "Sign in with a passkey" }));
    await step(page, "Sign in with a passkey");
    await press(page, page.getByRole("button", { name: "Use passkey" }));
    await keyboardFinish(page);
  });
});
