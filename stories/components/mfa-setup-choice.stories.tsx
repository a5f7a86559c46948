import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { MfaSetupChoice } from "../../src/index";
import { DsButton, DsCard } from "../support/acme-ds";
import { mfaSetupBoth } from "../support/mfa-setup-challenges";
import { errorArgType, errorOptions, withChallenge } from "../support/with-challenge";

/** MFA_SETUP when an authenticator app and email can both be set up: a radio group. */
const meta = {
  title: "Components/MfaSetupChoice",
  component: MfaSetupChoice.Default,
  args: withChallenge(mfaSetupBoth),
  argTypes: { error: errorArgType, isPending: { control: "boolean" } },
} satisfies Meta<typeof MfaSetupChoice.Default>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ChooseAFactor: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole("radio", { name: /Authenticator app/ }));
    await userEvent.click(canvas.getByRole("button", { name: "Continue" }));
    await expect(args.respond).toHaveBeenCalledTimes(1);
    await expect(args.respond).toHaveBeenCalledWith({ select: "SOFTWARE_TOKEN_MFA" });
  },
};

/** Nothing chosen: refused before anything is sent. */
export const NothingChosen: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Continue" }));
    await expect(canvas.getByText("Choose one to continue.")).toBeVisible();
    await expect(args.respond).not.toHaveBeenCalled();
  },
};

export const Pending: Story = { args: { isPending: true } };

export const ExpiredSession: Story = { args: { error: errorOptions.ExpiredSession } };

export const TooManyRequests: Story = { args: { error: errorOptions.TooManyRequestsException } };

export const RightToLeft: Story = { globals: { dir: "rtl" } };

export const DarkTheme: Story = { globals: { theme: "dark" } };

export const ReplacedParts: Story = {
  render: (args) => (
    <DsCard>
      <MfaSetupChoice.Root {...args}>
        <MfaSetupChoice.Title />
        <MfaSetupChoice.Group>
          <MfaSetupChoice.Legend />
          <MfaSetupChoice.Option value="SOFTWARE_TOKEN_MFA" />
          <MfaSetupChoice.Option value="EMAIL_OTP" />
        </MfaSetupChoice.Group>
        <MfaSetupChoice.Error />
        <MfaSetupChoice.Submit asChild>
          <DsButton />
        </MfaSetupChoice.Submit>
      </MfaSetupChoice.Root>
    </DsCard>
  ),
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole("radio", { name: /Email/ }));
    await userEvent.click(canvas.getByRole("button", { name: "Continue" }));
    await expect(args.respond).toHaveBeenCalledTimes(1);
    await expect(args.respond).toHaveBeenCalledWith({ select: "EMAIL_OTP" });
  },
};
