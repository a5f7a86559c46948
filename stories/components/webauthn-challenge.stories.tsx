import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { ChallengeError } from "../../src/core/index";
import { WebAuthnChallenge } from "../../src/index";
import { fixtures } from "../../test/fixtures/cognito/index";
import { DsButton, DsCard } from "../support/acme-ds";
import {
  challengeFrom,
  errorArgType,
  errorFrom,
  errorOptions,
  withChallenge,
} from "../support/with-challenge";

const cancelled = new ChallengeError(
  "WebAuthnCancelled",
  "The operation either timed out or was not allowed.",
  { recovery: "retry" },
);

/**
 * WEB_AUTHN: one button that opens the browser's passkey prompt (`respond({})`; the flow runs
 * `navigator.credentials.get` with `CREDENTIAL_REQUEST_OPTIONS`). States in `data-state`:
 * idle, prompting, cancelled, unsupported, error.
 */
const meta = {
  title: "Components/WebAuthnChallenge",
  component: WebAuthnChallenge.Default,
  args: { ...withChallenge(challengeFrom(fixtures.webAuthn, "WEB_AUTHN")), isSupported: true },
  argTypes: {
    error: errorArgType,
    isPending: { control: "boolean", description: "`prompting` while the prompt is open." },
    isSupported: { control: "boolean" },
  },
} satisfies Meta<typeof WebAuthnChallenge.Default>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Ready: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Use passkey" }));
    await expect(args.respond).toHaveBeenCalledTimes(1);
    await expect(args.respond).toHaveBeenCalledWith({});
  },
};

/** The prompt is open. */
export const Prompting: Story = {
  args: { isPending: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("form")).toHaveAttribute("data-state", "prompting");
  },
};

/** The person dismissed the prompt (NotAllowedError → WebAuthnCancelled, recovery `retry`). */
export const Cancelled: Story = {
  args: { error: cancelled },
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getByRole("alert")).toHaveTextContent("cancelled or timed out");
    await userEvent.click(canvas.getByRole("button", { name: "Try again" }));
    await expect(args.respond).toHaveBeenCalledTimes(1);
    await expect(args.respond).toHaveBeenCalledWith({});
  },
};

/** No WebAuthn here (an old browser, or not a secure context): offer another way. */
export const Unsupported: Story = {
  args: { isSupported: false },
  play: async ({ canvas }) => {
    await expect(canvas.getByText("This browser can't use passkeys here.")).toBeVisible();
  },
};

/** The emulator (or Cognito) refused the assertion: NotAuthorizedException, start again. */
export const AssertionRefused: Story = {
  args: { error: errorFrom(fixtures.errors.incorrectPassword) },
};

export const ExpiredSession: Story = { args: { error: errorOptions.ExpiredSession } };

export const TooManyRequests: Story = { args: { error: errorOptions.TooManyRequestsException } };

export const RightToLeft: Story = { globals: { dir: "rtl" } };

export const DarkTheme: Story = { globals: { theme: "dark" } };

export const ReplacedParts: Story = {
  render: (args) => (
    <DsCard>
      <WebAuthnChallenge.Root {...args}>
        <WebAuthnChallenge.Title />
        <WebAuthnChallenge.Error />
        <WebAuthnChallenge.Prompt asChild>
          <DsButton />
        </WebAuthnChallenge.Prompt>
        <WebAuthnChallenge.Status />
      </WebAuthnChallenge.Root>
    </DsCard>
  ),
  play: async ({ canvas, userEvent, args }) => {
    const button = canvas.getByRole("button", { name: "Use passkey" });
    await expect(button).toHaveClass("acme-button");
    await userEvent.click(button);
    await expect(args.respond).toHaveBeenCalledTimes(1);
    await expect(args.respond).toHaveBeenCalledWith({});
  },
};
