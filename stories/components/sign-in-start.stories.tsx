import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import type { SignInFlow } from "../../src/core/index";
import { SignInProvider, SignInStart } from "../../src/index";
import { fixtures } from "../../test/fixtures/cognito/index";
import { DsButton, DsCard, DsInput } from "../support/acme-ds";
import { createFixtureFlow } from "../support/fixture-flow";

type Args = SignInStart.SignInStartScreenProps;

/**
 * The start form: the username, the password when the flow needs it (USER_SRP_AUTH,
 * USER_PASSWORD_AUTH), and "Sign in with a passkey" (USER_AUTH). It calls the flow's `start()`;
 * errors of InitiateAuth come back here. Here InitiateAuth answers with a recorded error.
 */
const meta = {
  title: "Components/SignInStart",
  component: SignInStart.Default,
  args: { needsPassword: true, passkey: false },
  argTypes: { needsPassword: { control: "boolean" }, passkey: { control: "boolean" } },
  loaders: [
    async () => ({ flow: createFixtureFlow(fixtures.errors.incorrectPassword, "USER_SRP_AUTH") }),
  ],
  render: (args: Args, { loaded }) => (
    <SignInProvider flow={(loaded as { flow: SignInFlow }).flow}>
      <SignInStart.Default {...args} />
    </SignInProvider>
  ),
} satisfies Meta<typeof SignInStart.Default>;

export default meta;
type Story = StoryObj<typeof meta>;

/** USER_SRP_AUTH: what a password manager recognises as a sign-in form. */
export const UsernameAndPassword: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByLabelText("Username")).toHaveAttribute(
      "autocomplete",
      expect.stringContaining("username"),
    );
    await expect(canvas.getByLabelText("Password")).toHaveAttribute(
      "autocomplete",
      "current-password",
    );
  },
};

/** USER_AUTH: the username, then the first factors Cognito offers; or a passkey at once. */
export const UsernameAndPasskey: Story = {
  args: { needsPassword: false, passkey: true },
  play: async ({ canvas }) => {
    await expect(canvas.queryByLabelText("Password")).toBeNull();
    await expect(canvas.getByRole("button", { name: "Sign in with a passkey" })).toBeVisible();
  },
};

/** Nothing typed: refused before anything is sent. */
export const Required: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Sign in" }));
    await expect(await canvas.findByText("Enter your username.")).toBeVisible();
  },
};

/** NotAuthorizedException from InitiateAuth (recovery `restart`): the username stays. */
export const IncorrectPassword: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText("Username"), "alice@example.com");
    await userEvent.type(canvas.getByLabelText("Password"), "wrong{Enter}");
    await expect(await canvas.findByText("Incorrect username or password.")).toBeVisible();
    await expect(canvas.getByLabelText("Username")).toHaveValue("alice@example.com");
  },
};

/** TooManyRequestsException (recovery `wait`). */
export const TooManyRequests: Story = {
  loaders: [
    async () => ({ flow: createFixtureFlow(fixtures.errors.tooManyRequests, "USER_SRP_AUTH") }),
  ],
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText("Username"), "alice@example.com");
    await userEvent.type(canvas.getByLabelText("Password"), "secret{Enter}");
    await expect(await canvas.findByText(/Too many requests/)).toBeVisible();
  },
};

/** UserNotFoundException reads exactly like a wrong password (no account enumeration). */
export const UnknownUser: Story = {
  loaders: [
    async () => ({ flow: createFixtureFlow(fixtures.errors.userNotFound, "USER_SRP_AUTH") }),
  ],
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText("Username"), "nobody@example.com");
    await userEvent.type(canvas.getByLabelText("Password"), "secret{Enter}");
    await expect(await canvas.findByText("Incorrect username or password.")).toBeVisible();
  },
};

export const RightToLeft: Story = { globals: { dir: "rtl" } };

export const DarkTheme: Story = { globals: { theme: "dark" } };

export const ReplacedParts: Story = {
  render: (_args, { loaded }) => (
    <SignInProvider flow={(loaded as { flow: SignInFlow }).flow}>
      <DsCard>
        <SignInStart.Root needsPassword>
          <SignInStart.Title />
          <SignInStart.UsernameLabel />
          <SignInStart.Username asChild>
            <DsInput />
          </SignInStart.Username>
          <SignInStart.PasswordLabel />
          <SignInStart.Password asChild>
            <DsInput />
          </SignInStart.Password>
          <SignInStart.Error />
          <SignInStart.Submit asChild>
            <DsButton />
          </SignInStart.Submit>
        </SignInStart.Root>
      </DsCard>
    </SignInProvider>
  ),
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText("Username"), "alice@example.com");
    await userEvent.type(canvas.getByLabelText("Password"), "wrong{Enter}");
    await expect(await canvas.findByText("Incorrect username or password.")).toBeVisible();
  },
};
