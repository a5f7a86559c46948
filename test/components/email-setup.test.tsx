import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { JSX } from "react";
import { describe, expect, it, vi } from "vitest";
import * as EmailSetup from "../../src/components/mfa-setup/email-setup/index";
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

const challenge = challengeOf(fixtures.mfaSetupEmail, "MFA_SETUP");

function AsChildScreen(props: ChallengeProps<"MFA_SETUP">): JSX.Element {
  return (
    <EmailSetup.Root {...props} asChild>
      <Ds.Form className="ds-form">
        <EmailSetup.Title asChild>
          <Ds.Subheading className="ds-title" />
        </EmailSetup.Title>
        <EmailSetup.Description asChild>
          <Ds.Text className="ds-text" />
        </EmailSetup.Description>
        <EmailSetup.Label asChild>
          <Ds.FieldLabel className="ds-label" />
        </EmailSetup.Label>
        <EmailSetup.Input asChild>
          <Ds.TextInput className="ds-input" />
        </EmailSetup.Input>
        <EmailSetup.Error asChild>
          <Ds.Text className="ds-error" />
        </EmailSetup.Error>
        <EmailSetup.Submit asChild>
          <Ds.Button type="submit" className="ds-button" />
        </EmailSetup.Submit>
        <EmailSetup.Restart asChild>
          <Ds.Button type="button" className="ds-link" />
        </EmailSetup.Restart>
        <EmailSetup.Status asChild>
          <Ds.Box className="ds-status" />
        </EmailSetup.Status>
      </Ds.Form>
    </EmailSetup.Root>
  );
}

const emailInput = (): HTMLElement => screen.getByRole("textbox", { name: "Email address" });

describe.each([
  ["default parts", EmailSetup.EmailSetupScreen],
  ["asChild parts", AsChildScreen],
])("EmailSetup with %s", (variant, Screen) => {
  it("asks for an address with the right input type and autocomplete; axe passes", async () => {
    const { container } = render(<Screen {...challengeProps(challenge)} />);
    expect(screen.getByRole("heading", { name: "Set up email codes" })).toHaveFocus();
    expect(screen.getByRole("form")).toHaveAttribute("data-challenge", "MFA_SETUP");
    const input = emailInput();
    expect(input).toHaveAttribute("type", "email");
    expect(input).toHaveAttribute("autocomplete", "email");
    expect(input).toHaveAccessibleDescription(/Enter the email address where you want/);
    if (variant === "asChild parts") expect(input).toHaveClass("ds-input");
    await expectNoAxeViolations(container);
  });

  it("sends { email }, trimmed, once however fast Enter is pressed", async () => {
    const hold = deferred();
    const respond = vi.fn(() => hold.promise);
    const user = userEvent.setup();
    render(<Screen {...challengeProps(challenge, { respond })} />);
    await user.type(emailInput(), "  ada@example.com ");
    await user.keyboard("{Enter}{Enter}");
    expect(respond).toHaveBeenCalledTimes(1);
    expect(respond).toHaveBeenCalledWith({ email: "ada@example.com" });
    expect(screen.getByRole("button", { name: "Send code" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
    expect(screen.getByText("Sending…")).toBeInTheDocument();
    hold.resolve();
  });

  it.each([
    ["", "Enter your email address."],
    ["ada.example.com", "Enter an email address like name@example.com."],
    ["ada@localhost", "Enter an email address like name@example.com."],
  ])("refuses %j locally", async (typed, message) => {
    const props = challengeProps(challenge);
    const user = userEvent.setup();
    render(<Screen {...props} />);
    if (typed !== "") await user.type(emailInput(), typed);
    await user.click(screen.getByRole("button", { name: "Send code" }));
    expect(screen.getByRole("alert")).toHaveTextContent(message);
    expect(emailInput()).toHaveAttribute("aria-invalid", "true");
    expect(emailInput()).toHaveFocus();
    expect(props.respond).not.toHaveBeenCalled();
  });

  it("keeps the address on a retry error", async () => {
    const props = challengeProps(challenge);
    const user = userEvent.setup();
    const { rerender } = render(<Screen {...props} />);
    await user.type(emailInput(), "ada@example.com{Enter}");
    rerender(<Screen {...props} error={challengeError("CodeDeliveryFailureException", "retry")} />);
    expect(screen.getByRole("alert")).toHaveTextContent("We couldn't send the code.");
    expect(emailInput()).toHaveValue("ada@example.com");
    expect(emailInput()).toHaveFocus();
  });

  it("offers Start again for a restart error", async () => {
    const error = challengeError("InvalidParameterException", "restart");
    const props = challengeProps(challenge, { error });
    const { container } = render(<Screen {...props} />);
    await userEvent.click(screen.getByRole("button", { name: "Start again" }));
    expect(props.restart).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });

  it("says when to try again for a wait error", () => {
    const error = challengeError("LimitExceededException", "wait", { retryAfterMs: 60_000 });
    render(<Screen {...challengeProps(challenge, { error })} />);
    expect(screen.getByRole("alert")).toHaveTextContent("You can try again in 1 minute.");
  });
});

describe("EmailSetup.Root defaultEmail", () => {
  it("pre-fills the address", async () => {
    const props = challengeProps(challenge);
    render(<EmailSetup.Default {...props} defaultEmail="alice@example.com" />);
    expect(emailInput()).toHaveValue("alice@example.com");
    await userEvent.click(screen.getByRole("button", { name: "Send code" }));
    expect(props.respond).toHaveBeenCalledWith({ email: "alice@example.com" });
  });
});
