import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import type { SignInFlow } from "../../src/core/index";
import { SignIn, SignInProvider } from "../../src/index";
import { fixtureIdentity, fixtures } from "../../test/fixtures/cognito/index";
import { createFixtureFlow } from "../support/fixture-flow";

/**
 * `<SignIn>`: the start form, the screen of each step, the session countdown, and the end
 * (signed in, or failed with the reason). Each story's flow answers InitiateAuth with a recorded
 * response; the flow stories run the whole thing on the emulated pool.
 */
const meta = {
  title: "Components/SignIn",
  component: SignIn,
  args: { authFlow: "USER_AUTH" },
  argTypes: {
    authFlow: {
      control: "select",
      options: ["USER_SRP_AUTH", "USER_PASSWORD_AUTH", "USER_AUTH", "CUSTOM_AUTH"],
    },
    countdownThresholdMs: { control: { type: "number", step: 1000 } },
    autoFocus: { control: "boolean" },
  },
  loaders: [async () => ({ flow: createFixtureFlow(fixtures.emailOtpFirstFactor.response) })],
  render: (args, { loaded }) => (
    <SignInProvider flow={(loaded as { flow: SignInFlow }).flow}>
      <SignIn {...args} />
    </SignInProvider>
  ),
} satisfies Meta<typeof SignIn>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Idle: the start form (USER_AUTH: username and passkey). */
export const Start: Story = {};

/** Embedded in a longer page (`autoFocus={false}`): the form leaves focus where it is on load. */
export const EmbeddedNoAutoFocus: Story = {
  args: { autoFocus: false },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("heading", { name: "Sign in" })).not.toHaveFocus();
  },
};

/** The start form sends, a step comes back, its answer signs in. */
export const StepThenSignedIn: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText("Username"), fixtureIdentity.username);
    await userEvent.click(canvas.getByRole("button", { name: "Sign in" }));
    await userEvent.type(await canvas.findByLabelText("Verification code"), "123456{Enter}");
    await expect(await canvas.findByRole("heading", { name: "You're signed in" })).toHaveFocus();
  },
};

/** Less than a minute left in the step's session: the countdown shows and is announced once. */
export const SessionEnding: Story = {
  loaders: [
    async () => {
      // The person has been on this step for 150 s by the flow's clock (which <SignIn>'s
      // countdown shares), so the 3-minute session ends 30 s from now.
      let elapsed = 0;
      const flow = createFixtureFlow(
        fixtures.emailOtpFirstFactor.response,
        "USER_AUTH",
        () => Date.now() + elapsed,
      );
      await flow.start({ username: fixtureIdentity.username });
      elapsed = 150_000;
      return { flow };
    },
  ],
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole("timer")).toHaveTextContent(/0:[0-3]\d/);
  },
};

/** PasswordResetRequiredException: no new attempt can fix it (status `failed`). */
export const Failed: Story = {
  args: { authFlow: "USER_SRP_AUTH" },
  loaders: [
    async () => {
      const flow = createFixtureFlow(fixtures.errors.passwordResetRequired, "USER_SRP_AUTH");
      await flow.start({ username: fixtureIdentity.username, password: "old password" });
      return { flow };
    },
  ],
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("heading", { name: "Sign-in didn't work" })).toBeVisible();
    await expect(canvas.getByRole("alert")).toHaveTextContent(/reset your password/);
  },
};

/** The `signedIn` slot: what the app shows at the end. */
export const SignedInSlot: Story = {
  args: {
    signedIn: ({ tokens }) => <p>Welcome back. Your session lasts {tokens.ExpiresIn} seconds.</p>,
  },
  loaders: [
    async () => {
      const flow = createFixtureFlow(fixtures.tokens.response);
      await flow.start({ username: fixtureIdentity.username, preferredChallenge: "EMAIL_OTP" });
      return { flow };
    },
  ],
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/^Welcome back\./)).toBeVisible();
  },
};

export const RightToLeft: Story = { globals: { dir: "rtl" } };

export const DarkTheme: Story = { globals: { theme: "dark" } };
