import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createRef, type JSX } from "react";
import { describe, expect, it, vi } from "vitest";
import { createFormatter, formatMessage } from "../../src/components/messages/format";
import { en } from "../../src/components/messages/locales/en/index";
import { MessagesProvider, useMessages } from "../../src/components/messages/messages-provider";
import type { MessageKey } from "../../src/components/messages/types";
import {
  dataAttributes,
  describeError,
  formatErrorText,
  mergeProps,
  renderPart,
  Slot,
} from "../../src/components/shared/index";

describe("dataAttributes", () => {
  it("writes scope, part, state and only the flags that are true", () => {
    expect(
      dataAttributes({
        scope: "otp-challenge",
        part: "input",
        state: "error",
        flags: { invalid: true, pending: false, complete: undefined },
        values: { challenge: "SMS_MFA", other: undefined },
      }),
    ).toEqual({
      "data-scope": "otp-challenge",
      "data-part": "input",
      "data-state": "error",
      "data-invalid": "",
      "data-challenge": "SMS_MFA",
    });
  });
});

describe("mergeProps", () => {
  it("runs the consumer's handler first and lets it veto ours", () => {
    const calls: string[] = [];
    const merged = mergeProps(
      { onClick: () => calls.push("ours") },
      {
        onClick: (event: { preventDefault(): void; defaultPrevented: boolean }) => {
          calls.push("theirs");
          if (calls.length > 2) event.preventDefault();
        },
      },
    );
    const event = {
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    (merged.onClick as (e: typeof event) => void)(event);
    expect(calls).toEqual(["theirs", "ours"]);
    (merged.onClick as (e: typeof event) => void)(event);
    expect(calls).toEqual(["theirs", "ours", "theirs"]);
  });

  it("joins classes and aria-describedby, merges style, consumer wins elsewhere", () => {
    expect(
      mergeProps(
        {
          className: "a",
          "aria-describedby": "d1 e1",
          style: { color: "red", margin: 1 },
          id: "x",
        },
        { className: "b a", "aria-describedby": "e1 h1", style: { color: "blue" }, id: "y" },
      ),
    ).toEqual({
      className: "a b",
      "aria-describedby": "d1 e1 h1",
      style: { color: "blue", margin: 1 },
      id: "y",
    });
  });
});

describe("Slot", () => {
  it("renders the child with our props, both refs, and our content when it has none", async () => {
    const ours = createRef<HTMLButtonElement>();
    const theirs = createRef<HTMLButtonElement>();
    const onClick = vi.fn();
    render(
      <Slot ref={ours} type="submit" className="ours" onClick={onClick} defaultChildren="Send">
        {/* biome-ignore lint/a11y/useButtonType: the Slot supplies type="submit". */}
        <button ref={theirs} className="ds-button" />
      </Slot>,
    );
    const button = screen.getByRole("button", { name: "Send" });
    expect(button).toHaveAttribute("type", "submit");
    expect(button).toHaveClass("ours", "ds-button");
    expect(ours.current).toBe(button);
    expect(theirs.current).toBe(button);
    await userEvent.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});

function Part(props: {
  asChild?: boolean;
  className?: string | ((s: { on: boolean }) => string);
  children?: JSX.Element | string;
}): JSX.Element {
  return renderPart(
    {
      tag: "span",
      data: { scope: "demo", part: "label", flags: { pending: true } },
      state: { on: true },
      props: { id: "p1", children: "default" },
    },
    props,
  );
}

describe("renderPart", () => {
  it("resolves className functions and keeps data attributes under asChild", () => {
    render(
      <>
        <Part className={({ on }) => (on ? "is-on" : "is-off")} />
        <Part asChild>
          <strong />
        </Part>
      </>,
    );
    const [plain, swapped] = screen.getAllByText("default");
    expect(plain?.tagName).toBe("SPAN");
    expect(plain).toHaveClass("is-on");
    expect(swapped?.tagName).toBe("STRONG");
    expect(swapped).toHaveAttribute("data-scope", "demo");
    expect(swapped).toHaveAttribute("data-part", "label");
    expect(swapped).toHaveAttribute("data-pending", "");
  });
});

describe("formatMessage", () => {
  it("picks plural forms by count and formats numbers for the locale", () => {
    const plural = { one: "{count} character", other: "{count} characters" };
    expect(formatMessage(plural, { count: 1 }, createFormatter("en"))).toBe("1 character");
    expect(formatMessage(plural, { count: 1200 }, createFormatter("en"))).toBe("1,200 characters");
    expect(formatMessage(plural, { count: 1200 }, createFormatter("de"))).toBe("1.200 characters");
    expect(formatMessage("Hi {name}, {missing}", { name: "Ada" }, createFormatter("en"))).toBe(
      "Hi Ada, {missing}",
    );
  });

  it("formats relative times and durations with Intl", () => {
    const english = createFormatter("en");
    expect(english.relativeTime(27_000)).toBe("in 27 seconds");
    expect(english.relativeTime(90_000)).toBe("in 2 minutes");
    expect(createFormatter("de").relativeTime(5_000)).toBe("in 5 Sekunden");
    expect(english.duration(65_000)).toMatch(/1 minute,? 5 seconds/);
  });
});

function Show(): JSX.Element {
  const messages = useMessages();
  return (
    <p>
      {formatErrorText(
        {
          code: "LimitExceededException",
          message: "",
          recovery: "wait",
          retryAfterMs: 120_000,
        },
        messages,
      )}
    </p>
  );
}

describe("describeError", () => {
  const has = (key: string): key is MessageKey => Object.hasOwn(en, key);
  it("keys errors by code, refining NotAuthorizedException by what Cognito said", () => {
    const error = (code: string, message = "") => ({ code, message, recovery: "restart" as const });
    expect(describeError(error("CodeMismatchException"), { has }).key).toBe(
      "error.CodeMismatchException",
    );
    expect(
      describeError(
        error("NotAuthorizedException", "Invalid session for the user, session is expired."),
        { has },
      ).key,
    ).toBe("error.NotAuthorizedException.expiredSession");
    expect(describeError(error("SomethingNewException"), { has }).key).toBe("error.UnknownError");
    expect(
      describeError(
        error(
          "UserLambdaValidationException",
          "PreAuthentication failed with error Account locked.",
        ),
        { has },
      ),
    ).toEqual({
      key: "error.UserLambdaValidationException.detail",
      params: { detail: "Account locked." },
    });
  });

  it("adds when to try again for wait errors, in the provider's locale", () => {
    render(
      <>
        <Show />
        <MessagesProvider locale="de" messages={{ "error.LimitExceededException": "Zu viele." }}>
          <Show />
        </MessagesProvider>
      </>,
    );
    expect(
      screen.getByText("Too many attempts. You can try again in 2 minutes."),
    ).toBeInTheDocument();
    expect(screen.getByText("Zu viele. You can try again in 2 Minuten.")).toBeInTheDocument();
  });
});
