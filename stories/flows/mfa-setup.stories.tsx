import type { Meta, StoryObj } from "@storybook/react-vite";
import { DEMO_PASSWORD } from "../../src/testing/index";
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
 * MFA set-up during sign-in (MFA_SETUP), in pools where MFA is required and the user has none
 * yet. The "Phone and inbox" panel plays the authenticator app: it shows the current code of the
 * secret the pool just issued.
 */
const meta = {
  title: "Flows/MFA set-up",
  decorators: [withDemoPanel],
  render: renderDemo,
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * TOTP required: AssociateSoftwareToken, the QR code and setup key, the first code
 * (VerifySoftwareToken), then MFA_SETUP is answered and the pool signs in.
 */
export const AuthenticatorApp: Story = {
  loaders: [demoLoader("setup-totp")],
  play: async ({ canvas, userEvent }) => {
    await startSignIn(canvas, userEvent, "setup-totp", DEMO_PASSWORD);
    await screen(canvas, "Set up your authenticator app");
    await canvas.findByRole("img", { name: /QR code/ }, { timeout: 5000 });
    await enterCode(canvas, userEvent, await authenticatorCode(canvas, "setup-totp"), {
      label: "Code from the app",
      submit: "Verify and turn on",
    });
    await finishSignIn(canvas, userEvent);
  },
};

/** Email MFA required: the address to use, then the code sent there (EMAIL_OTP). */
export const Email: Story = {
  loaders: [demoLoader("setup-email")],
  play: async ({ canvas, userEvent }) => {
    await startSignIn(canvas, userEvent, "setup-email", DEMO_PASSWORD);
    await screen(canvas, "Set up email codes");
    await userEvent.type(canvas.getByLabelText("Email address"), "setup-email@example.com");
    await userEvent.click(canvas.getByRole("button", { name: "Send code" }));
    await screen(canvas, "Check your email");
    await enterCode(canvas, userEvent, await deliveredCode(canvas));
    await finishSignIn(canvas, userEvent);
  },
};
