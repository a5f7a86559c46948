/**
 * Every demo sign-in, done with the keyboard alone (Tab, typing, Enter, Space, arrow keys; no
 * clicks), in Chromium, on the built Storybook's "Real SDK over HTTP" page: `<SignIn>` talking
 * to the emulated pool over HTTP (`createEmulatorServer` on 127.0.0.1) through the real AWS SDK
 * client. Codes are read from the emulator's outbox, as a person reads their phone.
 */
import { describe, expect, it } from "vitest";
import {
  DEMO_CLIENT_ID,
  DEMO_DEVICE,
  DEMO_PASSWORD,
  DEMO_POOL_ID,
  DEMO_TEMPORARY_PASSWORD,
  DEMO_TOTP_SECRET,
  totpCode,
} from "../../src/testing/index";
import type { EmulatorServer } from "../../src/testing/server/index";
import {
  keyboardChoose,
  keyboardCode,
  keyboardFinish,
  keyboardStart,
  step,
} from "./support/http-page";
import { httpSuite } from "./support/http-suite";
import { typeInto } from "./support/keyboard";

const suite = httpSuite();
const server = (): EmulatorServer => suite.server();

const open = suite.open;

/** The newest code the emulated pool delivered. */
function newestCode(): string {
  const message = server().emulator.outbox.last();
  if (!message) throw new Error("The emulator has delivered nothing");
  return message.code;
}

const authenticatorApp = (): string => totpCode(DEMO_TOTP_SECRET, server().emulator.clock.now());

describe("keyboard only, over HTTP through the AWS SDK", () => {
  it("SRP then an SMS code", async () => {
    const page = await open("sms@example.com");
    await keyboardStart(page, "sms@example.com", DEMO_PASSWORD);
    await step(page, "Enter the code we texted you");
    expect(server().emulator.outbox.last()?.destination).toBe("+15555550101");
    await keyboardCode(page, newestCode());
    await keyboardFinish(page);
  });

  it("SRP then an authenticator-app code", async () => {
    const page = await open("totp@example.com");
    await keyboardStart(page, "totp@example.com", DEMO_PASSWORD);
    await step(page, "Enter your authenticator code");
    await keyboardCode(page, authenticatorApp());
    await keyboardFinish(page);
  });

  it("SRP then an email code", async () => {
    const page = await open("email-mfa@example.com");
    await keyboardStart(page, "email-mfa@example.com", DEMO_PASSWORD);
    await step(page, "Check your email");
    await keyboardCode(page, newestCode());
    await keyboardFinish(page);
  });

  it("SELECT_MFA_TYPE with the arrow keys, then the authenticator app", async () => {
    const page = await open("select-mfa@example.com");
    await keyboardStart(page, "select-mfa@example.com", DEMO_PASSWORD);
    await step(page, "Choose how to confirm it's you");
    await keyboardChoose(page, /Authenticator app/, "Continue");
    await step(page, "Enter your authenticator code");
    await keyboardCode(page, authenticatorApp());
    await keyboardFinish(page);
  });

  it("a temporary password: new password and required attribute, then SMS", async () => {
    const page = await open("new-password@example.com");
    await keyboardStart(page, "new-password@example.com", DEMO_TEMPORARY_PASSWORD);
    await step(page, "Set a new password");
    await typeInto(page, page.getByLabel("New password", { exact: true }), "N3w-Passw0rd!");
    await typeInto(page, page.getByLabel("Confirm new password", { exact: true }), "N3w-Passw0rd!");
    await typeInto(page, page.getByLabel("Full name", { exact: true }), "Nora New");
    await page.keyboard.press("Enter");
    await step(page, "Enter the code we texted you");
    await keyboardCode(page, newestCode());
    await keyboardFinish(page);
  });

  it("passwordless: an email code as the first factor", async () => {
    const page = await open("passwordless-email@example.com");
    await keyboardStart(page, "passwordless-email@example.com");
    await step(page, "Check your email");
    await keyboardCode(page, newestCode());
    await keyboardFinish(page);
  });

  it("passwordless: an SMS code as the first factor", async () => {
    const page = await open("passwordless-sms@example.com");
    await keyboardStart(page, "passwordless-sms@example.com");
    await step(page, "Enter the code we texted you");
    await keyboardCode(page, newestCode());
    await keyboardFinish(page);
  });

  it("SELECT_CHALLENGE: the email code picked with the arrow keys", async () => {
    const page = await open("select-challenge@example.com");
    await keyboardStart(page, "select-challenge@example.com");
    await step(page, "Choose how to sign in");
    await keyboardChoose(page, /Email/, "Continue");
    await step(page, "Check your email");
    await keyboardCode(page, newestCode());
    await keyboardFinish(page);
  });

  it("SELECT_CHALLENGE: the password picked with the arrow keys (SRP after the choice)", async () => {
    const page = await open("select-challenge@example.com");
    await keyboardStart(page, "select-challenge@example.com");
    await step(page, "Choose how to sign in");
    await keyboardChoose(page, /Password/, "Continue");
    await step(page, "Enter your password");
    await keyboardCode(page, DEMO_PASSWORD, "Password");
    await keyboardFinish(page);
  });

  it("a custom challenge: two questions", async () => {
    const page = await open("custom@example.com");
    await keyboardStart(page, "custom@example.com");
    await step(page, "Answer to continue");
    await keyboardCode(page, "7", "Your answer");
    await page.getByText("What colour is a clear daytime sky?").waitFor();
    await keyboardCode(page, "blue", "Your answer");
    await keyboardFinish(page);
  });

  it("a remembered device (pre-filled device store) skips the authenticator code", async () => {
    const internal = "0d3e0000-0000-4000-8000-000000000011";
    const key = `cognito-challenge-ui.device.${DEMO_POOL_ID}.${DEMO_CLIENT_ID}.${internal}`;
    const device = JSON.stringify({ ...DEMO_DEVICE, remembered: true });
    const page = await open("device@example.com", async (p) => {
      await p.addInitScript(([k, v]) => window.localStorage.setItem(k, v), [key, device] as const);
    });
    await keyboardStart(page, "device@example.com", DEMO_PASSWORD);
    await keyboardFinish(page);
    expect(server().emulator.outbox.list()).toHaveLength(0);
  });

  it("an app client with a secret (SECRET_HASH on every request)", async () => {
    const page = await open("secret@example.com");
    await keyboardStart(page, "secret@example.com", DEMO_PASSWORD);
    await keyboardFinish(page);
  });

  it("TOTP set-up during sign-in: the setup key read off the screen", async () => {
    const page = await open("setup-totp");
    await keyboardStart(page, "setup-totp", DEMO_PASSWORD);
    await step(page, "Set up your authenticator app");
    const link = page.getByRole("link", { name: "Open in authenticator app" });
    const uri = new URL((await link.getAttribute("href")) ?? "");
    const secret = uri.searchParams.get("secret") ?? "";
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await keyboardCode(page, totpCode(secret, server().emulator.clock.now()), "Code from the app");
    await keyboardFinish(page);
  });

  it("email MFA set-up during sign-in, then the code sent there", async () => {
    const page = await open("setup-email");
    await keyboardStart(page, "setup-email", DEMO_PASSWORD);
    await step(page, "Set up email codes");
    await typeInto(page, page.getByLabel("Email address", { exact: true }), "setup@example.com");
    await page.keyboard.press("Enter");
    await step(page, "Check your email");
    expect(server().emulator.outbox.last()?.destination).toBe("setup@example.com");
    await keyboardCode(page, newestCode());
    await keyboardFinish(page);
  });
});
