import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { EmailSetup } from "../../src/index";
import { fixtures } from "../../test/fixtures/cognito/index";
import { DsButton, DsCard, DsInput } from "../support/acme-ds";
import { mfaSetupEmailSelected } from "../support/mfa-setup-challenges";
import { errorArgType, errorFrom, errorOptions, withChallenge } from "../support/with-challenge";

/** MFA_SETUP by email: the address to send codes to (answered as `EMAIL`); an EMAIL_OTP follows. */
const meta = {
  title: "Components/EmailSetup",
  component: EmailSetup.Default,
  args: withChallenge(mfaSetupEmailSelected),
  argTypes: { error: errorArgType, isPending: { control: "boolean" } },
} satisfies Meta<typeof EmailSetup.Default>;

export default meta;
type Story = StoryObj<typeof meta>;

export const EnterAnEmailAddress: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const input = canvas.getByLabelText("Email address");
    await expect(input).toHaveAttribute("type", "email");
    await userEvent.type(input, "ada@example.com");
    await userEvent.click(canvas.getByRole("button", { name: "Send code" }));
    await expect(args.respond).toHaveBeenCalledTimes(1);
    await expect(args.respond).toHaveBeenCalledWith({ email: "ada@example.com" });
  },
};

/** Not an address: refused before anything is sent. */
export const InvalidAddress: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByLabelText("Email address"), "ada@{Enter}");
    await expect(canvas.getByText("Enter an email address like name@example.com.")).toBeVisible();
    await expect(args.respond).not.toHaveBeenCalled();
  },
};

export const Pending: Story = { args: { isPending: true } };

/** AliasExistsException: the address belongs to another account. */
export const AddressInUse: Story = { args: { error: errorFrom(fixtures.errors.aliasExists) } };

export const ExpiredSession: Story = { args: { error: errorOptions.ExpiredSession } };

export const TooManyRequests: Story = { args: { error: errorOptions.TooManyRequestsException } };

export const RightToLeft: Story = { globals: { dir: "rtl" } };

export const DarkTheme: Story = { globals: { theme: "dark" } };

export const ReplacedParts: Story = {
  render: (args) => (
    <DsCard>
      <EmailSetup.Root {...args}>
        <EmailSetup.Title />
        <EmailSetup.Label />
        <EmailSetup.Input asChild>
          <DsInput />
        </EmailSetup.Input>
        <EmailSetup.Error />
        <EmailSetup.Submit asChild>
          <DsButton />
        </EmailSetup.Submit>
      </EmailSetup.Root>
    </DsCard>
  ),
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByLabelText("Email address"), "ada@example.com{Enter}");
    await expect(args.respond).toHaveBeenCalledTimes(1);
    await expect(args.respond).toHaveBeenCalledWith({ email: "ada@example.com" });
  },
};
