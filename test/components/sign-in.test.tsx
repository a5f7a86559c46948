import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { JSX } from "react";
import { beforeAll, describe, expect, it } from "vitest";
import { preloadChallengeScreens } from "../../src/components/challenge-router/index";
import { en } from "../../src/components/messages/locales/en/index";
import { type SignedInDetails, SignIn } from "../../src/components/sign-in/index";
import { createSignInFlow, type SignInAuthFlow } from "../../src/core/index";
import { SignInProvider } from "../../src/headless/index";
import { fixtureIdentity, fixtures } from "../fixtures/cognito/index";
import { createFakeFlow, createFixtureTransport } from "./support/b-flows";
import { challengeOf, expectNoAxeViolations, renderSettled } from "./support/helpers";

function Welcome({ tokens, device }: SignedInDetails): JSX.Element {
  return (
    <p>
      Welcome, your {tokens.TokenType} token lasts {tokens.ExpiresIn} s
      {device === undefined ? "" : " on a known device"}.
    </p>
  );
}

function setup(
  script: Parameters<typeof createFixtureTransport>[0],
  authFlow: SignInAuthFlow = "USER_PASSWORD_AUTH",
) {
  const { transport, calls } = createFixtureTransport(script);
  const flow = createSignInFlow({
    userPoolId: fixtureIdentity.userPoolId,
    clientId: fixtureIdentity.clientId,
    authFlow,
    transport,
  });
  return { flow, calls };
}

const root = (): Element | null => document.querySelector("[data-scope=sign-in][data-part=root]");

// Screens are fetched on demand; tests that open <SignIn> on a step (not through its start form,
// which fetches them itself) need them fetched first, as `preloadChallengeScreens()` does.
beforeAll(() => preloadChallengeScreens());

describe("<SignIn>", () => {
  it("goes from the start form through SMS_MFA to the signed-in slot", async () => {
    const { flow, calls } = setup({
      initiateAuth: [fixtures.smsMfa],
      respondToAuthChallenge: [fixtures.tokens],
    });
    const user = userEvent.setup();
    const { container } = render(
      <SignInProvider flow={flow}>
        <SignIn authFlow="USER_PASSWORD_AUTH" signedIn={(details) => <Welcome {...details} />} />
      </SignInProvider>,
    );
    expect(root()).toHaveAttribute("data-state", "idle");
    expect(screen.getByRole("heading", { name: "Sign in" })).toHaveFocus();
    await expectNoAxeViolations(container);
    await user.type(screen.getByRole("textbox", { name: "Username" }), fixtureIdentity.username);
    await user.type(screen.getByLabelText("Password"), "Passw0rd!");
    await user.click(screen.getByRole("button", { name: "Sign in" }));

    const codeHeading = await screen.findByRole("heading", { name: en["otp.title.SMS_MFA"] });
    expect(codeHeading).toHaveFocus();
    expect(root()).toHaveAttribute("data-state", "challenge");
    // Three minutes left: the countdown stays out of the way.
    expect(document.querySelector("[data-scope=session-countdown]")).toHaveAttribute(
      "data-state",
      "hidden",
    );
    await user.type(screen.getByRole("textbox", { name: en["otp.label"] }), "123456");
    await user.click(screen.getByRole("button", { name: en["otp.submit"] }));

    expect(await screen.findByText(/Welcome, your Bearer token lasts 3600 s/)).toBeInTheDocument();
    expect(root()).toHaveAttribute("data-state", "signedIn");
    expect(calls[0]).toMatchObject({
      operation: "initiateAuth",
      input: {
        AuthFlow: "USER_PASSWORD_AUTH",
        AuthParameters: { USERNAME: fixtureIdentity.username, PASSWORD: "Passw0rd!" },
      },
    });
    expect(calls[1]).toMatchObject({
      operation: "respondToAuthChallenge",
      input: { ChallengeName: "SMS_MFA", ChallengeResponses: { SMS_MFA_CODE: "123456" } },
    });
  });

  it("says so when signed in without a slot, focusing the heading", async () => {
    const { flow } = setup({ initiateAuth: [fixtures.tokens] });
    const user = userEvent.setup();
    render(
      <SignInProvider flow={flow}>
        <SignIn authFlow="USER_PASSWORD_AUTH" />
      </SignInProvider>,
    );
    await user.type(screen.getByRole("textbox", { name: "Username" }), "alice");
    await user.type(screen.getByLabelText("Password"), "pw{Enter}");
    expect(await screen.findByRole("heading", { name: "You're signed in" })).toHaveFocus();
  });

  it("keeps the username and shows why when the start is refused", async () => {
    const { flow } = setup({ initiateAuth: [fixtures.errors.incorrectPassword] });
    const user = userEvent.setup();
    render(
      <SignInProvider flow={flow}>
        <SignIn authFlow="USER_PASSWORD_AUTH" />
      </SignInProvider>,
    );
    await user.type(screen.getByRole("textbox", { name: "Username" }), "alice");
    await user.type(screen.getByLabelText("Password"), "wrong{Enter}");
    await waitFor(() =>
      expect(screen.getByRole("alert")).toHaveTextContent("Incorrect username or password."),
    );
    expect(screen.getByRole("textbox", { name: "Username" })).toHaveValue("alice");
    expect(root()).toHaveAttribute("data-state", "idle");
  });

  it("explains a sign-in that cannot go on, and starts again with the username kept", async () => {
    const { flow } = setup({ initiateAuth: [fixtures.errors.passwordResetRequired] });
    const user = userEvent.setup();
    const { container } = render(
      <SignInProvider flow={flow}>
        <SignIn authFlow="USER_PASSWORD_AUTH" />
      </SignInProvider>,
    );
    await user.type(screen.getByRole("textbox", { name: "Username" }), "alice");
    await user.type(screen.getByLabelText("Password"), "pw{Enter}");
    const heading = await screen.findByRole("heading", { name: "Sign-in didn't work" });
    expect(heading).toHaveFocus();
    expect(root()).toHaveAttribute("data-state", "failed");
    expect(screen.getByRole("alert")).toHaveTextContent(
      "You need to reset your password before you can sign in.",
    );
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole("button", { name: "Start again" }));
    expect(await screen.findByRole("textbox", { name: "Username" })).toHaveValue("alice");
  });

  it("leaves focus alone on load with autoFocus={false}, and still moves it on every later step", async () => {
    const { flow } = setup({
      initiateAuth: [fixtures.smsMfa, fixtures.smsMfa],
      respondToAuthChallenge: [],
    });
    const user = userEvent.setup();
    render(
      <>
        <button type="button">Page content before the form</button>
        <SignInProvider flow={flow}>
          <SignIn authFlow="USER_PASSWORD_AUTH" autoFocus={false} />
        </SignInProvider>
      </>,
    );
    const startHeading = screen.getByRole("heading", { name: "Sign in" });
    expect(startHeading).not.toHaveFocus();
    expect(document.body).toHaveFocus();
    await user.type(screen.getByRole("textbox", { name: "Username" }), "alice");
    await user.type(screen.getByLabelText("Password"), "pw{Enter}");
    expect(await screen.findByRole("heading", { name: en["otp.title.SMS_MFA"] })).toHaveFocus();
    // Back to the start form (a new code means starting again): a new step, so it takes focus.
    await act(() => flow.restart());
    expect(await screen.findByRole("heading", { name: "Sign in" })).toHaveFocus();
    expect(root()).toHaveAttribute("data-state", "idle");
    // The root does not receive the prop as an HTML attribute.
    expect(root()).not.toHaveAttribute("autofocus");
  });

  it("hands validateUsername to the start form", async () => {
    const { flow, calls } = setup({ initiateAuth: [fixtures.tokens] });
    const user = userEvent.setup();
    render(
      <SignInProvider flow={flow}>
        <SignIn
          authFlow="USER_PASSWORD_AUTH"
          validateUsername={(name) => (name.includes("@") ? undefined : "Use your email.")}
        />
      </SignInProvider>,
    );
    await user.type(screen.getByRole("textbox", { name: "Username" }), "alice");
    await user.type(screen.getByLabelText("Password"), "pw{Enter}");
    expect(screen.getByRole("alert")).toHaveTextContent("Use your email.");
    expect(calls).toEqual([]);
  });

  it("shapes the start form from the auth flow", () => {
    const flow = createFakeFlow();
    const { rerender } = render(
      <SignInProvider flow={flow}>
        <SignIn authFlow="USER_AUTH" />
      </SignInProvider>,
    );
    expect(screen.queryByLabelText("Password")).toBeNull();
    expect(screen.getByRole("button", { name: "Sign in with a passkey" })).toBeInTheDocument();
    rerender(
      <SignInProvider flow={flow}>
        <SignIn />
      </SignInProvider>,
    );
    expect(screen.getByLabelText("Password")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Sign in with a passkey" })).toBeNull();
    rerender(
      <SignInProvider flow={flow}>
        <SignIn authFlow="CUSTOM_AUTH" needsPassword passkey={false} />
      </SignInProvider>,
    );
    expect(screen.getByLabelText("Password")).toBeInTheDocument();
  });

  it("takes the auth flow from the flow itself when not told", () => {
    const { flow } = setup({}, "USER_AUTH");
    const { unmount } = render(
      <SignInProvider flow={flow}>
        <SignIn />
      </SignInProvider>,
    );
    expect(screen.queryByLabelText("Password")).toBeNull();
    expect(screen.getByRole("button", { name: "Sign in with a passkey" })).toBeInTheDocument();
    unmount();
    // The prop still wins over the flow.
    render(
      <SignInProvider flow={flow}>
        <SignIn authFlow="USER_SRP_AUTH" />
      </SignInProvider>,
    );
    expect(screen.getByLabelText("Password")).toBeInTheDocument();
  });

  it("shows the session countdown once less than a minute is left", async () => {
    const flow = createFakeFlow({
      status: "challenge",
      challenge: challengeOf(fixtures.smsMfa, "SMS_MFA"),
      isPending: false,
      expiresAt: Date.now() + 30_500,
    });
    await renderSettled(
      <SignInProvider flow={flow}>
        <SignIn className={({ status }) => `auth auth--${status}`} />
      </SignInProvider>,
    );
    expect(screen.getByRole("timer")).toHaveTextContent(/Time left for this step: 0:3[01]/);
    expect(root()).toHaveClass("auth", "auth--challenge");
  });

  it("counts down on the flow's own clock, not the wall clock", async () => {
    // A flow whose clock is an hour behind: by the wall clock the session ended long ago, by
    // the flow's clock 20 s are left, and the flow decides when it sends nothing more.
    const flowNow = Date.now() - 3_600_000;
    const flow = Object.assign(
      createFakeFlow({
        status: "challenge",
        challenge: challengeOf(fixtures.smsMfa, "SMS_MFA"),
        isPending: false,
        expiresAt: flowNow + 20_500,
      }),
      { now: () => flowNow },
    );
    await renderSettled(
      <SignInProvider flow={flow}>
        <SignIn />
      </SignInProvider>,
    );
    expect(screen.getByRole("timer")).toHaveTextContent(/Time left for this step: 0:2[01]/);
  });

  it("hands its components map to the router", () => {
    const flow = createFakeFlow({
      status: "challenge",
      challenge: challengeOf(fixtures.smsMfa, "SMS_MFA"),
      isPending: false,
    });
    render(
      <SignInProvider flow={flow}>
        <SignIn components={{ SMS_MFA: SmsReplacement }} />
      </SignInProvider>,
    );
    expect(screen.getByText("our own SMS screen")).toBeInTheDocument();
  });
});

function SmsReplacement(): JSX.Element {
  return <p>our own SMS screen</p>;
}
