import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { JSX, ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { PasswordChallenge } from "../../src/components/index";
import type { ChallengeProps } from "../../src/headless/challenge-props.types";
import { fixtures } from "../fixtures/cognito/index";
import {
  challengeError,
  challengeOf,
  challengeProps,
  deferred,
  expectNoAxeViolations,
} from "./support/helpers";

type Props = ChallengeProps<PasswordChallenge.PasswordChallengeName>;

function DsButton(props: { children?: ReactNode; className?: string }): JSX.Element {
  return <button type="button" {...props} className={`ds-button ${props.className ?? ""}`} />;
}

function AsChildPassword(props: Props): JSX.Element {
  return (
    <PasswordChallenge.Root {...props} asChild>
      <form className="ds-form">
        <PasswordChallenge.Title asChild>
          {/* biome-ignore lint/a11y/useHeadingContent: the Title part supplies the text. */}
          <h1 />
        </PasswordChallenge.Title>
        <PasswordChallenge.Description asChild>
          <div />
        </PasswordChallenge.Description>
        <PasswordChallenge.Label asChild>
          {/* biome-ignore lint/a11y/noLabelWithoutControl: the Label part supplies htmlFor. */}
          <label className="ds-label" />
        </PasswordChallenge.Label>
        <PasswordChallenge.Input asChild>
          <input className="ds-input" />
        </PasswordChallenge.Input>
        <PasswordChallenge.Toggle asChild>
          <DsButton />
        </PasswordChallenge.Toggle>
        <PasswordChallenge.Error asChild>
          <p />
        </PasswordChallenge.Error>
        <PasswordChallenge.Submit asChild>
          <DsButton />
        </PasswordChallenge.Submit>
        <PasswordChallenge.Status asChild>
          <span />
        </PasswordChallenge.Status>
        <PasswordChallenge.Restart asChild>
          <DsButton />
        </PasswordChallenge.Restart>
      </form>
    </PasswordChallenge.Root>
  );
}

const variants: Array<[string, (props: Props) => JSX.Element]> = [
  ["default parts", PasswordChallenge.PasswordChallengeScreen],
  ["asChild parts", AsChildPassword],
];

const passwordSrp = challengeOf(fixtures.passwordSrp, "PASSWORD_SRP");
const password = challengeOf(fixtures.password, "PASSWORD");

describe.each(variants)("PasswordChallenge with %s", (_name, Screen) => {
  const passwordInput = () => screen.getByLabelText("Password");
  const submitButton = () => screen.getByRole("button", { name: "Sign in" });

  describe("given a PASSWORD_SRP challenge", () => {
    it("focuses the heading and offers a current-password field in a post form", async () => {
      const { container } = render(<Screen {...challengeProps(passwordSrp)} />);
      expect(screen.getByRole("heading", { name: "Enter your password" })).toHaveFocus();
      expect(passwordInput()).toHaveAttribute("type", "password");
      expect(passwordInput()).toHaveAttribute("autocomplete", "current-password");
      expect(passwordInput()).toHaveAccessibleDescription(
        "Enter the password of your account to continue.",
      );
      const form = container.querySelector("form");
      expect(form).toHaveAttribute("method", "post");
      expect(form).toHaveAttribute("data-scope", "password-challenge");
      expect(form).toHaveAttribute("data-challenge", "PASSWORD_SRP");
      await expectNoAxeViolations(container);
    });

    it("shows and hides the password with a pressed toggle button", async () => {
      const user = userEvent.setup();
      render(<Screen {...challengeProps(passwordSrp)} />);
      const toggle = screen.getByRole("button", { name: "Show password" });
      expect(toggle).toHaveAttribute("aria-pressed", "false");
      expect(toggle).toHaveAttribute("aria-controls", passwordInput().id);
      await user.type(passwordInput(), "s3cret");
      await user.click(toggle);
      expect(toggle).toHaveAttribute("aria-pressed", "true");
      expect(passwordInput()).toHaveAttribute("type", "text");
      expect(passwordInput()).toHaveValue("s3cret");
      await user.keyboard(" ");
      expect(toggle).toHaveAttribute("aria-pressed", "false");
      expect(passwordInput()).toHaveAttribute("type", "password");
    });

    it("answers with the password exactly as typed, once under rapid Enter", async () => {
      // No delay: the three Enters land before the first submit's (asynchronous) validation has
      // finished, the case only the submit guard catches.
      const user = userEvent.setup({ delay: null });
      const held = deferred();
      const props = challengeProps(passwordSrp, { respond: vi.fn(() => held.promise) });
      render(<Screen {...props} />);
      await user.type(passwordInput(), " pass word ");
      await user.keyboard("{Enter}{Enter}{Enter}");
      // Let every submit finish its validation (on a loaded machine it takes a few ticks).
      await vi.waitFor(() => expect(props.respond).toHaveBeenCalled());
      await act(async () => {});
      expect(props.respond).toHaveBeenCalledTimes(1);
      expect(props.respond).toHaveBeenCalledWith({ password: " pass word " });
      expect(submitButton()).toHaveAttribute("aria-disabled", "true");
      expect(screen.getByText("Sending…")).toBeInTheDocument();
      await act(async () => held.resolve());
      expect(submitButton()).not.toHaveAttribute("aria-disabled");
    });

    it("asks for a password before sending anything", async () => {
      const user = userEvent.setup();
      const props = challengeProps(passwordSrp);
      render(<Screen {...props} />);
      await user.click(submitButton());
      expect(screen.getByRole("alert")).toHaveTextContent("Enter your password.");
      expect(passwordInput()).toHaveAttribute("aria-invalid", "true");
      expect(passwordInput()).toHaveFocus();
      expect(props.respond).not.toHaveBeenCalled();
    });

    it("offers a restart after a wrong password, with the field marked invalid", async () => {
      const user = userEvent.setup();
      const props = challengeProps(passwordSrp, {
        error: challengeError("NotAuthorizedException", "restart", {
          message: "Incorrect username or password.",
        }),
      });
      const { container } = render(<Screen {...props} />);
      expect(screen.getByRole("alert")).toHaveTextContent("Incorrect username or password.");
      expect(passwordInput()).toHaveAttribute("aria-invalid", "true");
      await user.click(screen.getByRole("button", { name: "Start again" }));
      expect(props.restart).toHaveBeenCalledTimes(1);
      await expectNoAxeViolations(container);
    });

    it("keeps the password after a retry error", async () => {
      const user = userEvent.setup();
      const props = challengeProps(passwordSrp);
      const { rerender } = render(<Screen {...props} />);
      await user.type(passwordInput(), "typed{Enter}");
      rerender(<Screen {...props} error={challengeError("InternalErrorException", "retry")} />);
      expect(screen.getByRole("alert")).toHaveTextContent(
        "Something went wrong on our side. Please try again.",
      );
      expect(passwordInput()).toHaveValue("typed");
      expect(passwordInput()).not.toHaveAttribute("aria-invalid");
      expect(screen.queryByRole("button", { name: "Start again" })).not.toBeInTheDocument();
    });

    it("says when to try again after a lockout", () => {
      render(
        <Screen
          {...challengeProps(passwordSrp, {
            error: challengeError("NotAuthorizedException", "wait", {
              message: "Password attempts exceeded",
              retryAfterMs: 15_000,
            }),
          })}
        />,
      );
      expect(screen.getByRole("alert")).toHaveTextContent(
        "Too many failed attempts. You can try again in 15 seconds.",
      );
    });
  });

  describe("given a PASSWORD challenge", () => {
    it("answers the same way", async () => {
      const user = userEvent.setup();
      const props = challengeProps(password);
      render(<Screen {...props} />);
      await user.type(passwordInput(), "hunter2{Enter}");
      expect(props.respond).toHaveBeenCalledWith({ password: "hunter2" });
    });
  });
});
