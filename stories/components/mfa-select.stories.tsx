import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { MfaSelect } from "../../src/index";
import { fixtures } from "../../test/fixtures/cognito/index";
import { DsButton, DsCard } from "../support/acme-ds";
import {
  challengeFrom,
  errorArgType,
  errorFrom,
  errorOptions,
  withChallenge,
} from "../support/with-challenge";

/**
 * SELECT_MFA_TYPE (`MFAS_CAN_CHOOSE`) and SELECT_CHALLENGE (the response's `AvailableChallenges`):
 * a radio group of exactly what Cognito offered, in its order.
 */
const meta = {
  title: "Components/MfaSelect",
  component: MfaSelect.Default,
  // The screen serves both names: its `respond` takes either answer.
  args: withChallenge<MfaSelect.MfaSelectChallengeName>(
    challengeFrom(fixtures.selectMfaType, "SELECT_MFA_TYPE"),
  ),
  argTypes: { error: errorArgType, isPending: { control: "boolean" } },
} satisfies Meta<typeof MfaSelect.Default>;

export default meta;
type Story = StoryObj<typeof meta>;

/** SMS, authenticator app and email: pick with the arrow keys, send with Enter. */
export const SelectMfaType: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const group = canvas.getByRole("group", { name: "Verification method" });
    await expect(group).toBeVisible();
    await userEvent.click(canvas.getByRole("radio", { name: /Text message/ }));
    await userEvent.keyboard("{ArrowDown}");
    await expect(canvas.getByRole("radio", { name: /Authenticator app/ })).toBeChecked();
    await userEvent.keyboard("{Enter}");
    await expect(args.respond).toHaveBeenCalledTimes(1);
    await expect(args.respond).toHaveBeenCalledWith({ mfaType: "SOFTWARE_TOKEN_MFA" });
  },
};

/** SELECT_CHALLENGE: the first factors this user may use (USER_AUTH without a preference). */
export const SelectChallenge: Story = {
  args: { challenge: challengeFrom(fixtures.selectChallenge, "SELECT_CHALLENGE") },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole("radio", { name: /Passkey/ }));
    await userEvent.click(canvas.getByRole("button", { name: "Continue" }));
    await expect(args.respond).toHaveBeenCalledTimes(1);
    await expect(args.respond).toHaveBeenCalledWith({ challenge: "WEB_AUTHN" });
  },
};

/** A factor this library does not know (a future name) is left out; TOTP remains. */
export const UnknownFactorDropped: Story = {
  args: { challenge: challengeFrom(fixtures.selectMfaTypeUnknownFactor, "SELECT_MFA_TYPE") },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole("radio")).toHaveLength(1);
  },
};

/** PASSWORD and PASSWORD_SRP both offered: one "Password" choice (SRP). */
export const PasswordOnly: Story = {
  args: { challenge: challengeFrom(fixtures.selectChallengePasswordOnly, "SELECT_CHALLENGE") },
};

/** Nothing chosen: refused before anything is sent. */
export const NothingChosen: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Continue" }));
    await expect(canvas.getByText("Choose an option to continue.")).toBeVisible();
    await expect(args.respond).not.toHaveBeenCalled();
  },
};

export const Pending: Story = { args: { isPending: true } };

/** MFAMethodNotFoundException (recovery `restart`). */
export const MethodNotFound: Story = {
  args: { error: errorFrom(fixtures.errors.mfaMethodNotFound) },
};

export const ExpiredSession: Story = { args: { error: errorOptions.ExpiredSession } };

export const TooManyRequests: Story = { args: { error: errorOptions.TooManyRequestsException } };

export const RightToLeft: Story = { globals: { dir: "rtl" } };

export const DarkTheme: Story = { globals: { theme: "dark" } };

export const ReplacedParts: Story = {
  render: (args) => (
    <DsCard>
      <MfaSelect.Root {...args}>
        <MfaSelect.Title />
        <MfaSelect.Group />
        <MfaSelect.Error />
        <MfaSelect.Submit asChild>
          <DsButton />
        </MfaSelect.Submit>
      </MfaSelect.Root>
    </DsCard>
  ),
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole("radio", { name: /Email/ }));
    await userEvent.click(canvas.getByRole("button", { name: "Continue" }));
    await expect(args.respond).toHaveBeenCalledTimes(1);
    await expect(args.respond).toHaveBeenCalledWith({ mfaType: "EMAIL_OTP" });
  },
};
