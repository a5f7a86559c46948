import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { PasswordChallenge } from "../../src/index";
import { fixtures } from "../../test/fixtures/cognito/index";
import { DsButton, DsCard, DsInput } from "../support/acme-ds";
import {
  challengeFrom,
  errorArgType,
  errorFrom,
  errorOptions,
  withChallenge,
} from "../support/with-challenge";

/**
 * PASSWORD and PASSWORD_SRP (a first factor picked in USER_AUTH): a plain password field. SRP
 * runs inside the flow; the screen never sees it.
 */
const meta = {
  title: "Components/PasswordChallenge",
  component: PasswordChallenge.Default,
  args: withChallenge(challengeFrom(fixtures.passwordSrp, "PASSWORD_SRP")),
  argTypes: {
    error: errorArgType,
    isPending: { control: "boolean" },
  },
} satisfies Meta<typeof PasswordChallenge.Default>;

export default meta;
type Story = StoryObj<typeof meta>;

/** PASSWORD_SRP: type the password, show it, send it. */
export const PasswordSrp: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const input = canvas.getByLabelText("Password");
    await expect(input).toHaveAttribute("type", "password");
    await userEvent.type(input, "correct horse battery staple");
    await userEvent.click(canvas.getByRole("button", { name: "Show password" }));
    await expect(input).toHaveAttribute("type", "text");
    await expect(canvas.getByRole("button", { name: "Show password" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await userEvent.click(canvas.getByRole("button", { name: "Sign in" }));
    await expect(args.respond).toHaveBeenCalledTimes(1);
    await expect(args.respond).toHaveBeenCalledWith({
      password: "correct horse battery staple",
    });
  },
};

/** PASSWORD: the plain-password first factor. */
export const Password: Story = {
  args: { challenge: challengeFrom(fixtures.password, "PASSWORD") },
};

/** An empty field is refused before anything is sent. */
export const Required: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Sign in" }));
    await expect(canvas.getByRole("alert")).toHaveTextContent("Enter your password.");
    await expect(args.respond).not.toHaveBeenCalled();
  },
};

export const Pending: Story = {
  args: { isPending: true },
};

/** NotAuthorizedException "Incorrect username or password." (recovery `restart`). */
export const IncorrectPassword: Story = {
  args: { error: errorFrom(fixtures.errors.incorrectPassword) },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("alert")).toHaveTextContent("Incorrect username or password.");
    await expect(canvas.getByRole("button", { name: "Start again" })).toBeVisible();
  },
};

/** The session expired before the password was sent (recovery `restart`). */
export const ExpiredSession: Story = {
  args: { error: errorOptions.ExpiredSession },
};

/** "Password attempts exceeded" is a lockout: recovery `wait`. */
export const AttemptsExceeded: Story = {
  args: { error: errorFrom(fixtures.errors.passwordAttemptsExceeded) },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("alert")).toHaveTextContent("Too many failed attempts.");
  },
};

export const TooManyRequests: Story = {
  args: { error: errorOptions.TooManyRequestsException },
};

export const RightToLeft: Story = { globals: { dir: "rtl" } };

export const DarkTheme: Story = { globals: { theme: "dark" } };

/** Input and submit are Acme's; the toggle is Acme's quiet button. */
export const ReplacedParts: Story = {
  render: (args) => (
    <DsCard>
      <PasswordChallenge.Root {...args}>
        <PasswordChallenge.Title />
        <PasswordChallenge.Label />
        <PasswordChallenge.Input asChild>
          <DsInput />
        </PasswordChallenge.Input>
        <PasswordChallenge.Toggle asChild>
          <DsButton variant="quiet" />
        </PasswordChallenge.Toggle>
        <PasswordChallenge.Error />
        <PasswordChallenge.Submit asChild>
          <DsButton />
        </PasswordChallenge.Submit>
      </PasswordChallenge.Root>
    </DsCard>
  ),
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByLabelText("Password"), "hunter2{Enter}");
    await expect(args.respond).toHaveBeenCalledTimes(1);
    await expect(args.respond).toHaveBeenCalledWith({ password: "hunter2" });
  },
};
