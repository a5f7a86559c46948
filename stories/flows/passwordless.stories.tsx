import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { withDemoPanel } from "../support/demo-panel";
import { demoLoader, renderDemo } from "../support/flow-story";
import { deliveredCode, enterCode, finishSignIn, screen, startSignIn } from "../support/play";

/**
 * Choice-based sign-in (USER_AUTH): no password, or the person picks the first factor Cognito
 * offers (SELECT_CHALLENGE). The passkey stories use the emulator's software authenticator as
 * the flow's `webauthn` client, holding the demo user's passkey (relying party `localhost`).
 */
const meta = {
  title: "Flows/Passwordless",
  decorators: [withDemoPanel],
  render: renderDemo,
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** A code by email is the first factor (PREFERRED_CHALLENGE=EMAIL_OTP). */
export const EmailCode: Story = {
  loaders: [demoLoader("passwordless-email@example.com")],
  play: async ({ canvas, userEvent }) => {
    await startSignIn(canvas, userEvent, "passwordless-email@example.com");
    await screen(canvas, "Check your email");
    await enterCode(canvas, userEvent, await deliveredCode(canvas));
    await finishSignIn(canvas, userEvent);
  },
};

/** A code by SMS is the first factor (PREFERRED_CHALLENGE=SMS_OTP). */
export const SmsCode: Story = {
  loaders: [demoLoader("passwordless-sms@example.com")],
  play: async ({ canvas, userEvent }) => {
    await startSignIn(canvas, userEvent, "passwordless-sms@example.com");
    await screen(canvas, "Enter the code we texted you");
    await enterCode(canvas, userEvent, await deliveredCode(canvas));
    await finishSignIn(canvas, userEvent);
  },
};

/** No preference: Cognito answers SELECT_CHALLENGE with this user's factors. */
export const ChooseFirstFactor: Story = {
  loaders: [demoLoader("select-challenge@example.com")],
  play: async ({ canvas, userEvent }) => {
    await startSignIn(canvas, userEvent, "select-challenge@example.com");
    await screen(canvas, "Choose how to sign in");
    await userEvent.click(canvas.getByRole("radio", { name: /Email/ }));
    await userEvent.click(canvas.getByRole("button", { name: "Continue" }));
    await screen(canvas, "Check your email");
    await enterCode(canvas, userEvent, await deliveredCode(canvas));
    await finishSignIn(canvas, userEvent);
  },
};

/** The password as a first factor, picked at SELECT_CHALLENGE (SRP runs after the choice). */
export const ChoosePassword: Story = {
  loaders: [demoLoader("select-challenge@example.com")],
  play: async ({ canvas, userEvent }) => {
    await startSignIn(canvas, userEvent, "select-challenge@example.com");
    await screen(canvas, "Choose how to sign in");
    await userEvent.click(canvas.getByRole("radio", { name: /Password/ }));
    await userEvent.click(canvas.getByRole("button", { name: "Continue" }));
    await screen(canvas, "Enter your password");
    await userEvent.type(canvas.getByLabelText("Password"), "Passw0rd!");
    await userEvent.click(canvas.getByRole("button", { name: "Sign in" }));
    await finishSignIn(canvas, userEvent);
  },
};

/** A passkey (WEB_AUTHN): the assertion is signed by the software authenticator and verified by the pool. */
export const Passkey: Story = {
  loaders: [demoLoader("passkey@example.com")],
  play: async ({ canvas, userEvent }) => {
    await startSignIn(canvas, userEvent, "passkey@example.com");
    await screen(canvas, "Sign in with a passkey");
    await userEvent.click(canvas.getByRole("button", { name: "Use passkey" }));
    await finishSignIn(canvas, userEvent);
  },
};

/** The passkey prompt is dismissed once (NotAllowedError): "Try again" opens it again. */
export const PasskeyCancelledThenRetried: Story = {
  loaders: [demoLoader("passkey@example.com")],
  play: async ({ canvas, userEvent }) => {
    await startSignIn(canvas, userEvent, "passkey@example.com");
    await screen(canvas, "Sign in with a passkey");
    await userEvent.click(canvas.getByRole("button", { name: "Cancel the next passkey prompt" }));
    await userEvent.click(canvas.getByRole("button", { name: "Use passkey" }));
    await expect(await canvas.findByText(/cancelled or timed out/)).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Try again" }));
    await finishSignIn(canvas, userEvent);
  },
};

/** The start form's "Sign in with a passkey" asks for WEB_AUTHN directly. */
export const PasskeyFromStartForm: Story = {
  loaders: [demoLoader("passkey@example.com")],
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(await canvas.findByLabelText("Username"), "passkey@example.com");
    await userEvent.click(canvas.getByRole("button", { name: "Sign in with a passkey" }));
    await screen(canvas, "Sign in with a passkey");
    await userEvent.click(canvas.getByRole("button", { name: "Use passkey" }));
    await finishSignIn(canvas, userEvent);
  },
};
