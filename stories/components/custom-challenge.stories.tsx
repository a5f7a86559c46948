import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { CustomChallenge } from "../../src/index";
import { fixtures } from "../../test/fixtures/cognito/index";
import { DsButton, DsCard, DsInput } from "../support/acme-ds";
import {
  challengeFrom,
  errorArgType,
  errorFrom,
  errorOptions,
  withChallenge,
} from "../support/with-challenge";

const emailCode = challengeFrom(fixtures.customChallenge, "CUSTOM_CHALLENGE");

/** The demo pool's trigger asks questions; its public parameters are `question` and `attemptsLeft`. */
const question = challengeFrom(fixtures.customChallenge, "CUSTOM_CHALLENGE", {
  parameters: {
    USERNAME: emailCode.parameters.USERNAME ?? "",
    question: "What is 3 + 4?",
    attemptsLeft: "3",
  },
  publicParameters: { question: "What is 3 + 4?", attemptsLeft: "3" },
});

/**
 * CUSTOM_CHALLENGE: whatever the Create-Auth-Challenge trigger sent (its public parameters,
 * shown as text, never as HTML) and one answer field.
 */
const meta = {
  title: "Components/CustomChallenge",
  component: CustomChallenge.Default,
  args: withChallenge(emailCode),
  argTypes: { error: errorArgType, isPending: { control: "boolean" } },
} satisfies Meta<typeof CustomChallenge.Default>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The recorded trigger (an emailed code): every public parameter, as text. */
export const TriggerParameters: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getByText("challengeType")).toBeVisible();
    await expect(canvas.getByText("EMAIL_CODE")).toBeVisible();
    await expect(canvas.queryByText("USERNAME")).toBeNull();
    await userEvent.type(canvas.getByLabelText("Your answer"), "424242{Enter}");
    await expect(args.respond).toHaveBeenCalledTimes(1);
    await expect(args.respond).toHaveBeenCalledWith({ answer: "424242" });
  },
};

/** The screen an app writes for its own trigger: the question drawn by a render function. */
export const Question: Story = {
  args: { challenge: question },
  render: (args) => (
    <CustomChallenge.Root {...args}>
      <CustomChallenge.Title />
      <CustomChallenge.Parameters>
        {(p) => (
          <p>
            {p.question} ({p.attemptsLeft} attempts left)
          </p>
        )}
      </CustomChallenge.Parameters>
      <CustomChallenge.Label />
      <CustomChallenge.Input />
      <CustomChallenge.Error />
      <CustomChallenge.Submit />
    </CustomChallenge.Root>
  ),
  play: async ({ canvas, userEvent, args }) => {
    const input = canvas.getByLabelText("Your answer");
    await expect(input).toHaveAccessibleDescription(/What is 3 \+ 4\?/);
    await userEvent.type(input, "7");
    await userEvent.click(canvas.getByRole("button", { name: "Continue" }));
    await expect(args.respond).toHaveBeenCalledTimes(1);
    await expect(args.respond).toHaveBeenCalledWith({ answer: "7" });
  },
};

export const Pending: Story = { args: { isPending: true } };

/** A wrong answer ends a custom sign-in (NotAuthorizedException, recovery `restart`). */
export const WrongAnswer: Story = {
  args: { error: errorFrom(fixtures.errors.incorrectPassword) },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("button", { name: "Start again" })).toBeVisible();
  },
};

/** The trigger itself failed (UserLambdaValidationException). */
export const TriggerFailed: Story = {
  args: { error: errorFrom(fixtures.errors.userLambdaValidation) },
};

export const ExpiredSession: Story = { args: { error: errorOptions.ExpiredSession } };

export const TooManyRequests: Story = { args: { error: errorOptions.TooManyRequestsException } };

export const RightToLeft: Story = { globals: { dir: "rtl" } };

export const DarkTheme: Story = { globals: { theme: "dark" } };

export const ReplacedParts: Story = {
  args: { challenge: question },
  render: (args) => (
    <DsCard>
      <CustomChallenge.Root {...args}>
        <CustomChallenge.Title />
        <CustomChallenge.Parameters>{(p) => <p>{p.question}</p>}</CustomChallenge.Parameters>
        <CustomChallenge.Label />
        <CustomChallenge.Input asChild>
          <DsInput />
        </CustomChallenge.Input>
        <CustomChallenge.Error />
        <CustomChallenge.Submit asChild>
          <DsButton />
        </CustomChallenge.Submit>
      </CustomChallenge.Root>
    </DsCard>
  ),
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByLabelText("Your answer"), "7{Enter}");
    await expect(args.respond).toHaveBeenCalledTimes(1);
    await expect(args.respond).toHaveBeenCalledWith({ answer: "7" });
  },
};
