import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { NewPasswordChallenge } from "../../src/index";
import { fixtures } from "../../test/fixtures/cognito/index";
import { DsButton, DsCard, DsInput } from "../support/acme-ds";
import {
  challengeFrom,
  errorArgType,
  errorFrom,
  errorOptions,
  withChallenge,
} from "../support/with-challenge";

/** Cognito's default password policy (8 characters, all four classes). */
const cognitoDefaultPolicy = {
  MinimumLength: 8,
  RequireUppercase: true,
  RequireLowercase: true,
  RequireNumbers: true,
  RequireSymbols: true,
};

/**
 * NEW_PASSWORD_REQUIRED: a temporary password must be replaced, and the attributes the pool
 * requires but the user lacks (`requiredAttributes`) are asked for, each with its own input type.
 */
const meta = {
  title: "Components/NewPasswordChallenge",
  component: NewPasswordChallenge.Default,
  args: {
    ...withChallenge(challengeFrom(fixtures.newPasswordRequired, "NEW_PASSWORD_REQUIRED")),
    passwordPolicy: cognitoDefaultPolicy,
  },
  argTypes: {
    error: errorArgType,
    isPending: { control: "boolean" },
    passwordPolicy: { control: "object" },
  },
} satisfies Meta<typeof NewPasswordChallenge.Default>;

export default meta;
type Story = StoryObj<typeof meta>;

/** `name` and `phone_number` are required: both are asked for and sent without the prefix. */
export const WithRequiredAttributes: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByLabelText("New password"), "Tr0ub4dor&3x");
    await userEvent.type(canvas.getByLabelText("Confirm new password"), "Tr0ub4dor&3x");
    for (const item of canvas.getAllByRole("listitem")) {
      await expect(item).toHaveTextContent(/, done$/);
    }
    await userEvent.type(canvas.getByLabelText("Full name"), "Alice Liddell");
    await userEvent.type(canvas.getByLabelText(/Phone number/), "+14155550123");
    await userEvent.click(canvas.getByRole("button", { name: "Set password" }));
    await expect(args.respond).toHaveBeenCalledTimes(1);
    await expect(args.respond).toHaveBeenCalledWith({
      newPassword: "Tr0ub4dor&3x",
      attributes: { name: "Alice Liddell", phone_number: "+14155550123" },
    });
  },
};

/** Only the new password. */
export const NoAttributes: Story = {
  args: {
    challenge: challengeFrom(fixtures.newPasswordRequiredNoAttributes, "NEW_PASSWORD_REQUIRED"),
  },
};

/** The two passwords differ: refused before anything is sent. */
export const Mismatch: Story = {
  args: {
    challenge: challengeFrom(fixtures.newPasswordRequiredNoAttributes, "NEW_PASSWORD_REQUIRED"),
  },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByLabelText("New password"), "Tr0ub4dor&3x");
    await userEvent.type(canvas.getByLabelText("Confirm new password"), "Tr0ub4dor&3y{Enter}");
    await expect(canvas.getByText("The passwords don't match.")).toBeVisible();
    await expect(args.respond).not.toHaveBeenCalled();
  },
};

/** The app's own rule (`validate`): its text shows under the field; nothing is sent. */
export const AppRules: Story = {
  args: {
    challenge: challengeFrom(fixtures.newPasswordRequiredNoAttributes, "NEW_PASSWORD_REQUIRED"),
    validate: {
      newPassword: (value) => (/acme/i.test(value) ? "Leave out the company name." : undefined),
    },
  },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByLabelText("New password"), "Acme-Tr0ub4dor&3");
    await userEvent.type(canvas.getByLabelText("Confirm new password"), "Acme-Tr0ub4dor&3{Enter}");
    await expect(canvas.getByLabelText("New password")).toHaveAccessibleDescription(
      /Leave out the company name\./,
    );
    await expect(args.respond).not.toHaveBeenCalled();
  },
};

export const Pending: Story = { args: { isPending: true } };

/** InvalidPasswordException (recovery `retry`): the pool refused the password. */
export const PolicyRefused: Story = {
  args: { error: errorFrom(fixtures.errors.invalidPassword) },
  play: async ({ canvas }) => {
    await expect(canvas.getByLabelText("New password")).toHaveAttribute("aria-invalid", "true");
  },
};

/** PasswordHistoryPolicyViolationException: a recently used password. */
export const PasswordHistory: Story = {
  args: { error: errorFrom(fixtures.errors.passwordHistory) },
};

export const ExpiredSession: Story = { args: { error: errorOptions.ExpiredSession } };

export const TooManyRequests: Story = { args: { error: errorOptions.TooManyRequestsException } };

export const RightToLeft: Story = { globals: { dir: "rtl" } };

export const DarkTheme: Story = { globals: { theme: "dark" } };

export const ReplacedParts: Story = {
  args: {
    challenge: challengeFrom(fixtures.newPasswordRequiredNoAttributes, "NEW_PASSWORD_REQUIRED"),
  },
  render: (args) => (
    <DsCard>
      <NewPasswordChallenge.Root {...args}>
        <NewPasswordChallenge.Title />
        <NewPasswordChallenge.Field name="newPassword">
          <NewPasswordChallenge.Label />
          <NewPasswordChallenge.Input asChild>
            <DsInput />
          </NewPasswordChallenge.Input>
          <NewPasswordChallenge.FieldError />
        </NewPasswordChallenge.Field>
        <NewPasswordChallenge.Policy />
        <NewPasswordChallenge.Field name="confirmPassword">
          <NewPasswordChallenge.Label />
          <NewPasswordChallenge.Input asChild>
            <DsInput />
          </NewPasswordChallenge.Input>
          <NewPasswordChallenge.FieldError />
        </NewPasswordChallenge.Field>
        <NewPasswordChallenge.Error />
        <NewPasswordChallenge.Submit asChild>
          <DsButton />
        </NewPasswordChallenge.Submit>
      </NewPasswordChallenge.Root>
    </DsCard>
  ),
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByLabelText("New password"), "Tr0ub4dor&3x");
    await userEvent.type(canvas.getByLabelText("Confirm new password"), "Tr0ub4dor&3x{Enter}");
    await expect(args.respond).toHaveBeenCalledTimes(1);
    await expect(args.respond).toHaveBeenCalledWith({ newPassword: "Tr0ub4dor&3x" });
  },
};
