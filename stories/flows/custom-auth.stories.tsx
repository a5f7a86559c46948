import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { withDemoPanel } from "../support/demo-panel";
import { demoLoader, renderDemo } from "../support/flow-story";
import { finishSignIn, screen, startSignIn } from "../support/play";

/**
 * CUSTOM_AUTH: the demo pool's Define/Create/Verify-Auth-Challenge triggers ask two questions.
 * The generic CustomChallenge screen shows the trigger's public parameters as text.
 */
const meta = {
  title: "Flows/Custom challenge",
  decorators: [withDemoPanel],
  render: renderDemo,
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

async function answer(
  canvas: Parameters<NonNullable<Story["play"]>>[0]["canvas"],
  userEvent: Parameters<NonNullable<Story["play"]>>[0]["userEvent"],
  text: string,
): Promise<void> {
  await userEvent.type(canvas.getByLabelText("Your answer"), text);
  await userEvent.click(canvas.getByRole("button", { name: "Continue" }));
}

/** Two questions, answered right. */
export const TwoQuestions: Story = {
  loaders: [demoLoader("custom@example.com")],
  play: async ({ canvas, userEvent }) => {
    await startSignIn(canvas, userEvent, "custom@example.com");
    await screen(canvas, "Answer to continue");
    await expect(canvas.getByText("What is 3 + 4?")).toBeVisible();
    await answer(canvas, userEvent, "7");
    await expect(await canvas.findByText("What colour is a clear daytime sky?")).toBeVisible();
    await answer(canvas, userEvent, "blue");
    await finishSignIn(canvas, userEvent);
  },
};

/** A wrong answer asks the same question again, with one attempt fewer. */
export const WrongAnswerFirst: Story = {
  loaders: [demoLoader("custom@example.com")],
  play: async ({ canvas, userEvent }) => {
    await startSignIn(canvas, userEvent, "custom@example.com");
    await screen(canvas, "Answer to continue");
    await answer(canvas, userEvent, "8");
    await expect(await canvas.findByText("2")).toBeVisible();
    await answer(canvas, userEvent, "7");
    await expect(await canvas.findByText("What colour is a clear daytime sky?")).toBeVisible();
    await answer(canvas, userEvent, "blue");
    await finishSignIn(canvas, userEvent);
  },
};
