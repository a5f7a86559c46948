import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { JSX, ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { NewPasswordChallenge } from "../../src/components/index";
import type { ChallengeProps } from "../../src/headless/challenge-props.types";
import { fixtures } from "../fixtures/cognito/index";
import {
  challengeError,
  challengeOf,
  challengeProps,
  deferred,
  expectNoAxeViolations,
} from "./support/helpers";

type Props = ChallengeProps<"NEW_PASSWORD_REQUIRED"> & {
  passwordPolicy?: NewPasswordChallenge.PasswordPolicy;
  validate?: NewPasswordChallenge.NewPasswordValidators;
};

function DsButton(props: { children?: ReactNode; className?: string }): JSX.Element {
  return <button type="button" {...props} className={`ds-button ${props.className ?? ""}`} />;
}

function SwappedFieldContent(): JSX.Element {
  return (
    <>
      <NewPasswordChallenge.Label asChild>
        {/* biome-ignore lint/a11y/noLabelWithoutControl: the Label part supplies htmlFor. */}
        <label className="ds-label" />
      </NewPasswordChallenge.Label>
      <NewPasswordChallenge.Input asChild>
        <input className="ds-input" />
      </NewPasswordChallenge.Input>
      <NewPasswordChallenge.Hint asChild>
        <small />
      </NewPasswordChallenge.Hint>
      <NewPasswordChallenge.FieldError asChild>
        <p />
      </NewPasswordChallenge.FieldError>
    </>
  );
}

/** Every part swapped through `asChild`; the attributes are laid out by the design system. */
function AsChildNewPassword(props: Props): JSX.Element {
  return (
    <NewPasswordChallenge.Root {...props} asChild>
      <form className="ds-form">
        <NewPasswordChallenge.Title asChild>
          {/* biome-ignore lint/a11y/useHeadingContent: the Title part supplies the text. */}
          <h1 />
        </NewPasswordChallenge.Title>
        <NewPasswordChallenge.Description asChild>
          <div />
        </NewPasswordChallenge.Description>
        <NewPasswordChallenge.Field name="newPassword" asChild>
          <section>
            <SwappedFieldContent />
          </section>
        </NewPasswordChallenge.Field>
        <NewPasswordChallenge.Policy asChild>
          <aside />
        </NewPasswordChallenge.Policy>
        <NewPasswordChallenge.Field name="confirmPassword" asChild>
          <section>
            <SwappedFieldContent />
          </section>
        </NewPasswordChallenge.Field>
        <NewPasswordChallenge.Toggle asChild>
          <DsButton />
        </NewPasswordChallenge.Toggle>
        <NewPasswordChallenge.Attributes asChild>
          <fieldset className="ds-fieldset">
            <legend>Your details</legend>
            {props.challenge.requiredAttributes.map((name) => (
              <NewPasswordChallenge.Attribute key={name} name={name} asChild>
                <div className="ds-field">
                  <SwappedFieldContent />
                </div>
              </NewPasswordChallenge.Attribute>
            ))}
          </fieldset>
        </NewPasswordChallenge.Attributes>
        <NewPasswordChallenge.Error asChild>
          <p />
        </NewPasswordChallenge.Error>
        <NewPasswordChallenge.Submit asChild>
          <DsButton />
        </NewPasswordChallenge.Submit>
        <NewPasswordChallenge.Status asChild>
          <span />
        </NewPasswordChallenge.Status>
        <NewPasswordChallenge.Restart asChild>
          <DsButton />
        </NewPasswordChallenge.Restart>
      </form>
    </NewPasswordChallenge.Root>
  );
}

const variants: Array<[string, (props: Props) => JSX.Element]> = [
  ["default parts", NewPasswordChallenge.NewPasswordChallengeScreen],
  ["asChild parts", AsChildNewPassword],
];

const withAttributes = challengeOf(fixtures.newPasswordRequired, "NEW_PASSWORD_REQUIRED");
const withoutAttributes = challengeOf(
  fixtures.newPasswordRequiredNoAttributes,
  "NEW_PASSWORD_REQUIRED",
);
const manyAttributes = {
  ...withAttributes,
  requiredAttributes: ["email", "birthdate", "website", "custom:employee_id"],
};
const policy = {
  MinimumLength: 8,
  RequireUppercase: true,
  RequireLowercase: true,
  RequireNumbers: true,
  RequireSymbols: true,
};

describe.each(variants)("NewPasswordChallenge with %s", (_name, Screen) => {
  const newPassword = () => screen.getByLabelText("New password");
  const confirmPassword = () => screen.getByLabelText("Confirm new password");
  const submitButton = () => screen.getByRole("button", { name: "Set password" });

  describe("given required name and phone_number", () => {
    it("focuses the heading and asks for the password twice and each attribute", async () => {
      const { container } = render(<Screen {...challengeProps(withAttributes)} />);
      expect(screen.getByRole("heading", { name: "Set a new password" })).toHaveFocus();
      for (const input of [newPassword(), confirmPassword()]) {
        expect(input).toHaveAttribute("type", "password");
        expect(input).toHaveAttribute("autocomplete", "new-password");
      }
      const details = screen.getByRole("group", { name: "Your details" });
      const name = within(details).getByLabelText("Full name");
      expect(name).toHaveAttribute("autocomplete", "name");
      const phone = within(details).getByLabelText("Phone number");
      expect(phone).toHaveAttribute("type", "tel");
      expect(phone).toHaveAttribute("autocomplete", "tel");
      expect(phone).toHaveAttribute("inputmode", "tel");
      expect(phone).toHaveAccessibleDescription(
        "Include the country code, for example +14155550123.",
      );
      await expectNoAxeViolations(container);
    });

    it("answers with the new password and the trimmed attributes", async () => {
      const user = userEvent.setup();
      const props = challengeProps(withAttributes);
      render(<Screen {...props} />);
      await user.type(newPassword(), "Correct horse 9!");
      await user.type(confirmPassword(), "Correct horse 9!");
      await user.type(screen.getByLabelText("Full name"), "  Ada Lovelace ");
      await user.type(screen.getByLabelText("Phone number"), "+14155550123{Enter}");
      expect(props.respond).toHaveBeenCalledTimes(1);
      expect(props.respond).toHaveBeenCalledWith({
        newPassword: "Correct horse 9!",
        attributes: { name: "Ada Lovelace", phone_number: "+14155550123" },
      });
    });

    it("requires each attribute and checks the phone number format", async () => {
      const user = userEvent.setup();
      const props = challengeProps(withAttributes);
      render(<Screen {...props} />);
      await user.type(newPassword(), "pw");
      await user.type(confirmPassword(), "pw");
      await user.type(screen.getByLabelText("Phone number"), "0123 456");
      await user.click(submitButton());
      const name = screen.getByLabelText("Full name");
      expect(name).toHaveAttribute("aria-invalid", "true");
      expect(name).toHaveAccessibleDescription("This field is required.");
      expect(name).toHaveFocus();
      expect(screen.getByLabelText("Phone number")).toHaveAccessibleDescription(
        /Enter the number with its country code, like \+14155550123\./,
      );
      expect(props.respond).not.toHaveBeenCalled();
    });

    it("says when the confirmation does not match", async () => {
      const user = userEvent.setup();
      const props = challengeProps(withoutAttributes);
      render(<Screen {...props} />);
      await user.type(newPassword(), "first-Password1");
      await user.type(confirmPassword(), "other-Password1{Enter}");
      expect(confirmPassword()).toHaveAttribute("aria-invalid", "true");
      expect(confirmPassword()).toHaveAccessibleDescription("The passwords don't match.");
      expect(props.respond).not.toHaveBeenCalled();
      await user.clear(confirmPassword());
      await user.type(confirmPassword(), "first-Password1");
      expect(confirmPassword()).not.toHaveAttribute("aria-invalid");
    });

    it("runs the app's own rules after the built-in ones and shows their text on the field", async () => {
      const user = userEvent.setup();
      const props = challengeProps(manyAttributes);
      const validate = {
        newPassword: (value: string) =>
          /acme/i.test(value) ? "Leave out the company name." : undefined,
        "custom:employee_id": (value: string) =>
          /^\d{6}$/.test(value) ? undefined : "Six digits, from your badge.",
        // Not called while the built-in URL check fails.
        website: vi.fn<(value: string) => string | undefined>(() => "Use the company site."),
      };
      render(<Screen {...props} validate={validate} />);
      await user.type(newPassword(), "Acme-Password1");
      await user.type(confirmPassword(), "Acme-Password1");
      await user.type(screen.getByLabelText("Date of birth"), "1815-12-10");
      await user.type(screen.getByLabelText("Website"), "example.com");
      await user.type(screen.getByLabelText("employee id"), " 12ab ");
      await user.click(submitButton());
      expect(newPassword()).toHaveAttribute("aria-invalid", "true");
      expect(newPassword()).toHaveAccessibleDescription("Leave out the company name.");
      expect(screen.getByLabelText("employee id")).toHaveAttribute("aria-invalid", "true");
      expect(screen.getByLabelText("employee id")).toHaveAccessibleDescription(
        "Six digits, from your badge.",
      );
      expect(screen.getByLabelText("Website")).toHaveAccessibleDescription(
        /Enter a full web address/,
      );
      expect(validate.website).not.toHaveBeenCalled();
      expect(props.respond).not.toHaveBeenCalled();

      await user.clear(newPassword());
      await user.type(newPassword(), "Other-Password1");
      await user.clear(confirmPassword());
      await user.type(confirmPassword(), "Other-Password1");
      await user.clear(screen.getByLabelText("Website"));
      await user.type(screen.getByLabelText("Website"), "https://example.com");
      validate.website.mockReturnValue(undefined);
      await user.clear(screen.getByLabelText("employee id"));
      await user.type(screen.getByLabelText("employee id"), " 123456 {Enter}");
      expect(validate.website).toHaveBeenLastCalledWith("https://example.com");
      expect(props.respond).toHaveBeenCalledTimes(1);
      // The prefilled email is unchanged, so it is not sent back (protocol §3.8).
      expect(props.respond).toHaveBeenCalledWith({
        newPassword: "Other-Password1",
        attributes: {
          birthdate: "1815-12-10",
          website: "https://example.com",
          "custom:employee_id": "123456",
        },
      });
    });

    it("shows both passwords with one pressed toggle", async () => {
      const user = userEvent.setup();
      render(<Screen {...challengeProps(withoutAttributes)} />);
      const toggle = screen.getByRole("button", { name: "Show password" });
      expect(toggle.getAttribute("aria-controls")?.split(" ")).toEqual([
        newPassword().id,
        confirmPassword().id,
      ]);
      await user.click(toggle);
      expect(toggle).toHaveAttribute("aria-pressed", "true");
      expect(newPassword()).toHaveAttribute("type", "text");
      expect(confirmPassword()).toHaveAttribute("type", "text");
    });
  });

  describe("given no required attribute", () => {
    it("answers with the new password only and shows no attribute group", async () => {
      const user = userEvent.setup();
      const props = challengeProps(withoutAttributes);
      render(<Screen {...props} />);
      expect(screen.queryByRole("group")).not.toBeInTheDocument();
      await user.type(newPassword(), "n3w-Password");
      await user.type(confirmPassword(), "n3w-Password{Enter}");
      expect(props.respond).toHaveBeenCalledWith({ newPassword: "n3w-Password" });
    });
  });

  describe("given standard and custom attributes", () => {
    it("gives each the right input and checks dates and addresses", async () => {
      const user = userEvent.setup();
      const props = challengeProps(manyAttributes);
      render(<Screen {...props} />);
      const email = screen.getByLabelText("Email address");
      // Prefilled from userAttributes, so it is not sent back unchanged (protocol §3.8).
      expect(email).toHaveValue("alice@example.com");
      expect(email).toHaveAttribute("type", "email");
      expect(email).toHaveAttribute("autocomplete", "email");
      const birthdate = screen.getByLabelText("Date of birth");
      expect(birthdate).toHaveAttribute("autocomplete", "bday");
      expect(birthdate).toHaveAccessibleDescription(
        "Use the format YYYY-MM-DD, for example 1990-04-23.",
      );
      const website = screen.getByLabelText("Website");
      expect(website).toHaveAttribute("type", "url");
      const custom = screen.getByLabelText("employee id");
      expect(custom).toHaveAttribute("type", "text");
      expect(custom).toHaveAttribute("name", "attributes.custom:employee_id");
      await user.type(newPassword(), "pw");
      await user.type(confirmPassword(), "pw");
      await user.type(birthdate, "1990-02-30");
      await user.type(website, "example.com");
      await user.type(custom, "E-1001");
      await user.click(submitButton());
      expect(birthdate).toHaveAccessibleDescription(/Enter the date as YYYY-MM-DD\./);
      expect(website).toHaveAccessibleDescription(/Enter a full web address/);
      await user.clear(birthdate);
      await user.type(birthdate, "1990-02-28");
      await user.clear(website);
      await user.type(website, "https://example.com{Enter}");
      expect(props.respond).toHaveBeenCalledWith({
        newPassword: "pw",
        attributes: {
          birthdate: "1990-02-28",
          website: "https://example.com",
          "custom:employee_id": "E-1001",
        },
      });
    });
  });

  describe("with a password policy", () => {
    it("checks the rules live and refuses a password that misses one", async () => {
      const user = userEvent.setup();
      const props = challengeProps(withoutAttributes);
      const { container } = render(<Screen {...props} passwordPolicy={policy} />);
      const list = screen.getByRole("list");
      expect(list).toHaveAttribute("aria-live", "polite");
      const items = () =>
        within(list)
          .getAllByRole("listitem")
          .map((item) => item.textContent);
      expect(items()).toEqual([
        "○ At least 8 characters, not yet",
        "○ An uppercase letter, not yet",
        "○ A lowercase letter, not yet",
        "○ A number, not yet",
        "○ A symbol, such as ! @ # $, not yet",
      ]);
      expect(newPassword()).toHaveAccessibleDescription(/Your password needs/);
      await user.type(newPassword(), "abc1");
      expect(items()).toEqual([
        "○ At least 8 characters, not yet",
        "○ An uppercase letter, not yet",
        "✓ A lowercase letter, done",
        "✓ A number, done",
        "○ A symbol, such as ! @ # $, not yet",
      ]);
      await user.type(confirmPassword(), "abc1{Enter}");
      expect(newPassword()).toHaveAttribute("aria-invalid", "true");
      expect(newPassword()).toHaveAccessibleDescription(
        /The new password doesn't meet every requirement\./,
      );
      expect(props.respond).not.toHaveBeenCalled();
      await user.type(newPassword(), "Defg h");
      await user.clear(confirmPassword());
      await user.type(confirmPassword(), "abc1Defg h{Enter}");
      expect(items().every((text) => text?.startsWith("✓"))).toBe(true);
      expect(container.querySelector('[data-part="policy"]')).toHaveAttribute("data-complete", "");
      expect(props.respond).toHaveBeenCalledWith({ newPassword: "abc1Defg h" });
      await expectNoAxeViolations(container);
    });
  });

  describe("when answering", () => {
    async function fillIn(user: ReturnType<typeof userEvent.setup>): Promise<void> {
      await user.type(newPassword(), "n3w-Password");
      await user.type(confirmPassword(), "n3w-Password");
    }

    it("sends once under rapid Enter and shows the pending state", async () => {
      const user = userEvent.setup();
      const held = deferred();
      const props = challengeProps(withoutAttributes, { respond: vi.fn(() => held.promise) });
      render(<Screen {...props} />);
      await fillIn(user);
      await user.keyboard("{Enter}{Enter}{Enter}");
      expect(props.respond).toHaveBeenCalledTimes(1);
      expect(submitButton()).toHaveAttribute("aria-disabled", "true");
      expect(screen.getByText("Sending…")).toBeInTheDocument();
      await act(async () => held.resolve());
      expect(submitButton()).not.toHaveAttribute("aria-disabled");
    });

    it("ties a refused password to the field and keeps what was typed", async () => {
      const user = userEvent.setup();
      const props = challengeProps(withoutAttributes);
      const { rerender } = render(<Screen {...props} />);
      await fillIn(user);
      await user.keyboard("{Enter}");
      rerender(<Screen {...props} error={challengeError("InvalidPasswordException", "retry")} />);
      const alert = screen.getByRole("alert");
      expect(alert).toHaveTextContent("This password doesn't meet the password requirements.");
      expect(newPassword()).toHaveAttribute("aria-invalid", "true");
      expect(newPassword().getAttribute("aria-describedby")?.split(" ")).toContain(alert.id);
      expect(newPassword()).toHaveValue("n3w-Password");
      expect(screen.queryByRole("button", { name: "Start again" })).not.toBeInTheDocument();
    });

    it("offers a restart when the session is gone, and says when to wait", async () => {
      const user = userEvent.setup();
      const props = challengeProps(withoutAttributes, {
        error: challengeError("ExpiredSession", "restart"),
      });
      const { rerender } = render(<Screen {...props} />);
      expect(screen.getByRole("alert")).toHaveTextContent(
        "This step has timed out. Start again to continue.",
      );
      await user.click(screen.getByRole("button", { name: "Start again" }));
      expect(props.restart).toHaveBeenCalledTimes(1);
      rerender(
        <Screen
          {...props}
          error={challengeError("TooManyRequestsException", "wait", { retryAfterMs: 3_000 })}
        />,
      );
      expect(screen.getByRole("alert")).toHaveTextContent(
        "Too many requests right now. You can try again in 3 seconds.",
      );
    });
  });
});

describe("password policy and attribute logic", () => {
  it("counts Cognito's symbols, and a space only inside the password", () => {
    const symbols = (password: string) =>
      NewPasswordChallenge.checkPasswordPolicy(password, { RequireSymbols: true })[0]?.met;
    expect(symbols("abc^")).toBe(true);
    expect(symbols("a`b")).toBe(true);
    expect(symbols("a b")).toBe(true);
    expect(symbols(" ab")).toBe(false);
    expect(symbols("ab ")).toBe(false);
    expect(symbols("abc€")).toBe(false);
  });

  it("leaves unchanged and empty attributes out of the answer", () => {
    expect(
      NewPasswordChallenge.toAttributeAnswer(
        { email: "alice@example.com", name: " Ada ", nickname: "  " },
        { email: "alice@example.com" },
      ),
    ).toEqual({ name: "Ada" });
  });
});
