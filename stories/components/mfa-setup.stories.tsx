import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { MfaSetup } from "../../src/index";
import {
  mfaSetupBoth,
  mfaSetupEmailSelected,
  mfaSetupSmsOnly,
  mfaSetupTotpAssociated,
} from "../support/mfa-setup-challenges";
import { errorArgType, withChallenge } from "../support/with-challenge";

/**
 * The MFA_SETUP screen the router shows: it follows the challenge (the choice, the TOTP set-up,
 * the email set-up, or why nothing can be set up here).
 */
const meta = {
  title: "Components/MfaSetup",
  component: MfaSetup.MfaSetupScreen,
  args: withChallenge(mfaSetupBoth),
  argTypes: { error: errorArgType, isPending: { control: "boolean" } },
} satisfies Meta<typeof MfaSetup.MfaSetupScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

export const BothFactors: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("group", { name: "Get codes by" })).toBeVisible();
  },
};

export const AuthenticatorApp: Story = {
  args: { challenge: mfaSetupTotpAssociated },
  play: async ({ canvas }) => {
    await expect(canvas.getByLabelText("Code from the app")).toBeVisible();
  },
};

export const Email: Story = {
  args: { challenge: mfaSetupEmailSelected },
  play: async ({ canvas }) => {
    await expect(canvas.getByLabelText("Email address")).toBeVisible();
  },
};

/** Only SMS in MFAS_CAN_SETUP: explained, with a way back. */
export const SmsOnly: Story = {
  args: { challenge: mfaSetupSmsOnly },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("heading", { name: "A phone number is needed" })).toBeVisible();
  },
};
