import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { JSX } from "react";
import { describe, expect, it, vi } from "vitest";
import * as CustomChallenge from "../../src/components/custom-challenge/index";
import type { Challenge } from "../../src/core/index";
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

const challenge = challengeOf(fixtures.customChallenge, "CUSTOM_CHALLENGE");

function AsChildScreen(props: ChallengeProps<"CUSTOM_CHALLENGE">): JSX.Element {
  return (
    <CustomChallenge.Root {...props} asChild>
      <Ds.Form className="ds-form">
        <CustomChallenge.Title asChild>
          <Ds.Heading className="ds-title" />
        </CustomChallenge.Title>
        <CustomChallenge.Parameters asChild>
          <Ds.List className="ds-list" />
        </CustomChallenge.Parameters>
        <CustomChallenge.Label asChild>
          <Ds.FieldLabel className="ds-label" />
        </CustomChallenge.Label>
        <CustomChallenge.Input asChild>
          <Ds.TextInput className="ds-input" />
        </CustomChallenge.Input>
        <CustomChallenge.Error asChild>
          <Ds.Text className="ds-error" />
        </CustomChallenge.Error>
        <CustomChallenge.Submit asChild>
          <Ds.Button type="submit" className="ds-button" />
        </CustomChallenge.Submit>
        <CustomChallenge.Restart asChild>
          <Ds.Button type="button" className="ds-link" />
        </CustomChallenge.Restart>
        <CustomChallenge.Status asChild>
          <Ds.Box className="ds-status" />
        </CustomChallenge.Status>
      </Ds.Form>
    </CustomChallenge.Root>
  );
}

describe.each([
  ["default parts", CustomChallenge.CustomChallengeScreen],
  ["asChild parts", AsChildScreen],
])("CustomChallenge with %s", (variant, Screen) => {
  it("shows the trigger's public parameters as text and an answer field; axe passes", async () => {
    const { container } = render(<Screen {...challengeProps(challenge)} />);
    expect(screen.getByRole("heading", { name: "Answer to continue" })).toHaveFocus();
    const terms = screen.getAllByRole("term").map((term) => term.textContent);
    const values = screen.getAllByRole("definition").map((value) => value.textContent);
    // Cognito's USERNAME is not a public parameter.
    expect(terms).toEqual(["email", "attemptsLeft", "challengeType"]);
    expect(values).toEqual(["a***@e***.com", "3", "EMAIL_CODE"]);
    const input = screen.getByRole("textbox", { name: "Your answer" });
    expect(input).toHaveAttribute("autocomplete", "off");
    expect(input).toHaveAccessibleDescription(/a\*\*\*@e\*\*\*\.com/);
    if (variant === "asChild parts") expect(input).toHaveClass("ds-input");
    await expectNoAxeViolations(container);
  });

  it("never renders a parameter as HTML", () => {
    const hostile: Challenge<"CUSTOM_CHALLENGE"> = {
      ...challenge,
      publicParameters: { question: '<img src="x" onerror="alert(1)"><b>bold</b>' },
    };
    const { container } = render(<Screen {...challengeProps(hostile)} />);
    expect(screen.getByRole("definition")).toHaveTextContent(
      '<img src="x" onerror="alert(1)"><b>bold</b>',
    );
    expect(container.querySelector("img, b")).toBeNull();
  });

  it("refuses an empty answer locally, tied to the field", async () => {
    const props = challengeProps(challenge);
    render(<Screen {...props} />);
    await userEvent.click(screen.getByRole("button", { name: "Continue" }));
    const input = screen.getByRole("textbox", { name: "Your answer" });
    expect(screen.getByRole("alert")).toHaveTextContent("Enter your answer.");
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(input).toHaveAccessibleDescription(/Enter your answer\./);
    expect(props.respond).not.toHaveBeenCalled();
  });

  it("sends the answer exactly as typed, once, with Enter", async () => {
    const hold = deferred();
    const respond = vi.fn(() => hold.promise);
    render(<Screen {...challengeProps(challenge, { respond })} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole("textbox", { name: "Your answer" }), " 4821 ");
    await user.keyboard("{Enter}{Enter}{Enter}");
    expect(respond).toHaveBeenCalledTimes(1);
    expect(respond).toHaveBeenCalledWith({ answer: " 4821 " });
    expect(screen.getByRole("button", { name: "Continue" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
    expect(screen.getByRole("status")).toHaveTextContent("Sending…");
    hold.resolve();
  });

  it("keeps the answer on a retry error and puts the caret back", async () => {
    const props = challengeProps(challenge);
    const { rerender } = render(<Screen {...props} />);
    const input = screen.getByRole("textbox", { name: "Your answer" });
    await userEvent.type(input, "4821{Enter}");
    rerender(<Screen {...props} error={challengeError("CodeMismatchException", "retry")} />);
    expect(screen.getByRole("alert")).toHaveTextContent("That code isn't right.");
    expect(input).toHaveValue("4821");
    expect(input).toHaveFocus();
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(screen.queryByRole("button", { name: "Start again" })).toBeNull();
  });

  it("offers Start again when the trigger failed the sign-in", async () => {
    const error = challengeError("NotAuthorizedException", "restart", {
      message: "Incorrect username or password.",
    });
    const props = challengeProps(challenge, { error });
    const { container } = render(<Screen {...props} />);
    expect(screen.getByRole("alert")).toHaveTextContent("Incorrect username or password.");
    await userEvent.click(screen.getByRole("button", { name: "Start again" }));
    expect(props.restart).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });

  it("says when to try again for a wait error", () => {
    const error = challengeError("LimitExceededException", "wait", { retryAfterMs: 120_000 });
    render(<Screen {...challengeProps(challenge, { error })} />);
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Too many attempts. You can try again in 2 minutes.",
    );
  });
});

describe("CustomChallenge.Parameters render prop", () => {
  it("hands the parameters to the app's own question UI", async () => {
    const props = challengeProps(challenge);
    render(
      <CustomChallenge.Root {...props}>
        <CustomChallenge.Title />
        <CustomChallenge.Parameters>
          {(parameters) => <p>We emailed a code to {parameters.email}.</p>}
        </CustomChallenge.Parameters>
        <CustomChallenge.Label>Code from the email</CustomChallenge.Label>
        <CustomChallenge.Input />
        <CustomChallenge.Submit />
      </CustomChallenge.Root>,
    );
    const input = screen.getByRole("textbox", { name: "Code from the email" });
    expect(input).toHaveAccessibleDescription("We emailed a code to a***@e***.com.");
    expect(within(screen.getByRole("form")).queryByRole("term")).toBeNull();
    await userEvent.type(input, "123456{Enter}");
    expect(props.respond).toHaveBeenCalledWith({ answer: "123456" });
  });
});
