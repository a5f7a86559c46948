import type { Meta, StoryObj } from "@storybook/react-vite";
import type { JSX } from "react";
import { expect } from "storybook/test";
import type { AuthResponse, SignInAuthFlow, SignInFlow } from "../../src/core/index";
import {
  type ChallengeProps,
  ChallengeRouter,
  type ChallengeRouterProps,
  OtpChallenge,
  SignInProvider,
  type UnknownChallengeProps,
} from "../../src/index";
import { fixtureIdentity, fixtures } from "../../test/fixtures/cognito/index";
import { createFixtureFlow } from "../support/fixture-flow";

/**
 * `<ChallengeRouter>` shows the screen for the current step of the flow, looked up by
 * `challenge.name` in its `components`, then the providers' maps, then the defaults. Each story
 * starts a flow whose InitiateAuth answers with a recorded response.
 */
const meta = {
  title: "Components/ChallengeRouter",
  component: ChallengeRouter,
  render: (args, { loaded }) => (
    <SignInProvider flow={(loaded as { flow: SignInFlow }).flow}>
      <ChallengeRouter {...args} />
    </SignInProvider>
  ),
} satisfies Meta<typeof ChallengeRouter>;

export default meta;
type Story = StoryObj<typeof meta>;

function startedAt(first: AuthResponse, authFlow: SignInAuthFlow = "USER_AUTH") {
  return async () => {
    const flow = createFixtureFlow(first, authFlow);
    await flow.start({ username: fixtureIdentity.username });
    return { flow };
  };
}

/** SELECT_CHALLENGE (recorded): the default MfaSelect screen. */
export const SelectChallenge: Story = {
  loaders: [startedAt(fixtures.selectChallenge.response)],
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole("heading", { name: "Choose how to sign in" }),
    ).toHaveFocus();
  },
};

/** CUSTOM_CHALLENGE (recorded, an emailed code): the generic screen, parameters as text. */
export const CustomChallengeDefault: Story = {
  loaders: [startedAt(fixtures.customChallenge.response, "CUSTOM_AUTH")],
};

/** The app's own screen for its trigger, registered in the typed map: no cast. */
function EmailCodeScreen(props: ChallengeProps<"CUSTOM_CHALLENGE">): JSX.Element {
  const where = props.challenge.publicParameters.email ?? "your email";
  return (
    <OtpChallenge.Default
      {...props}
      challenge={{
        name: "EMAIL_OTP",
        parameters: props.challenge.parameters,
        codeLength: 6,
        delivery: { medium: "EMAIL", destination: where },
      }}
      respond={({ code }) => props.respond({ answer: code })}
    />
  );
}

export const CustomChallengeMapped: Story = {
  loaders: [startedAt(fixtures.customChallenge.response, "CUSTOM_AUTH")],
  args: { components: { CUSTOM_CHALLENGE: EmailCodeScreen } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/a\*\*\*@e\*\*\*\.com/)).toBeVisible();
  },
};

const future: AuthResponse = {
  ChallengeName: "PASSKEY_OR_SOMETHING_NEW",
  Session: fixtures.smsMfa.response.Session ?? "recorded-session",
  ChallengeParameters: {},
};

/** A challenge name this library does not know: a visible fallback that names it. */
export const UnknownChallenge: Story = {
  loaders: [startedAt(future)],
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole("alert")).toHaveTextContent("PASSKEY_OR_SOMETHING_NEW");
  },
};

function SupportFallback({ challenge, restart }: UnknownChallengeProps): JSX.Element {
  return (
    <div role="alert">
      <h2>We can't finish signing you in here</h2>
      <p>
        Step {challenge.name} needs the mobile app. <a href="#support">Contact support</a> or{" "}
        <button type="button" onClick={() => void restart()}>
          start again
        </button>
        .
      </p>
    </div>
  );
}

/** The router's own `fallback`. */
export const CustomFallback: Story = {
  loaders: [startedAt(future)],
  args: { fallback: SupportFallback } satisfies ChallengeRouterProps,
};
