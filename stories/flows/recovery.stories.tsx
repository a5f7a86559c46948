import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, waitFor } from "storybook/test";
import { DEMO_PASSWORD } from "../../src/testing/index";
import { withDemoPanel } from "../support/demo-panel";
import { demoLoader, renderDemo } from "../support/flow-story";
import { deliveredCode, enterCode, finishSignIn, screen, startSignIn } from "../support/play";

/**
 * What goes wrong in real sign-ins, made to happen on demand with the panel's "Emulated pool"
 * buttons: an expired session (the emulator's clock moves 16 minutes; the flow shares it) and a
 * throttled request (`faults.inject` with TooManyRequestsException).
 */
const meta = {
  title: "Flows/Errors and recovery",
  decorators: [withDemoPanel],
  render: renderDemo,
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The session of the code step expires before the code is sent: nothing is sent, the start form
 * comes back with the username kept, and a new sign-in sends a new code.
 */
export const ExpiredSession: Story = {
  loaders: [demoLoader("sms@example.com")],
  play: async ({ canvas, userEvent }) => {
    await startSignIn(canvas, userEvent, "sms@example.com", DEMO_PASSWORD);
    await screen(canvas, "Enter the code we texted you");
    const first = await deliveredCode(canvas, 1);
    await userEvent.click(canvas.getByRole("button", { name: "Expire the session" }));
    await enterCode(canvas, userEvent, first);
    await expect(await canvas.findByText(/timed out/)).toBeVisible();
    await expect(await canvas.findByLabelText("Username")).toHaveValue("sms@example.com");
    await startSignIn(canvas, userEvent, "sms@example.com", DEMO_PASSWORD);
    await screen(canvas, "Enter the code we texted you");
    await enterCode(canvas, userEvent, await deliveredCode(canvas, 2));
    await finishSignIn(canvas, userEvent);
  },
};

/** The code is throttled once (recovery `wait`); after the wait the same code goes through. */
export const ThrottledRequest: Story = {
  loaders: [demoLoader("sms@example.com")],
  play: async ({ canvas, userEvent }) => {
    await startSignIn(canvas, userEvent, "sms@example.com", DEMO_PASSWORD);
    await screen(canvas, "Enter the code we texted you");
    const code = await deliveredCode(canvas);
    await userEvent.click(canvas.getByRole("button", { name: "Throttle the next request" }));
    await enterCode(canvas, userEvent, code);
    await expect(await canvas.findByText(/Too many requests/)).toBeVisible();
    const verify = canvas.getByRole("button", { name: "Verify" });
    await waitFor(() => expect(verify).not.toHaveAttribute("aria-disabled", "true"), {
      timeout: 5000,
    });
    await userEvent.click(verify);
    await finishSignIn(canvas, userEvent);
  },
};

/** A wrong code (CodeMismatchException, recovery `retry`): correct it in the same session. */
export const WrongCode: Story = {
  loaders: [demoLoader("sms@example.com")],
  play: async ({ canvas, userEvent }) => {
    await startSignIn(canvas, userEvent, "sms@example.com", DEMO_PASSWORD);
    await screen(canvas, "Enter the code we texted you");
    const code = await deliveredCode(canvas);
    const wrong = code === "000000" ? "111111" : "000000";
    await enterCode(canvas, userEvent, wrong);
    await expect(
      await canvas.findByText("That code isn't right. Check it and try again."),
    ).toBeVisible();
    await enterCode(canvas, userEvent, code);
    await finishSignIn(canvas, userEvent);
  },
};

/** A wrong password ends the attempt (NotAuthorizedException, recovery `restart`). */
export const WrongPassword: Story = {
  loaders: [demoLoader("sms@example.com")],
  play: async ({ canvas, userEvent }) => {
    await startSignIn(canvas, userEvent, "sms@example.com", "not-the-password");
    await expect(await canvas.findByText("Incorrect username or password.")).toBeVisible();
    await userEvent.clear(canvas.getByLabelText("Password"));
    await startSignIn(canvas, userEvent, "sms@example.com", DEMO_PASSWORD);
    await screen(canvas, "Enter the code we texted you");
  },
};
