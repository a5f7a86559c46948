import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn } from "storybook/test";
import { SessionCountdown } from "../../src/index";

/**
 * How long the current step has before Cognito's session ends. Hidden while more than a minute
 * is left; a `role="timer"` under a minute; "timed out" with "Start again" at the end.
 */
const meta = {
  title: "Components/SessionCountdown",
  component: SessionCountdown,
  args: { expiresAt: Date.now() + 45_000, restart: fn().mockName("restart") },
  argTypes: { expiresAt: { control: "date" }, thresholdMs: { control: { type: "number" } } },
} satisfies Meta<typeof SessionCountdown>;

export default meta;
type Story = StoryObj<typeof meta>;

export const UnderAMinute: Story = {
  render: (args) => <SessionCountdown {...args} expiresAt={Date.now() + 45_000} />,
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("timer")).toHaveTextContent(/0:4\d/);
  },
};

export const Expired: Story = {
  render: (args) => <SessionCountdown {...args} expiresAt={Date.now() - 1000} />,
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getByRole("status")).toHaveTextContent(
      "This step has timed out. Start again to continue.",
    );
    await userEvent.click(canvas.getByRole("button", { name: "Start again" }));
    await expect(args.restart).toHaveBeenCalledTimes(1);
  },
};

/** More than the threshold left: nothing to show. */
export const PlentyOfTime: Story = {
  render: (args) => (
    <>
      <p>Plenty of time left: the countdown below renders nothing visible.</p>
      <SessionCountdown {...args} expiresAt={Date.now() + 10 * 60_000} />
    </>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole("timer")).toBeNull();
  },
};

export const DarkTheme: Story = {
  globals: { theme: "dark" },
  render: (args) => <SessionCountdown {...args} expiresAt={Date.now() + 45_000} />,
};

export const RightToLeft: Story = {
  globals: { dir: "rtl" },
  render: (args) => <SessionCountdown {...args} expiresAt={Date.now() + 45_000} />,
};
