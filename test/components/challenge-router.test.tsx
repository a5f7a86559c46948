import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { JSX } from "react";
import { beforeAll, describe, expect, it, vi } from "vitest";
import {
  ChallengeComponentsProvider,
  ChallengeRouter,
  lazyChallengeScreen,
  preloadChallengeScreens,
  type UnknownChallengeProps,
} from "../../src/components/challenge-router/index";
import { en } from "../../src/components/messages/locales/en/index";
import { MessagesProvider } from "../../src/components/messages/messages-provider";
import {
  type Challenge,
  createSignInFlow,
  parseAuthResponse,
  type UnknownChallenge,
} from "../../src/core/index";
import type { ChallengeProps } from "../../src/headless/challenge-props.types";
import { SignInProvider, useSignIn } from "../../src/headless/index";
import { de } from "../../src/locales";
import { fixtureIdentity, fixtures } from "../fixtures/cognito/index";
import { createFakeFlow, createFixtureTransport, createMemoryDeviceStore } from "./support/b-flows";
import {
  challengeError,
  challengeOf,
  expectNoAxeViolations,
  renderSettled,
} from "./support/helpers";

function Status(): JSX.Element {
  return <output aria-label="flow status">{useSignIn((snapshot) => snapshot.status)}</output>;
}

/** The form the router shows: its `data-scope` says which component it is. */
function shownScreen(): string | null {
  return (
    document
      .querySelector("form[data-part=root], [data-part=fallback]")
      ?.getAttribute("data-scope") ?? null
  );
}

describe("ChallengeRouter walking a recorded flow", () => {
  // Screens fetched on first use are loaded up front here; the loading itself has its own test.
  beforeAll(() => preloadChallengeScreens());

  it("NEW_PASSWORD_REQUIRED → SELECT_MFA_TYPE → SOFTWARE_TOKEN_MFA → REMEMBER_DEVICE → signed in", async () => {
    const { transport, calls } = createFixtureTransport({
      initiateAuth: [fixtures.newPasswordRequired],
      respondToAuthChallenge: [
        fixtures.selectMfaType,
        fixtures.softwareTokenMfa,
        fixtures.tokensNewDevice,
      ],
      confirmDevice: [fixtures.confirmDevice],
      updateDeviceStatus: [{ response: undefined }],
    });
    const flow = createSignInFlow({
      userPoolId: fixtureIdentity.userPoolId,
      clientId: fixtureIdentity.clientId,
      authFlow: "USER_PASSWORD_AUTH",
      transport,
      deviceStore: createMemoryDeviceStore(),
    });
    const user = userEvent.setup();
    render(
      <SignInProvider flow={flow}>
        <ChallengeRouter />
        <Status />
      </SignInProvider>,
    );
    expect(shownScreen()).toBeNull();

    await act(() => flow.start({ username: fixtureIdentity.username, password: "Temp-Passw0rd!" }));

    // 1. NEW_PASSWORD_REQUIRED: the new-password screen (fetched on first use), focus on its heading.
    const newPasswordHeading = await screen.findByRole("heading", {
      name: en["newPassword.title"],
    });
    expect(shownScreen()).toBe("new-password-challenge");
    expect(newPasswordHeading).toHaveFocus();
    await user.type(screen.getByLabelText(en["newPassword.label"]), "N3w-Passw0rd!");
    await user.type(screen.getByLabelText(en["newPassword.confirmLabel"]), "N3w-Passw0rd!");
    await user.type(screen.getByLabelText(en["newPassword.attribute.name"]), "Alice Example");
    await user.type(
      screen.getByLabelText(en["newPassword.attribute.phone_number"]),
      "+14155550123",
    );
    await user.click(screen.getByRole("button", { name: en["newPassword.submit"] }));

    // 2. SELECT_MFA_TYPE: the factor choice, focus on its heading.
    const selectHeading = await screen.findByRole("heading", {
      name: en["mfaSelect.title.SELECT_MFA_TYPE"],
    });
    expect(shownScreen()).toBe("mfa-select");
    expect(selectHeading).toHaveFocus();
    await user.click(
      screen.getByRole("radio", { name: en["mfaSelect.option.SOFTWARE_TOKEN_MFA"] }),
    );
    await user.click(screen.getByRole("button", { name: en["mfaSelect.submit"] }));

    // 3. SOFTWARE_TOKEN_MFA: the code screen.
    const codeHeading = await screen.findByRole("heading", {
      name: en["otp.title.SOFTWARE_TOKEN_MFA"],
    });
    expect(shownScreen()).toBe("otp-challenge");
    expect(codeHeading).toHaveFocus();
    await user.type(screen.getByRole("textbox", { name: en["otp.label"] }), "123456");
    await user.click(screen.getByRole("button", { name: en["otp.submit"] }));

    // 4. REMEMBER_DEVICE (ConfirmDevice said UserConfirmationNecessary): the local step.
    const rememberHeading = await screen.findByRole("heading", { name: "Remember this device?" });
    expect(shownScreen()).toBe("remember-device");
    expect(rememberHeading).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Remember this device" }));

    // 5. Signed in: the router shows nothing.
    await waitFor(() =>
      expect(screen.getByRole("status", { name: "flow status" })).toHaveTextContent("signedIn"),
    );
    expect(shownScreen()).toBeNull();

    // What went over the wire, step by step.
    expect(calls.map((call) => call.operation)).toEqual([
      "initiateAuth",
      "respondToAuthChallenge",
      "respondToAuthChallenge",
      "respondToAuthChallenge",
      "confirmDevice",
      "updateDeviceStatus",
    ]);
    const responses = calls
      .filter((call) => call.operation === "respondToAuthChallenge")
      .map((call) => [call.input.ChallengeName, call.input.ChallengeResponses]);
    expect(responses).toEqual([
      [
        "NEW_PASSWORD_REQUIRED",
        expect.objectContaining({
          USERNAME: fixtureIdentity.internalUsername,
          NEW_PASSWORD: "N3w-Passw0rd!",
          "userAttributes.name": "Alice Example",
          "userAttributes.phone_number": "+14155550123",
        }),
      ],
      [
        "SELECT_MFA_TYPE",
        expect.objectContaining({
          USERNAME: fixtureIdentity.internalUsername,
          ANSWER: "SOFTWARE_TOKEN_MFA",
        }),
      ],
      [
        "SOFTWARE_TOKEN_MFA",
        expect.objectContaining({
          USERNAME: fixtureIdentity.internalUsername,
          SOFTWARE_TOKEN_MFA_CODE: "123456",
        }),
      ],
    ]);
    expect(calls.at(-1)?.input).toMatchObject({
      DeviceKey: fixtureIdentity.deviceKey,
      DeviceRememberedStatus: "remembered",
    });
  });
});

const unknown = (name: string): UnknownChallenge => ({ name, parameters: {}, isUnknown: true });

const fallbackRenders = vi.fn();
/** Counts its renders: it re-renders only when the router does (it subscribes to nothing). */
function CountingFallback({ challenge }: UnknownChallengeProps): JSX.Element {
  fallbackRenders(challenge.name);
  return <p>{challenge.name}</p>;
}

const OuterOtp = ({ challenge }: ChallengeProps<"SMS_MFA">): JSX.Element => (
  <p>outer {challenge.name}</p>
);
const InnerOtp = ({ challenge }: ChallengeProps<"SMS_MFA">): JSX.Element => (
  <p>inner {challenge.name}</p>
);
const RouterOtp = ({ challenge }: ChallengeProps<"SMS_MFA">): JSX.Element => (
  <p>router {challenge.name}</p>
);

const seenProps = vi.fn();
function MyOtp(props: ChallengeProps<"SMS_MFA">): JSX.Element {
  seenProps(props);
  return (
    <button type="button" onClick={() => void props.respond({ code: "424242" })}>
      send
    </button>
  );
}

function ProviderFallback({ challenge }: UnknownChallengeProps): JSX.Element {
  return <p>no screen for {challenge.name}</p>;
}

describe("ChallengeRouter re-renders", () => {
  it("only when the challenge object changes, not for pending, errors or expiry", () => {
    const flow = createFakeFlow();
    fallbackRenders.mockClear();
    render(
      <SignInProvider flow={flow}>
        <ChallengeRouter fallback={CountingFallback} />
      </SignInProvider>,
    );
    const first = unknown("FUTURE_CHALLENGE");
    act(() => flow.emit({ status: "challenge", challenge: first, isPending: false }));
    expect(fallbackRenders).toHaveBeenCalledTimes(1);
    act(() => flow.update({ isPending: true }));
    act(() => flow.update({ isPending: false, expiresAt: Date.now() + 180_000 }));
    act(() => flow.update({ username: "alice@example.com" }));
    expect(fallbackRenders).toHaveBeenCalledTimes(1);
    act(() => flow.update({ challenge: unknown("FUTURE_CHALLENGE") }));
    expect(fallbackRenders).toHaveBeenCalledTimes(2);
    act(() => flow.emit({ status: "idle", isPending: false }));
    expect(screen.queryByText("FUTURE_CHALLENGE")).toBeNull();
  });
});

describe("ChallengeRouter lookup", () => {
  const sms = challengeOf(fixtures.smsMfa, "SMS_MFA");
  const atSms = () => createFakeFlow({ status: "challenge", challenge: sms, isPending: false });
  it("prefers the router's components, then the innermost provider, then the defaults", async () => {
    const flow = atSms();
    const { rerender } = await renderSettled(
      <SignInProvider flow={flow}>
        <ChallengeRouter />
      </SignInProvider>,
    );
    expect(shownScreen()).toBe("otp-challenge");
    rerender(
      <SignInProvider flow={flow}>
        <ChallengeComponentsProvider components={{ SMS_MFA: OuterOtp }}>
          <ChallengeRouter />
        </ChallengeComponentsProvider>
      </SignInProvider>,
    );
    expect(screen.getByText("outer SMS_MFA")).toBeInTheDocument();
    rerender(
      <SignInProvider flow={flow}>
        <ChallengeComponentsProvider components={{ SMS_MFA: OuterOtp }}>
          <ChallengeComponentsProvider components={{ SMS_MFA: InnerOtp }}>
            <ChallengeRouter />
          </ChallengeComponentsProvider>
        </ChallengeComponentsProvider>
      </SignInProvider>,
    );
    expect(screen.getByText("inner SMS_MFA")).toBeInTheDocument();
    rerender(
      <SignInProvider flow={flow}>
        <ChallengeComponentsProvider components={{ SMS_MFA: InnerOtp }}>
          <ChallengeRouter components={{ SMS_MFA: RouterOtp }} />
        </ChallengeComponentsProvider>
      </SignInProvider>,
    );
    expect(screen.getByText("router SMS_MFA")).toBeInTheDocument();
  });

  it("hands the replacement exactly ChallengeProps of its step", async () => {
    const flow = atSms();
    flow.update({ expiresAt: 1_000 });
    seenProps.mockClear();
    render(
      <SignInProvider flow={flow}>
        <ChallengeRouter components={{ SMS_MFA: MyOtp }} />
      </SignInProvider>,
    );
    expect(seenProps).toHaveBeenLastCalledWith({
      challenge: sms,
      respond: expect.any(Function),
      restart: expect.any(Function),
      isPending: false,
      error: undefined,
      expiresAt: 1_000,
    });
    await userEvent.click(screen.getByRole("button", { name: "send" }));
    expect(flow.respond).toHaveBeenCalledWith({ code: "424242" });
  });

  it("shows nothing for a step the flow answers itself", () => {
    const parsed = parseAuthResponse(fixtures.passwordVerifier.response);
    if (!parsed.ok || parsed.value.kind !== "challenge") throw new Error("not a challenge");
    const flow = createFakeFlow({
      status: "challenge",
      challenge: parsed.value.challenge,
      isPending: true,
    });
    const { container } = render(
      <SignInProvider flow={flow}>
        <ChallengeRouter />
      </SignInProvider>,
    );
    expect(container).toBeEmptyDOMElement();
  });
});

describe("ChallengeRouter with an unknown challenge", () => {
  it("shows a localised alert naming it, focuses it, and offers Start again", async () => {
    const flow = createFakeFlow({
      status: "challenge",
      challenge: unknown("SMS_MFA_V2"),
      isPending: false,
    });
    const { container } = render(
      <SignInProvider flow={flow}>
        <ChallengeRouter />
      </SignInProvider>,
    );
    const alert = screen.getByRole("alert");
    expect(alert).toHaveAttribute("data-challenge", "SMS_MFA_V2");
    expect(alert).toHaveTextContent(
      "The sign-in asked for a step named SMS_MFA_V2, which this app can't show.",
    );
    expect(screen.getByRole("heading", { name: "This step can't be shown" })).toHaveFocus();
    await expectNoAxeViolations(container);
    await userEvent.click(screen.getByRole("button", { name: "Start again" }));
    expect(flow.restart).toHaveBeenCalledTimes(1);
  });

  it("speaks the app's language", () => {
    const flow = createFakeFlow({
      status: "challenge",
      challenge: unknown("SMS_MFA_V2"),
      isPending: false,
    });
    render(
      <MessagesProvider locale="de" messages={de}>
        <SignInProvider flow={flow}>
          <ChallengeRouter />
        </SignInProvider>
      </MessagesProvider>,
    );
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Die Anmeldung verlangt einen Schritt namens SMS_MFA_V2",
    );
    expect(
      screen.getByRole("button", { name: de["common.restart"] as string }),
    ).toBeInTheDocument();
  });

  it("uses the provider's fallback when the router has none", () => {
    const flow = createFakeFlow({ status: "challenge", challenge: unknown("X"), isPending: false });
    render(
      <SignInProvider flow={flow}>
        <ChallengeComponentsProvider fallback={ProviderFallback}>
          <ChallengeRouter />
        </ChallengeComponentsProvider>
      </SignInProvider>,
    );
    expect(screen.getByText("no screen for X")).toBeInTheDocument();
  });
});

describe("ChallengeRouter between two steps of the same screen", () => {
  it("mounts a fresh screen for a second CUSTOM_CHALLENGE: text cleared, focus on the heading", async () => {
    const first = challengeOf(fixtures.customChallenge, "CUSTOM_CHALLENGE");
    const second: Challenge<"CUSTOM_CHALLENGE"> = {
      ...first,
      publicParameters: { ...first.publicParameters, attemptsLeft: "2" },
    };
    const flow = createFakeFlow({ status: "challenge", challenge: first, isPending: false });
    const user = userEvent.setup();
    // The screen's code is fetched on first use. Under React's act() a suspended render only
    // resumes inside an async act, so the download is awaited in one (a browser needs no act).
    await act(async () => {
      render(
        <SignInProvider flow={flow}>
          <ChallengeRouter />
        </SignInProvider>,
      );
      await preloadChallengeScreens();
    });
    const input = screen.getByRole("textbox", { name: "Your answer" });
    await user.type(input, "wrong");
    expect(input).toHaveFocus();
    act(() => flow.update({ challenge: second }));
    expect(screen.getByRole("textbox", { name: "Your answer" })).toHaveValue("");
    expect(screen.getByRole("heading", { name: "Answer to continue" })).toHaveFocus();
    expect(screen.getAllByRole("definition").map((value) => value.textContent)).toContain("2");
  });

  it("keeps the screen (and what was typed) when the same step only gets an error", async () => {
    const challenge = challengeOf(fixtures.customChallenge, "CUSTOM_CHALLENGE");
    const flow = createFakeFlow({ status: "challenge", challenge, isPending: false });
    const user = userEvent.setup();
    await act(async () => {
      render(
        <SignInProvider flow={flow}>
          <ChallengeRouter />
        </SignInProvider>,
      );
      await preloadChallengeScreens();
    });
    await user.type(screen.getByRole("textbox", { name: "Your answer" }), "4821");
    act(() => flow.update({ isPending: true }));
    act(() =>
      flow.update({ isPending: false, error: challengeError("CodeMismatchException", "retry") }),
    );
    expect(screen.getByRole("textbox", { name: "Your answer" })).toHaveValue("4821");
    expect(screen.getByRole("alert")).toHaveTextContent("That code isn't right.");
  });
});

let releaseScreen: () => void = () => undefined;
let failScreen: () => void = () => undefined;
function PlainScreen({ challenge }: ChallengeProps<"CUSTOM_CHALLENGE">): JSX.Element {
  return <h2>loaded {challenge.name}</h2>;
}
let attempts = 0;
const DelayedScreen = lazyChallengeScreen<"CUSTOM_CHALLENGE">(
  () =>
    new Promise((resolve, reject) => {
      attempts += 1;
      releaseScreen = () => resolve(PlainScreen);
      failScreen = () => reject(new Error("chunk failed"));
    }),
);

describe("lazyChallengeScreen", () => {
  it("says Loading… while the screen's code is fetched, offers a retry when it fails", async () => {
    const challenge = challengeOf(fixtures.customChallenge, "CUSTOM_CHALLENGE");
    const flow = createFakeFlow({ status: "challenge", challenge, isPending: false });
    // A suspended render resumes only inside an async act() in tests (see above).
    await act(async () => {
      render(
        <SignInProvider flow={flow}>
          <ChallengeRouter components={{ CUSTOM_CHALLENGE: DelayedScreen }} />
        </SignInProvider>,
      );
    });
    expect(screen.getByText("Loading…")).toHaveAttribute("role", "status");
    // A failed download is a state of the screen, not an error thrown through React: nothing
    // reaches the console (the console guard would fail this test), and preload() rejects.
    let preloadError: unknown;
    await act(async () => {
      failScreen();
      preloadError = await DelayedScreen.preload().then(
        () => undefined,
        (error: unknown) => error,
      );
    });
    expect(preloadError).toBeInstanceOf(Error);
    expect(screen.getByRole("alert")).toHaveTextContent(
      "This step couldn't be loaded. Check your connection and try again.",
    );
    await act(async () => {
      screen.getByRole("button", { name: "Try again" }).click();
    });
    expect(attempts).toBe(2);
    expect(screen.getByText("Loading…")).toBeInTheDocument();
    await act(async () => {
      releaseScreen();
      await DelayedScreen.preload();
    });
    expect(screen.getByRole("heading", { name: "loaded CUSTOM_CHALLENGE" })).toBeInTheDocument();
  });

  it("preloads: the default screens are ready before their step appears", async () => {
    await preloadChallengeScreens();
    const challenge = challengeOf(fixtures.customChallenge, "CUSTOM_CHALLENGE");
    const flow = createFakeFlow({ status: "challenge", challenge, isPending: false });
    render(
      <SignInProvider flow={flow}>
        <ChallengeRouter />
      </SignInProvider>,
    );
    // Rendered in the first pass, without a loading state.
    expect(screen.getByRole("heading", { name: "Answer to continue" })).toHaveFocus();
  });
});
