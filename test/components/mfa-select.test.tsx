import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { JSX, ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { MfaSelect } from "../../src/components/index";
import { fixtures } from "../fixtures/cognito/index";
import {
  challengeError,
  challengeOf,
  challengeProps,
  deferred,
  expectNoAxeViolations,
} from "./support/helpers";

type Props = MfaSelect.MfaSelectRootProps;

function DsButton(props: { children?: ReactNode; className?: string }): JSX.Element {
  return <button type="button" {...props} className={`ds-button ${props.className ?? ""}`} />;
}

/** Every part swapped through `asChild`, options laid out by the design system. */
function AsChildMfaSelect(props: Props): JSX.Element {
  return (
    <MfaSelect.Root {...props} asChild>
      <form className="ds-form">
        <MfaSelect.Title asChild>
          {/* biome-ignore lint/a11y/useHeadingContent: the Title part supplies the text. */}
          <h1 />
        </MfaSelect.Title>
        <MfaSelect.Description asChild>
          <div />
        </MfaSelect.Description>
        <MfaSelect.Group asChild>
          <fieldset className="ds-radio-group">
            <MfaSelect.Legend asChild>
              <legend className="ds-legend" />
            </MfaSelect.Legend>
            {MfaSelect.toVisibleOptions(props.challenge.options).map((option) => (
              <MfaSelect.Option key={option} value={option} asChild>
                <div className="ds-radio">
                  <MfaSelect.OptionInput asChild>
                    <input className="ds-radio-input" />
                  </MfaSelect.OptionInput>
                  <MfaSelect.OptionLabel asChild>
                    {/* biome-ignore lint/a11y/noLabelWithoutControl: the part supplies htmlFor. */}
                    <label className="ds-radio-label" />
                  </MfaSelect.OptionLabel>
                  <MfaSelect.OptionDescription asChild>
                    <small />
                  </MfaSelect.OptionDescription>
                </div>
              </MfaSelect.Option>
            ))}
          </fieldset>
        </MfaSelect.Group>
        <MfaSelect.Error asChild>
          <p />
        </MfaSelect.Error>
        <MfaSelect.Submit asChild>
          <DsButton />
        </MfaSelect.Submit>
        <MfaSelect.Status asChild>
          <span />
        </MfaSelect.Status>
        <MfaSelect.Restart asChild>
          <DsButton />
        </MfaSelect.Restart>
      </form>
    </MfaSelect.Root>
  );
}

const variants: Array<[string, (props: Props) => JSX.Element]> = [
  ["default parts", MfaSelect.MfaSelectScreen],
  ["asChild parts", AsChildMfaSelect],
];

const selectMfaType = challengeOf(fixtures.selectMfaType, "SELECT_MFA_TYPE");
const selectChallenge = challengeOf(fixtures.selectChallenge, "SELECT_CHALLENGE");
const passwordOnly = challengeOf(fixtures.selectChallengePasswordOnly, "SELECT_CHALLENGE");

describe.each(variants)("MfaSelect with %s", (_name, Screen) => {
  const continueButton = () => screen.getByRole("button", { name: "Continue" });

  describe("given SELECT_MFA_TYPE with three factors", () => {
    it("focuses the heading and lists the offered factors as a radio group", async () => {
      const { container } = render(<Screen {...challengeProps(selectMfaType)} />);
      expect(screen.getByRole("heading", { name: "Choose how to confirm it's you" })).toHaveFocus();
      const group = screen.getByRole("group", { name: "Verification method" });
      const radios = within(group).getAllByRole("radio");
      expect(radios.map((radio) => radio.getAttribute("value"))).toEqual([
        "SMS_MFA",
        "SOFTWARE_TOKEN_MFA",
        "EMAIL_OTP",
      ]);
      expect(
        within(group).getByRole("radio", { name: "Authenticator app" }),
      ).toHaveAccessibleDescription("Use the code from your authenticator app.");
      expect(radios.some((radio) => (radio as HTMLInputElement).checked)).toBe(false);
      await expectNoAxeViolations(container);
    });

    it("asks for a choice before sending anything", async () => {
      const user = userEvent.setup();
      const props = challengeProps(selectMfaType);
      render(<Screen {...props} />);
      await user.click(continueButton());
      const alert = screen.getByRole("alert");
      expect(alert).toHaveTextContent("Choose an option to continue.");
      expect(screen.getByRole("group")).toHaveAccessibleDescription(
        "Choose an option to continue.",
      );
      expect(screen.getByRole("radio", { name: "Text message" })).toHaveFocus();
      expect(props.respond).not.toHaveBeenCalled();
    });

    it("is answered with the keyboard alone: Tab, arrows, Enter", async () => {
      const user = userEvent.setup();
      const props = challengeProps(selectMfaType);
      const { container } = render(<Screen {...props} />);
      await user.tab();
      expect(screen.getByRole("radio", { name: "Text message" })).toHaveFocus();
      await user.keyboard(" ");
      await user.keyboard("{ArrowDown}");
      const app = screen.getByRole("radio", { name: "Authenticator app" });
      expect(app).toHaveFocus();
      expect(app).toBeChecked();
      expect(
        container.querySelector('[data-part="option"][data-value="SOFTWARE_TOKEN_MFA"]'),
      ).toHaveAttribute("data-checked", "");
      await user.keyboard("{Enter}");
      expect(props.respond).toHaveBeenCalledTimes(1);
      expect(props.respond).toHaveBeenCalledWith({ mfaType: "SOFTWARE_TOKEN_MFA" });
    });

    it("sends once under rapid Enter, with the pending state shown", async () => {
      const user = userEvent.setup();
      const held = deferred();
      const props = challengeProps(selectMfaType, { respond: vi.fn(() => held.promise) });
      render(<Screen {...props} />);
      await user.click(screen.getByRole("radio", { name: "Email" }));
      await user.keyboard("{Enter}{Enter}{Enter}");
      expect(props.respond).toHaveBeenCalledTimes(1);
      expect(props.respond).toHaveBeenCalledWith({ mfaType: "EMAIL_OTP" });
      expect(continueButton()).toHaveAttribute("aria-disabled", "true");
      expect(screen.getByText("Sending…")).toBeInTheDocument();
      await act(async () => held.resolve());
      expect(continueButton()).not.toHaveAttribute("aria-disabled");
    });

    it("shows only what Cognito offered", () => {
      render(<Screen {...challengeProps({ ...selectMfaType, options: ["SOFTWARE_TOKEN_MFA"] })} />);
      const radios = screen.getAllByRole("radio");
      expect(radios).toHaveLength(1);
      // The only choice is already picked.
      expect(radios[0]).toBeChecked();
    });

    it("keeps the choice after a retry error, offers a restart after a session error", async () => {
      const user = userEvent.setup();
      const props = challengeProps(selectMfaType);
      const { rerender } = render(<Screen {...props} />);
      await user.click(screen.getByRole("radio", { name: "Email" }));
      await user.click(continueButton());
      rerender(<Screen {...props} error={challengeError("InternalErrorException", "retry")} />);
      expect(screen.getByRole("alert")).toHaveTextContent("Something went wrong on our side.");
      expect(screen.getByRole("radio", { name: "Email" })).toBeChecked();
      expect(screen.queryByRole("button", { name: "Start again" })).not.toBeInTheDocument();
      rerender(
        <Screen {...props} error={challengeError("MFAMethodNotFoundException", "restart")} />,
      );
      expect(screen.getByRole("alert")).toHaveTextContent(
        "This verification method isn't set up for your account.",
      );
      await user.click(screen.getByRole("button", { name: "Start again" }));
      expect(props.restart).toHaveBeenCalledTimes(1);
      rerender(
        <Screen
          {...props}
          error={challengeError("TooManyRequestsException", "wait", { retryAfterMs: 61_000 })}
        />,
      );
      expect(screen.getByRole("alert")).toHaveTextContent(
        "Too many requests right now. You can try again in 2 minutes.",
      );
    });
  });

  describe("given SELECT_CHALLENGE", () => {
    it("offers the first factors, password once, and answers without a password", async () => {
      const user = userEvent.setup();
      const props = challengeProps(selectChallenge);
      const { container } = render(<Screen {...props} />);
      expect(screen.getByRole("heading", { name: "Choose how to sign in" })).toHaveFocus();
      const group = screen.getByRole("group", { name: "Sign-in method" });
      expect(
        within(group)
          .getAllByRole("radio")
          .map((radio) => radio.getAttribute("value")),
      ).toEqual(["PASSWORD_SRP", "WEB_AUTHN", "EMAIL_OTP", "SMS_OTP"]);
      expect(within(group).getByRole("radio", { name: "Passkey" })).toHaveAccessibleDescription(
        "Use your fingerprint, face or screen lock.",
      );
      await user.click(within(group).getByRole("radio", { name: "Password" }));
      await user.keyboard("{Enter}");
      expect(props.respond).toHaveBeenCalledWith({ challenge: "PASSWORD_SRP" });
      await expectNoAxeViolations(container);
    });

    it("preselects the only choice", async () => {
      const user = userEvent.setup();
      const props = challengeProps(passwordOnly);
      render(<Screen {...props} />);
      expect(screen.getByRole("radio", { name: "Password" })).toBeChecked();
      await user.click(continueButton());
      expect(props.respond).toHaveBeenCalledWith({ challenge: "PASSWORD_SRP" });
    });
  });
});

describe("MfaSelect with nothing to choose from", () => {
  it("says so and offers a restart instead of a submit", async () => {
    const user = userEvent.setup();
    const props = challengeProps({ ...selectMfaType, options: [] });
    const { container } = render(<MfaSelect.MfaSelectScreen {...props} />);
    expect(
      screen.getByText("No method is available for your account. Start again or contact support."),
    ).toBeInTheDocument();
    expect(screen.queryByRole("radio")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Continue" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Start again" }));
    expect(props.restart).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });
});
