import type { Meta, StoryObj } from "@storybook/react-vite";
import type { JSX, ReactNode } from "react";
import { expect, within } from "storybook/test";
import type { SignInFlow } from "../../src/core/index";
import {
  ChallengeComponentsProvider,
  ChallengeRouter,
  MessagesProvider,
  SignInProvider,
} from "../../src/index";
import { DEMO_PASSWORD } from "../../src/testing/index";
import { fixtureIdentity, fixtures } from "../../test/fixtures/cognito/index";
import { withDemoPanel } from "../support/demo-panel";
import { DemoSignIn } from "../support/demo-sign-in";
import { createFixtureFlow } from "../support/fixture-flow";
import { demoLoader, demoOf } from "../support/flow-story";
import { deliveredCode, finishSignIn, screen, startSignIn } from "../support/play";
import { AcmeOtpScreen, AcmePartsOtp, BrandOtp } from "./screens";

/**
 * How a design system overrides a screen, three levels: (1) style only — tokens and data
 * attributes, a story-local stylesheet; (2) swap parts for its own elements with `asChild`;
 * (3) replace the whole screen through the typed component map.
 */
const meta = {
  title: "Overrides/Three levels",
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

async function smsStep(): Promise<SignInFlow> {
  const flow = createFixtureFlow(fixtures.smsMfa.response);
  await flow.start({ username: fixtureIdentity.username });
  return flow;
}

function Column({
  title,
  children,
}: {
  readonly title: string;
  readonly children: ReactNode;
}): JSX.Element {
  return (
    <section aria-label={title} className="sb-override-column">
      <p className="sb-override-label">{title}</p>
      {children}
    </section>
  );
}

/** The same recorded SMS_MFA step, three ways. */
export const SideBySide: Story = {
  loaders: [async () => ({ flows: [await smsStep(), await smsStep(), await smsStep()] })],
  render: (_args, { loaded }) => {
    const [one, two, three] = (loaded as { flows: [SignInFlow, SignInFlow, SignInFlow] }).flows;
    return (
      <div className="sb-override-grid">
        <Column title="Level 1: tokens and data attributes">
          {/* Three forms on one page need three names (axe landmark-unique): a message override. */}
          <MessagesProvider messages={{ "otp.title.SMS_MFA": "Brand: enter the texted code" }}>
            <div className="brand-theme">
              <SignInProvider flow={one}>
                <ChallengeRouter components={{ SMS_MFA: BrandOtp }} />
              </SignInProvider>
            </div>
          </MessagesProvider>
        </Column>
        <Column title="Level 2: parts swapped with asChild">
          <MessagesProvider messages={{ "otp.title.SMS_MFA": "Acme parts: enter the texted code" }}>
            <SignInProvider flow={two}>
              <ChallengeRouter components={{ SMS_MFA: AcmePartsOtp }} />
            </SignInProvider>
          </MessagesProvider>
        </Column>
        <Column title="Level 3: the whole screen replaced">
          <ChallengeComponentsProvider components={{ SMS_MFA: AcmeOtpScreen }}>
            <SignInProvider flow={three}>
              <ChallengeRouter />
            </SignInProvider>
          </ChallengeComponentsProvider>
        </Column>
      </div>
    );
  },
  play: async ({ canvas }) => {
    const level3 = canvas.getByRole("region", { name: "Level 3: the whole screen replaced" });
    await expect(
      within(level3).getByRole("heading", { name: "Acme: check your phone" }),
    ).toBeVisible();
    const level2 = canvas.getByRole("region", { name: "Level 2: parts swapped with asChild" });
    await expect(within(level2).getByLabelText("Verification code")).toHaveClass("acme-input");
  },
};

/** Level 1 through a whole sign-in on the emulated pool: the restyle changes nothing else. */
export const Level1StyleOnly: Story = {
  decorators: [withDemoPanel],
  loaders: [demoLoader("sms@example.com")],
  render: (_args, context) => (
    <div className="brand-theme">
      <DemoSignIn demo={demoOf(context)} components={{ SMS_MFA: BrandOtp }} />
    </div>
  ),
  play: async ({ canvas, userEvent }) => {
    await startSignIn(canvas, userEvent, "sms@example.com", DEMO_PASSWORD);
    await screen(canvas, "Enter the code we texted you");
    await userEvent.type(canvas.getByLabelText("Verification code"), await deliveredCode(canvas));
    await userEvent.click(canvas.getByRole("button", { name: "Verify" }));
    await finishSignIn(canvas, userEvent);
  },
};

/** Level 2 through a whole sign-in: Acme's input and button, our behaviour. */
export const Level2SwappedParts: Story = {
  decorators: [withDemoPanel],
  loaders: [demoLoader("sms@example.com")],
  render: (_args, context) => (
    <DemoSignIn demo={demoOf(context)} components={{ SMS_MFA: AcmePartsOtp }} />
  ),
  play: async ({ canvas, userEvent }) => {
    await startSignIn(canvas, userEvent, "sms@example.com", DEMO_PASSWORD);
    await screen(canvas, "Enter the code we texted you");
    await userEvent.type(
      canvas.getByLabelText("Verification code"),
      `${await deliveredCode(canvas)}{Enter}`,
    );
    await finishSignIn(canvas, userEvent);
  },
};

/** Level 3 through a whole sign-in: the app-wide provider map replaces SMS_MFA. */
export const Level3ReplacedScreen: Story = {
  decorators: [withDemoPanel],
  loaders: [demoLoader("sms@example.com")],
  render: (_args, context) => (
    <ChallengeComponentsProvider components={{ SMS_MFA: AcmeOtpScreen }}>
      <DemoSignIn demo={demoOf(context)} />
    </ChallengeComponentsProvider>
  ),
  play: async ({ canvas, userEvent }) => {
    await startSignIn(canvas, userEvent, "sms@example.com", DEMO_PASSWORD);
    await screen(canvas, "Acme: check your phone");
    const code = await deliveredCode(canvas);
    const field = canvas.getByLabelText("Acme code");
    await userEvent.type(field, code === "000000" ? "111111" : "000000");
    await userEvent.click(canvas.getByRole("button", { name: "Confirm with Acme" }));
    await expect(await canvas.findByRole("alert")).toHaveTextContent(/Invalid code/);
    await userEvent.clear(field);
    await userEvent.type(field, code);
    await userEvent.click(canvas.getByRole("button", { name: "Confirm with Acme" }));
    await finishSignIn(canvas, userEvent);
  },
};
