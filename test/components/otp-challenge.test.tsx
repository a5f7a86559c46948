import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { JSX, ReactNode } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { OtpChallenge } from "../../src/components/index";
import type { ChallengeProps } from "../../src/headless/challenge-props.types";
import { fixtures } from "../fixtures/cognito/index";
import {
  challengeError,
  challengeOf,
  challengeProps,
  deferred,
  expectNoAxeViolations,
} from "./support/helpers";

type OtpProps = ChallengeProps<OtpChallenge.OtpChallengeName> & {
  autoSubmit?: boolean;
  resendCooldownMs?: number;
};

function DsButton(props: { children?: ReactNode; className?: string }): JSX.Element {
  return <button type="button" {...props} className={`ds-button ${props.className ?? ""}`} />;
}
function DsInput(props: Record<string, unknown>): JSX.Element {
  return <input {...props} className="ds-input" />;
}

/** Every part swapped for another element through `asChild`. */
function AsChildOtp(props: OtpProps): JSX.Element {
  return (
    <OtpChallenge.Root {...props} asChild>
      <form className="ds-form">
        <OtpChallenge.Title asChild>
          {/* biome-ignore lint/a11y/useHeadingContent: the Title part supplies the text. */}
          <h1 />
        </OtpChallenge.Title>
        <OtpChallenge.Description asChild>
          <div />
        </OtpChallenge.Description>
        <OtpChallenge.Label asChild>
          {/* biome-ignore lint/a11y/noLabelWithoutControl: the Label part supplies htmlFor. */}
          <label className="ds-label" />
        </OtpChallenge.Label>
        <OtpChallenge.Field asChild>
          <span>
            <OtpChallenge.Input asChild>
              <DsInput />
            </OtpChallenge.Input>
            <OtpChallenge.Slots asChild>
              <span />
            </OtpChallenge.Slots>
          </span>
        </OtpChallenge.Field>
        <OtpChallenge.Progress asChild>
          <span />
        </OtpChallenge.Progress>
        <OtpChallenge.Error asChild>
          <p />
        </OtpChallenge.Error>
        <OtpChallenge.Submit asChild>
          <DsButton />
        </OtpChallenge.Submit>
        <OtpChallenge.Status asChild>
          <span />
        </OtpChallenge.Status>
        <OtpChallenge.Resend asChild>
          <DsButton />
        </OtpChallenge.Resend>
        <OtpChallenge.ResendStatus asChild>
          <small />
        </OtpChallenge.ResendStatus>
        <OtpChallenge.Restart asChild>
          <DsButton />
        </OtpChallenge.Restart>
      </form>
    </OtpChallenge.Root>
  );
}

const variants: Array<[string, (props: OtpProps) => JSX.Element]> = [
  ["default parts", OtpChallenge.OtpChallengeScreen],
  ["asChild parts", AsChildOtp],
];

const smsMfa = challengeOf(fixtures.smsMfa, "SMS_MFA");
const totp = challengeOf(fixtures.softwareTokenMfa, "SOFTWARE_TOKEN_MFA");
const emailOtp = challengeOf(fixtures.emailOtp, "EMAIL_OTP");

afterEach(() => {
  vi.useRealTimers();
});

describe.each(variants)("OtpChallenge with %s", (_name, Screen) => {
  const codeInput = () => screen.getByRole("textbox", { name: "Verification code" });
  const submitButton = () => screen.getByRole("button", { name: "Verify" });

  describe("given an SMS_MFA challenge", () => {
    it("focuses the heading, says where the code went and sets up one real input", async () => {
      const { container } = render(<Screen {...challengeProps(smsMfa)} />);
      const heading = screen.getByRole("heading", { name: "Enter the code we texted you" });
      expect(heading).toHaveFocus();
      expect(
        screen.getByText(/We sent a 6-digit code by text message to .\+\*{7}0008./),
      ).toBeInTheDocument();
      const input = codeInput();
      expect(input).toHaveAttribute("autocomplete", "one-time-code");
      expect(input).toHaveAttribute("inputmode", "numeric");
      expect(input).toHaveAttribute("maxlength", "6");
      expect(input).toHaveAttribute("pattern", "[0-9]{6}");
      expect(input).toHaveAttribute("spellcheck", "false");
      expect(input).toHaveAttribute("translate", "no");
      expect(input).toHaveAttribute("dir", "ltr");
      expect(input).not.toHaveAttribute("aria-invalid");
      expect(screen.getAllByRole("textbox")).toHaveLength(1);
      const form = container.querySelector("form");
      expect(form).toHaveAttribute("method", "post");
      expect(form).toHaveAttribute("data-challenge", "SMS_MFA");
      expect(form).toHaveAttribute("data-state", "idle");
      const slots = container.querySelector('[data-part="slots"]');
      expect(slots).toHaveAttribute("aria-hidden", "true");
      expect(slots?.querySelectorAll('[data-part="slot"]')).toHaveLength(6);
      await expectNoAxeViolations(container);
    });

    it("draws typed digits in the slots, refuses letters and announces the count", async () => {
      const user = userEvent.setup();
      const { container } = render(<Screen {...challengeProps(smsMfa)} />);
      await user.type(codeInput(), "12a3");
      expect(codeInput()).toHaveValue("123");
      const filled = container.querySelectorAll('[data-part="slot"][data-filled]');
      expect([...filled].map((slot) => slot.textContent)).toEqual(["1", "2", "3"]);
      expect(container.querySelector('[data-part="slot"][data-active]')).toHaveAttribute(
        "data-index",
        "3",
      );
      expect(screen.getByText("3 of 6 digits entered")).toBeInTheDocument();
    });

    it("takes a pasted code with spaces or dashes and sends it once on Enter", async () => {
      const user = userEvent.setup();
      const props = challengeProps(smsMfa);
      render(<Screen {...props} />);
      await user.click(codeInput());
      await user.paste("123 - 456");
      expect(codeInput()).toHaveValue("123456");
      await user.keyboard("{Enter}");
      expect(props.respond).toHaveBeenCalledTimes(1);
      expect(props.respond).toHaveBeenCalledWith({ code: "123456" });
    });

    it("finds the code in a pasted message and refuses a paste with no code", async () => {
      const user = userEvent.setup();
      render(<Screen {...challengeProps(smsMfa)} />);
      await user.click(codeInput());
      await user.paste("no digits here");
      expect(codeInput()).toHaveValue("");
      await user.paste("Your code is 654-321.");
      expect(codeInput()).toHaveValue("654321");
    });

    it("sends one request however fast Enter is pressed", async () => {
      // No delay: the three Enters and the click land before the first submit's (asynchronous)
      // validation has finished, the case only the submit guard catches.
      const user = userEvent.setup({ delay: null });
      const held = deferred();
      const props = challengeProps(smsMfa, { respond: vi.fn(() => held.promise) });
      const { container } = render(<Screen {...props} />);
      await user.type(codeInput(), "123456");
      await user.keyboard("{Enter}{Enter}{Enter}");
      await user.click(submitButton());
      // Let every submit finish its validation (on a loaded machine it takes a few ticks).
      await vi.waitFor(() => expect(props.respond).toHaveBeenCalled());
      await act(async () => {});
      expect(props.respond).toHaveBeenCalledTimes(1);
      expect(submitButton()).toHaveAttribute("aria-disabled", "true");
      expect(screen.getByText("Sending…")).toBeInTheDocument();
      expect(container.querySelector("form")).toHaveAttribute("data-state", "pending");
      await act(async () => held.resolve());
      expect(submitButton()).not.toHaveAttribute("aria-disabled");
      expect(screen.queryByText("Sending…")).not.toBeInTheDocument();
    });

    it("shows the pending state the flow reports and refuses to submit during it", async () => {
      const user = userEvent.setup();
      const props = challengeProps(smsMfa, { isPending: true });
      render(<Screen {...props} />);
      await user.type(codeInput(), "123456{Enter}");
      await user.click(submitButton());
      expect(props.respond).not.toHaveBeenCalled();
      expect(submitButton()).toHaveAttribute("aria-disabled", "true");
      expect(screen.getByText("Sending…")).toBeInTheDocument();
    });

    it("explains an empty or short code, tied to the field", async () => {
      const user = userEvent.setup();
      const props = challengeProps(smsMfa);
      render(<Screen {...props} />);
      await user.click(submitButton());
      const alert = screen.getByRole("alert");
      expect(alert).toHaveTextContent("Enter the code.");
      expect(codeInput()).toHaveAttribute("aria-invalid", "true");
      expect(codeInput().getAttribute("aria-describedby")?.split(" ")).toContain(alert.id);
      await user.type(codeInput(), "123");
      await user.click(submitButton());
      expect(screen.getByRole("alert")).toHaveTextContent("Enter all 6 digits.");
      expect(props.respond).not.toHaveBeenCalled();
    });

    it("keeps the code after a retry error and marks it invalid", async () => {
      const user = userEvent.setup();
      const props = challengeProps(smsMfa);
      const { rerender, container } = render(<Screen {...props} />);
      await user.type(codeInput(), "111111{Enter}");
      rerender(<Screen {...props} error={challengeError("CodeMismatchException", "retry")} />);
      expect(screen.getByRole("alert")).toHaveTextContent(
        "That code isn't right. Check it and try again.",
      );
      expect(codeInput()).toHaveValue("111111");
      expect(codeInput()).toHaveAttribute("aria-invalid", "true");
      expect(codeInput()).toHaveFocus();
      expect(container.querySelector("form")).toHaveAttribute("data-state", "error");
      expect(screen.queryByRole("button", { name: "Start again" })).not.toBeInTheDocument();
      await expectNoAxeViolations(container);
    });

    it("shows a rejected respond() as the error", async () => {
      const user = userEvent.setup();
      const props = challengeProps(smsMfa, {
        respond: vi.fn(async () => {
          throw challengeError("NetworkError", "retry");
        }),
      });
      render(<Screen {...props} />);
      await user.type(codeInput(), "123456{Enter}");
      expect(await screen.findByRole("alert")).toHaveTextContent(
        "We couldn't reach the server. Check your connection and try again.",
      );
      // The code was not wrong: the field is not marked invalid, and can be sent again.
      expect(codeInput()).not.toHaveAttribute("aria-invalid");
      await user.keyboard("{Enter}");
      expect(props.respond).toHaveBeenCalledTimes(2);
    });

    it("offers the resend right away when the error ended the session", async () => {
      const user = userEvent.setup();
      const props = challengeProps(smsMfa, {
        error: challengeError("ExpiredCodeException", "restart"),
      });
      render(<Screen {...props} />);
      expect(screen.getByRole("alert")).toHaveTextContent(
        "This code has expired. Start again to get a new one.",
      );
      const resend = screen.getByRole("button", { name: "Send a new code" });
      expect(resend).not.toHaveAttribute("aria-disabled");
      await user.click(resend);
      expect(props.restart).toHaveBeenCalledTimes(1);
    });

    it("says when to try again after a wait error", () => {
      render(
        <Screen
          {...challengeProps(smsMfa, {
            error: challengeError("LimitExceededException", "wait", { retryAfterMs: 120_000 }),
          })}
        />,
      );
      expect(screen.getByRole("alert")).toHaveTextContent(
        "Too many attempts. You can try again in 2 minutes.",
      );
    });

    it("counts the resend cooldown down, then restarts with the username kept", async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      const props = challengeProps(smsMfa);
      render(<Screen {...props} resendCooldownMs={30_000} />);
      const resend = screen.getByRole("button", { name: "Send a new code" });
      expect(resend).toHaveAttribute("aria-disabled", "true");
      expect(resend).toHaveAccessibleDescription(/You can ask for a new code in 30 seconds\./);
      await user.click(resend);
      expect(props.restart).not.toHaveBeenCalled();
      await act(async () => {
        vi.advanceTimersByTime(12_000);
      });
      expect(screen.getByText(/in 18 seconds/)).toBeInTheDocument();
      await act(async () => {
        vi.advanceTimersByTime(18_000);
      });
      expect(resend).not.toHaveAttribute("aria-disabled");
      expect(resend).toHaveAccessibleDescription(
        "A new code starts the sign-in again. Your username is kept.",
      );
      await user.click(resend);
      expect(props.restart).toHaveBeenCalledTimes(1);
    });
  });

  describe("with autoSubmit", () => {
    it("submits each completed code once, never the same code twice", async () => {
      const user = userEvent.setup();
      const held = deferred();
      const props = challengeProps(smsMfa, { respond: vi.fn(() => held.promise) });
      const { rerender } = render(<Screen {...props} autoSubmit />);
      await user.type(codeInput(), "123456");
      await user.keyboard("{Enter}{Enter}");
      expect(props.respond).toHaveBeenCalledTimes(1);
      expect(props.respond).toHaveBeenLastCalledWith({ code: "123456" });
      await act(async () => held.resolve());
      rerender(
        <Screen {...props} autoSubmit error={challengeError("CodeMismatchException", "retry")} />,
      );
      // The same code typed again is not sent again on its own…
      await user.type(codeInput(), "{End}{Backspace}6");
      expect(props.respond).toHaveBeenCalledTimes(1);
      // …a different one is.
      await user.type(codeInput(), "{End}{Backspace}7");
      expect(props.respond).toHaveBeenCalledTimes(2);
      expect(props.respond).toHaveBeenLastCalledWith({ code: "123457" });
    });

    it("submits a pasted whole code", async () => {
      const user = userEvent.setup();
      const props = challengeProps(smsMfa);
      render(<Screen {...props} autoSubmit />);
      await user.click(codeInput());
      await user.paste("987 654");
      expect(props.respond).toHaveBeenCalledTimes(1);
      expect(props.respond).toHaveBeenCalledWith({ code: "987654" });
    });
  });

  describe("given a SOFTWARE_TOKEN_MFA challenge", () => {
    it("names the authenticator, offers no resend, and a restart after a session error", async () => {
      const user = userEvent.setup();
      const props = challengeProps(totp);
      const { rerender, container } = render(<Screen {...props} />);
      expect(
        screen.getByRole("heading", { name: "Enter your authenticator code" }),
      ).toBeInTheDocument();
      expect(
        screen.getByText(/Enter the 6-digit code shown by .Work phone.\./),
      ).toBeInTheDocument();
      expect(screen.queryByRole("button", { name: "Send a new code" })).not.toBeInTheDocument();
      expect(screen.queryByRole("button", { name: "Start again" })).not.toBeInTheDocument();
      rerender(
        <Screen
          {...props}
          error={challengeError("NotAuthorizedException", "restart", {
            message: "Invalid session for the user, session is expired.",
          })}
        />,
      );
      expect(screen.getByRole("alert")).toHaveTextContent(
        "Your sign-in session has expired. Start again to continue.",
      );
      await user.click(screen.getByRole("button", { name: "Start again" }));
      expect(props.restart).toHaveBeenCalledTimes(1);
      await expectNoAxeViolations(container);
    });
  });

  describe("given an EMAIL_OTP challenge", () => {
    it("says the code went by email to the masked address", async () => {
      const user = userEvent.setup();
      const props = challengeProps(emailOtp);
      render(<Screen {...props} />);
      expect(screen.getByRole("heading", { name: "Check your email" })).toHaveFocus();
      expect(
        screen.getByText(/We sent a 6-digit code by email to .a\*\*\*@e\*\*\*\.com./),
      ).toBeInTheDocument();
      await user.type(codeInput(), "000123{Enter}");
      expect(props.respond).toHaveBeenCalledWith({ code: "000123" });
    });
  });
});

describe("OtpChallenge logic", () => {
  it("derives slots from value and caret", () => {
    const slots = OtpChallenge.deriveSlots("12", 4, { start: 2, end: 2 });
    expect(slots.map((slot) => [slot.char, slot.isActive, slot.hasFakeCaret])).toEqual([
      ["1", false, false],
      ["2", false, false],
      [null, true, true],
      [null, false, false],
    ]);
    expect(OtpChallenge.deriveSlots("1234", 4, { start: 4, end: 4 })[3]?.isActive).toBe(true);
    expect(OtpChallenge.deriveSlots("1234", 4, null).some((slot) => slot.isActive)).toBe(false);
  });

  it("normalises typed and pasted codes", () => {
    expect(OtpChallenge.toCodeValue("１２３ ４５６", 6)).toBe("123456");
    expect(OtpChallenge.toCodeValue("12a", 6)).toBeNull();
    expect(OtpChallenge.extractPastedCode("Code: 12 34 56 (valid 3 min)", 6)).toBe("123456");
    expect(OtpChallenge.extractPastedCode("123456 or 654321", 6)).toBeNull();
    expect(OtpChallenge.extractPastedCode("G-123456 is your code", 6)).toBe("123456");
    expect(OtpChallenge.insertAtSelection("1256", "34", 2, 2, 6)).toEqual({
      value: "123456",
      caret: 4,
    });
    expect(OtpChallenge.insertAtSelection("99", "123456", 1, 1, 6)).toEqual({
      value: "123456",
      caret: 6,
    });
  });
});
