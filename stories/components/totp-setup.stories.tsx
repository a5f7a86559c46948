import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { TotpSetup } from "../../src/index";
import { fixtures } from "../../test/fixtures/cognito/index";
import { DsButton, DsCard, DsInput } from "../support/acme-ds";
import { mfaSetupTotp, mfaSetupTotpAssociated } from "../support/mfa-setup-challenges";
import { errorArgType, errorFrom, errorOptions, withChallenge } from "../support/with-challenge";

/**
 * MFA_SETUP with an authenticator app: the QR code of the `otpauth://` URI, the setup key in
 * groups of four with a Copy button, then the first code (VerifySoftwareToken, then MFA_SETUP).
 * The secret is the recorded AssociateSoftwareToken response.
 */
const meta = {
  title: "Components/TotpSetup",
  component: TotpSetup.Default,
  args: withChallenge(mfaSetupTotpAssociated),
  argTypes: { error: errorArgType, isPending: { control: "boolean" } },
} satisfies Meta<typeof TotpSetup.Default>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ScanTheQrCode: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await expect(
      await canvas.findByRole(
        "img",
        { name: /QR code to add alice@example\.com/ },
        { timeout: 5000 },
      ),
    ).toBeVisible();
    await expect(canvas.getByText("JBSW Y3DP EHPK 3PXP LR5H FRWN ZG7D K4AQ")).toBeVisible();
    await expect(canvas.getByRole("link", { name: "Open in authenticator app" })).toHaveAttribute(
      "href",
      expect.stringMatching(
        /^otpauth:\/\/totp\/Acme%20Cloud:alice%40example\.com\?secret=JBSWY3DP/,
      ),
    );
    await userEvent.type(canvas.getByLabelText("Code from the app"), "123456");
    await userEvent.click(canvas.getByRole("button", { name: "Verify and turn on" }));
    await expect(args.respond).toHaveBeenCalledTimes(1);
    await expect(args.respond).toHaveBeenCalledWith(expect.objectContaining({ code: "123456" }));
  },
};

/** Before AssociateSoftwareToken has answered: no secret yet. */
export const Preparing: Story = {
  args: { challenge: { ...mfaSetupTotp, selected: "SOFTWARE_TOKEN_MFA" }, isPending: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByText("Preparing your setup key…")).toBeInTheDocument();
  },
};

export const Pending: Story = { args: { isPending: true } };

/** EnableSoftwareTokenMFAException (recovery `retry`): the first code was wrong. */
export const WrongCode: Story = {
  args: { error: errorFrom(fixtures.errors.enableSoftwareTokenMfa) },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("alert")).toHaveTextContent(
      "didn't match your authenticator app",
    );
  },
};

export const ExpiredSession: Story = { args: { error: errorOptions.ExpiredSession } };

export const TooManyRequests: Story = { args: { error: errorOptions.TooManyRequestsException } };

export const RightToLeft: Story = { globals: { dir: "rtl" } };

export const DarkTheme: Story = { globals: { theme: "dark" } };

export const ReplacedParts: Story = {
  render: (args) => (
    <DsCard>
      <TotpSetup.Root {...args}>
        <TotpSetup.Title />
        <TotpSetup.QrCode />
        <p>
          <TotpSetup.SecretLabel /> <TotpSetup.Secret />{" "}
          <TotpSetup.Copy asChild>
            <DsButton variant="quiet" />
          </TotpSetup.Copy>
        </p>
        <TotpSetup.CodeLabel />
        <TotpSetup.CodeInput asChild>
          <DsInput />
        </TotpSetup.CodeInput>
        <TotpSetup.Error />
        <TotpSetup.Submit asChild>
          <DsButton />
        </TotpSetup.Submit>
      </TotpSetup.Root>
    </DsCard>
  ),
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByLabelText("Code from the app"), "654321{Enter}");
    await expect(args.respond).toHaveBeenCalledTimes(1);
    await expect(args.respond).toHaveBeenCalledWith(expect.objectContaining({ code: "654321" }));
  },
};
