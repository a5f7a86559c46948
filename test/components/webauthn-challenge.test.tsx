import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { JSX } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as WebAuthnChallenge from "../../src/components/webauthn-challenge/index";
import type { ChallengeProps } from "../../src/headless/challenge-props.types";
import { fixtures } from "../fixtures/cognito/index";
import { Ds } from "./support/ds";
import {
  challengeError,
  challengeOf,
  challengeProps,
  deferred,
  expectNoAxeViolations,
} from "./support/helpers";

const challenge = challengeOf(fixtures.webAuthn, "WEB_AUTHN");
const scope = globalThis as { PublicKeyCredential?: unknown };

// happy-dom has no WebAuthn; a browser that has it exposes `PublicKeyCredential`.
beforeEach(() => {
  scope.PublicKeyCredential = function PublicKeyCredential() {};
});
afterEach(() => {
  delete scope.PublicKeyCredential;
});

function AsChildScreen(props: ChallengeProps<"WEB_AUTHN">): JSX.Element {
  return (
    <WebAuthnChallenge.Root {...props} asChild>
      <Ds.Form className="ds-form">
        <WebAuthnChallenge.Title asChild>
          <Ds.Subheading className="ds-title" />
        </WebAuthnChallenge.Title>
        <WebAuthnChallenge.Description asChild>
          <Ds.Text className="ds-text" />
        </WebAuthnChallenge.Description>
        <WebAuthnChallenge.Error asChild>
          <Ds.Text className="ds-error" />
        </WebAuthnChallenge.Error>
        <WebAuthnChallenge.Prompt asChild>
          <Ds.Button type="submit" className="ds-button ds-button--primary" />
        </WebAuthnChallenge.Prompt>
        <WebAuthnChallenge.OtherMethod asChild>
          <Ds.Button type="button" className="ds-link" />
        </WebAuthnChallenge.OtherMethod>
        <WebAuthnChallenge.Restart asChild>
          <Ds.Button type="button" className="ds-link" />
        </WebAuthnChallenge.Restart>
        <WebAuthnChallenge.Status asChild>
          <Ds.Box className="ds-status" />
        </WebAuthnChallenge.Status>
      </Ds.Form>
    </WebAuthnChallenge.Root>
  );
}

const form = (): HTMLElement => screen.getByRole("form", { name: "Sign in with a passkey" });

describe.each([
  ["default parts", WebAuthnChallenge.WebAuthnChallengeScreen],
  ["asChild parts", AsChildScreen],
])("WebAuthnChallenge with %s", (variant, Screen) => {
  it("offers the passkey button, focused heading, idle; axe passes", async () => {
    const { container } = render(<Screen {...challengeProps(challenge)} />);
    expect(screen.getByRole("heading", { name: "Sign in with a passkey" })).toHaveFocus();
    expect(form()).toHaveAttribute("data-state", "idle");
    expect(form()).toHaveAccessibleDescription(
      "Use your fingerprint, face, screen lock or security key.",
    );
    const prompt = screen.getByRole("button", { name: "Use passkey" });
    if (variant === "asChild parts") expect(prompt).toHaveClass("ds-button--primary");
    expect(screen.queryByRole("button", { name: "Choose another way to sign in" })).toBeNull();
    await expectNoAxeViolations(container);
  });

  it("calls respond({}) synchronously inside the click, then shows it is prompting", () => {
    const hold = deferred();
    const respond = vi.fn(() => hold.promise);
    render(<Screen {...challengeProps(challenge, { respond })} />);
    const prompt = screen.getByRole("button", { name: "Use passkey" });
    // fireEvent is synchronous: the prompt must already be requested when it returns.
    fireEvent.click(prompt);
    expect(respond).toHaveBeenCalledTimes(1);
    expect(respond).toHaveBeenCalledWith({});
    expect(form()).toHaveAttribute("data-state", "prompting");
    expect(prompt).toHaveAttribute("aria-disabled", "true");
    expect(screen.getByRole("status")).toHaveTextContent("Waiting for your passkey…");
    fireEvent.click(prompt);
    fireEvent.submit(form());
    expect(respond).toHaveBeenCalledTimes(1);
    hold.resolve();
  });

  it("opens the prompt from the keyboard", async () => {
    const props = challengeProps(challenge);
    const user = userEvent.setup();
    render(<Screen {...props} />);
    await user.tab();
    expect(screen.getByRole("button", { name: "Use passkey" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(props.respond).toHaveBeenCalledTimes(1);
    expect(props.respond).toHaveBeenCalledWith({});
  });

  it("after a cancelled prompt, offers Try again and another method", async () => {
    const props = challengeProps(challenge, {
      error: challengeError("WebAuthnCancelled", "retry"),
    });
    const { container } = render(<Screen {...props} />);
    expect(form()).toHaveAttribute("data-state", "cancelled");
    expect(screen.getByRole("alert")).toHaveTextContent(
      "The passkey request was cancelled or timed out.",
    );
    await expectNoAxeViolations(container);
    await userEvent.click(screen.getByRole("button", { name: "Choose another way to sign in" }));
    expect(props.restart).toHaveBeenCalledTimes(1);
    fireEvent.click(await screen.findByRole("button", { name: "Try again" }));
    expect(props.respond).toHaveBeenCalledWith({});
  });

  it("explains an unsupported browser and offers another method instead of the button", async () => {
    delete scope.PublicKeyCredential;
    const props = challengeProps(challenge);
    const { container } = render(<Screen {...props} />);
    expect(form()).toHaveAttribute("data-state", "unsupported");
    expect(form()).toHaveAccessibleDescription("This browser can't use passkeys here.");
    expect(screen.queryByRole("button", { name: "Use passkey" })).toBeNull();
    expect(screen.getByRole("alert")).toHaveTextContent("");
    await userEvent.click(screen.getByRole("button", { name: "Choose another way to sign in" }));
    expect(props.restart).toHaveBeenCalledTimes(1);
    expect(props.respond).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);
  });

  it("treats the flow's WebAuthnUnsupported like a browser without WebAuthn", () => {
    render(
      <Screen
        {...challengeProps(challenge, { error: challengeError("WebAuthnUnsupported", "restart") })}
      />,
    );
    expect(form()).toHaveAttribute("data-state", "unsupported");
    expect(screen.queryByRole("button", { name: "Use passkey" })).toBeNull();
    expect(screen.getByRole("button", { name: "Start again" })).toBeInTheDocument();
  });

  it("shows other failures with a retry", () => {
    const props = challengeProps(challenge, { error: challengeError("WebAuthnFailed", "retry") });
    render(<Screen {...props} />);
    expect(form()).toHaveAttribute("data-state", "error");
    expect(screen.getByRole("alert")).toHaveTextContent("Your passkey couldn't be used.");
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(props.respond).toHaveBeenCalledWith({});
  });

  it("offers Start again when the session is gone, and says when for a wait error", async () => {
    const props = challengeProps(challenge, {
      error: challengeError("NotAuthorizedException", "restart", {
        message: "Invalid session for the user, session is expired.",
      }),
    });
    const { rerender } = render(<Screen {...props} />);
    expect(screen.queryByRole("button", { name: "Choose another way to sign in" })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Start again" }));
    expect(props.restart).toHaveBeenCalledTimes(1);
    rerender(
      <Screen
        {...props}
        error={challengeError("TooManyRequestsException", "wait", { retryAfterMs: 10_000 })}
      />,
    );
    expect(screen.getByRole("alert")).toHaveTextContent("You can try again in 10 seconds.");
  });
});

describe("WebAuthnChallenge.Root isSupported", () => {
  it("lets an app with an injected WebAuthn client override the detection", () => {
    delete scope.PublicKeyCredential;
    render(<WebAuthnChallenge.Default {...challengeProps(challenge)} isSupported />);
    expect(screen.getByRole("button", { name: "Use passkey" })).toBeInTheDocument();
  });
});
