import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, waitFor } from "storybook/test";
import { OtpChallenge } from "../../src/index";
import { fixtures } from "../../test/fixtures/cognito/index";
import { DsButton, DsCard, DsInput } from "../support/acme-ds";
import {
  challengeFrom,
  errorArgType,
  errorOptions,
  withChallenge,
} from "../support/with-challenge";

const sms = challengeFrom(fixtures.smsMfa, "SMS_MFA");

/**
 * One screen for the four code challenges (SMS_MFA, SMS_OTP, EMAIL_OTP, SOFTWARE_TOKEN_MFA):
 * one real `<input autocomplete="one-time-code" inputmode="numeric">` under decorative slots.
 * Every story is a recorded Cognito response parsed by `parseAuthResponse`.
 */
const meta = {
  title: "Components/OtpChallenge",
  component: OtpChallenge.Default,
  args: { ...withChallenge(sms), autoSubmit: false, resendCooldownMs: 30_000 },
  argTypes: {
    error: errorArgType,
    isPending: { control: "boolean", description: "A request is in flight." },
    autoSubmit: { control: "boolean" },
    resendCooldownMs: { control: { type: "number", min: 0, step: 1000 } },
  },
} satisfies Meta<typeof OtpChallenge.Default>;

export default meta;
type Story = StoryObj<typeof meta>;

/** SMS_MFA after the password: type the code, press Verify. */
export const SmsMfa: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const input = canvas.getByLabelText("Verification code");
    await expect(input).toHaveAttribute("autocomplete", "one-time-code");
    await expect(canvas.getByText(/\+\*{7}0008/)).toBeVisible();
    await userEvent.type(input, "123456");
    await userEvent.click(canvas.getByRole("button", { name: "Verify" }));
    await expect(args.respond).toHaveBeenCalledTimes(1);
    await expect(args.respond).toHaveBeenCalledWith({ code: "123456" });
  },
};

/** SMS_OTP: a passwordless first factor (USER_AUTH). */
export const SmsOtp: Story = {
  args: { challenge: challengeFrom(fixtures.smsOtp, "SMS_OTP") },
};

/** EMAIL_OTP, as MFA or as a passwordless first factor. */
export const EmailOtp: Story = {
  args: { challenge: challengeFrom(fixtures.emailOtp, "EMAIL_OTP") },
};

/** SOFTWARE_TOKEN_MFA: no delivery and no "Send a new code" (the app makes the codes). */
export const SoftwareTokenMfa: Story = {
  args: { challenge: challengeFrom(fixtures.softwareTokenMfa, "SOFTWARE_TOKEN_MFA") },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole("button", { name: "Send a new code" })).toBeNull();
  },
};

/** A pasted code with spaces and a dash is cleaned up; with `autoSubmit` it is sent once. */
export const PastedCodeAutoSubmit: Story = {
  args: { autoSubmit: true },
  play: async ({ canvas, userEvent, args }) => {
    const input = canvas.getByLabelText("Verification code");
    await userEvent.click(input);
    await userEvent.paste(" 123-456 ");
    await waitFor(() => expect(input).toHaveValue("123456"));
    await waitFor(() => expect(args.respond).toHaveBeenCalledTimes(1));
    await expect(args.respond).toHaveBeenCalledWith({ code: "123456" });
  },
};

/** While the answer is in flight: `aria-busy`, a "Sending…" status, nothing sent twice. */
export const Pending: Story = {
  args: { isPending: true },
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getByRole("form")).toHaveAttribute("aria-busy", "true");
    await userEvent.click(canvas.getByRole("button", { name: "Verify" }));
    await expect(args.respond).not.toHaveBeenCalled();
  },
};

/** CodeMismatchException (recovery `retry`): the field is marked invalid, the code kept. */
export const CodeMismatch: Story = {
  args: { error: errorOptions.CodeMismatchException },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("alert")).toHaveTextContent("That code isn't right");
    await expect(canvas.getByLabelText("Verification code")).toHaveAttribute(
      "aria-invalid",
      "true",
    );
  },
};

/** ExpiredSession (recovery `restart`): the session is gone, so the screen offers to start again. */
export const ExpiredSession: Story = {
  args: { error: errorOptions.ExpiredSession },
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getByRole("alert")).toHaveTextContent("timed out");
    await userEvent.click(canvas.getByRole("button", { name: "Send a new code" }));
    await expect(args.restart).toHaveBeenCalledOnce();
  },
};

/** TooManyRequestsException (recovery `wait`): try again later. */
export const TooManyRequests: Story = {
  args: { error: errorOptions.TooManyRequestsException },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("alert")).toHaveTextContent("Too many requests");
  },
};

/** A long masked address must wrap, not overflow. */
export const LongDestination: Story = {
  args: { challenge: challengeFrom(fixtures.emailOtpLongDestination, "EMAIL_OTP") },
};

/** Right to left: the layout mirrors, the digits and the masked number stay left to right. */
export const RightToLeft: Story = {
  globals: { dir: "rtl" },
  play: async ({ canvas }) => {
    await expect(canvas.getByLabelText("Verification code")).toHaveAttribute("dir", "ltr");
  },
};

/** The dark theme of `styles.css`. */
export const DarkTheme: Story = {
  globals: { theme: "dark" },
};

/** In German, from `cognito-challenge-ui/locales`. */
export const German: Story = {
  globals: { locale: "de" },
};

/**
 * Parts swapped for another design system's elements with `asChild`: Acme's card, input and
 * button receive our props, so the label, the error wiring and the submit still work.
 */
export const ReplacedParts: Story = {
  render: (args) => (
    <DsCard>
      <OtpChallenge.Root {...args}>
        <OtpChallenge.Title />
        <OtpChallenge.Description />
        <OtpChallenge.Label />
        <OtpChallenge.Input asChild>
          <DsInput />
        </OtpChallenge.Input>
        <OtpChallenge.Error />
        <OtpChallenge.Submit asChild>
          <DsButton variant="primary" />
        </OtpChallenge.Submit>
      </OtpChallenge.Root>
    </DsCard>
  ),
  play: async ({ canvas, userEvent, args }) => {
    const input = canvas.getByLabelText("Verification code");
    await expect(input).toHaveClass("acme-input");
    await userEvent.type(input, "654321{Enter}");
    await expect(args.respond).toHaveBeenCalledTimes(1);
    await expect(args.respond).toHaveBeenCalledWith({ code: "654321" });
  },
};
