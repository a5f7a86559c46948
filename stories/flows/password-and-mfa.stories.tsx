import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { DEMO_PASSWORD, DEMO_TEMPORARY_PASSWORD } from "../../src/testing/index";
import { withDemoPanel } from "../support/demo-panel";
import { demoLoader, renderDemo } from "../support/flow-story";
import {
  authenticatorCode,
  deliveredCode,
  enterCode,
  finishSignIn,
  screen,
  startSignIn,
} from "../support/play";

/**
 * Password sign-ins (USER_SRP_AUTH: the password never leaves the page, SRP runs in it) followed
 * by each kind of MFA, on the emulated demo pool running inside this page. Sign in by hand with
 * the demo user beside the story; the codes arrive in "Phone and inbox".
 */
const meta = {
  title: "Flows/Password and MFA",
  decorators: [withDemoPanel],
  render: renderDemo,
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** SRP, then a code by SMS (SMS_MFA), then "Remember this device?". */
export const SmsMfa: Story = {
  loaders: [demoLoader("sms@example.com")],
  play: async ({ canvas, userEvent }) => {
    await startSignIn(canvas, userEvent, "sms@example.com", DEMO_PASSWORD);
    await screen(canvas, "Enter the code we texted you");
    await enterCode(canvas, userEvent, await deliveredCode(canvas));
    await finishSignIn(canvas, userEvent);
  },
};

/** Opens at the SMS code step, the code waiting in "Phone and inbox": finish it by hand. */
export const AtTheCodeStep: Story = {
  loaders: [
    demoLoader("sms@example.com", {
      start: { username: "sms@example.com", password: DEMO_PASSWORD },
    }),
  ],
  play: async ({ canvas }) => {
    await screen(canvas, "Enter the code we texted you");
    await expect(await deliveredCode(canvas)).toMatch(/^\d{6}$/);
  },
};

/** SRP, then the code of an authenticator app (SOFTWARE_TOKEN_MFA). */
export const AuthenticatorApp: Story = {
  loaders: [demoLoader("totp@example.com")],
  play: async ({ canvas, userEvent }) => {
    await startSignIn(canvas, userEvent, "totp@example.com", DEMO_PASSWORD);
    await screen(canvas, "Enter your authenticator code");
    await enterCode(canvas, userEvent, await authenticatorCode(canvas));
    await finishSignIn(canvas, userEvent);
  },
};

/** SRP, then a code by email (EMAIL_OTP as MFA). */
export const EmailMfa: Story = {
  loaders: [demoLoader("email-mfa@example.com")],
  play: async ({ canvas, userEvent }) => {
    await startSignIn(canvas, userEvent, "email-mfa@example.com", DEMO_PASSWORD);
    await screen(canvas, "Check your email");
    await enterCode(canvas, userEvent, await deliveredCode(canvas));
    await finishSignIn(canvas, userEvent);
  },
};

/** SRP, then SELECT_MFA_TYPE (SMS or authenticator app), then that code. */
export const ChooseMfa: Story = {
  loaders: [demoLoader("select-mfa@example.com")],
  play: async ({ canvas, userEvent }) => {
    await startSignIn(canvas, userEvent, "select-mfa@example.com", DEMO_PASSWORD);
    await screen(canvas, "Choose how to confirm it's you");
    await userEvent.click(canvas.getByRole("radio", { name: /Authenticator app/ }));
    await userEvent.click(canvas.getByRole("button", { name: "Continue" }));
    await screen(canvas, "Enter your authenticator code");
    await enterCode(canvas, userEvent, await authenticatorCode(canvas));
    await finishSignIn(canvas, userEvent);
  },
};

/**
 * A temporary password (NEW_PASSWORD_REQUIRED): a new password and the required `name`
 * attribute the user lacks, then SMS MFA.
 */
export const TemporaryPassword: Story = {
  loaders: [demoLoader("new-password@example.com")],
  play: async ({ canvas, userEvent }) => {
    await startSignIn(canvas, userEvent, "new-password@example.com", DEMO_TEMPORARY_PASSWORD);
    await screen(canvas, "Set a new password");
    await userEvent.type(canvas.getByLabelText("New password"), "N3w-Passw0rd!");
    await userEvent.type(canvas.getByLabelText("Confirm new password"), "N3w-Passw0rd!");
    await userEvent.type(canvas.getByLabelText("Full name"), "Nora New");
    await userEvent.click(canvas.getByRole("button", { name: "Set password" }));
    await screen(canvas, "Enter the code we texted you");
    await enterCode(canvas, userEvent, await deliveredCode(canvas));
    await finishSignIn(canvas, userEvent);
  },
};

/**
 * A remembered device: the device store holds the demo device (as after an earlier "Remember
 * this device"), so device SRP runs after the password and the authenticator-app code is skipped.
 */
export const RememberedDevice: Story = {
  loaders: [demoLoader("device@example.com", { rememberedDevice: true })],
  play: async ({ canvas, userEvent }) => {
    await startSignIn(canvas, userEvent, "device@example.com", DEMO_PASSWORD);
    await finishSignIn(canvas, userEvent);
    const inbox = canvas.getByRole("region", { name: "Phone and inbox" });
    await expect(within(inbox).getByText(/No messages yet/)).toBeVisible();
  },
};

/** An app client with a secret: every request carries SECRET_HASH (demo material only). */
export const ClientWithSecret: Story = {
  loaders: [demoLoader("secret@example.com")],
  play: async ({ canvas, userEvent }) => {
    await startSignIn(canvas, userEvent, "secret@example.com", DEMO_PASSWORD);
    await finishSignIn(canvas, userEvent);
  },
};
