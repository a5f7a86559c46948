import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import type { Challenge } from "../../src/core/index";
import { RememberDevice } from "../../src/index";
import { fixtureIdentity } from "../../test/fixtures/cognito/index";
import { DsButton, DsCard } from "../support/acme-ds";
import { errorArgType, errorOptions, withChallenge } from "../support/with-challenge";

/**
 * REMEMBER_DEVICE is a local step, not a Cognito challenge: ConfirmDevice answered
 * `UserConfirmationNecessary`, so the person decides (protocol reference §5 step 3). Its device
 * key is the `NewDeviceMetadata` of the recorded `tokens-new-device` response.
 */
const step: Challenge<"REMEMBER_DEVICE"> = {
  name: "REMEMBER_DEVICE",
  deviceKey: fixtureIdentity.deviceKey,
  parameters: {},
};

const meta = {
  title: "Components/RememberDevice",
  component: RememberDevice.Default,
  args: withChallenge(step, { expiresAt: undefined }),
  argTypes: { error: errorArgType, isPending: { control: "boolean" } },
} satisfies Meta<typeof RememberDevice.Default>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Ask: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Remember this device" }));
    await expect(args.respond).toHaveBeenCalledTimes(1);
    await expect(args.respond).toHaveBeenCalledWith({ remember: true });
  },
};

export const NotNow: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Not now" }));
    await expect(args.respond).toHaveBeenCalledTimes(1);
    await expect(args.respond).toHaveBeenCalledWith({ remember: false });
  },
};

export const Pending: Story = { args: { isPending: true } };

/** UpdateDeviceStatus was throttled (recovery `wait`). */
export const TooManyRequests: Story = { args: { error: errorOptions.TooManyRequestsException } };

export const NetworkError: Story = { args: { error: errorOptions.NetworkError } };

export const RightToLeft: Story = { globals: { dir: "rtl" } };

export const DarkTheme: Story = { globals: { theme: "dark" } };

export const ReplacedParts: Story = {
  render: (args) => (
    <DsCard>
      <RememberDevice.Root {...args}>
        <RememberDevice.Title />
        <RememberDevice.Description />
        <RememberDevice.Error />
        <RememberDevice.Remember asChild>
          <DsButton />
        </RememberDevice.Remember>
        <RememberDevice.DontRemember asChild>
          <DsButton variant="quiet" />
        </RememberDevice.DontRemember>
      </RememberDevice.Root>
    </DsCard>
  ),
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Not now" }));
    await expect(args.respond).toHaveBeenCalledTimes(1);
    await expect(args.respond).toHaveBeenCalledWith({ remember: false });
  },
};
