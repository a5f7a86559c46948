import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { JSX } from "react";
import { describe, expect, it, vi } from "vitest";
import * as RememberDevice from "../../src/components/remember-device/index";
import type { Challenge } from "../../src/core/index";
import type { ChallengeProps } from "../../src/headless/challenge-props.types";
import { fixtureIdentity } from "../fixtures/cognito/index";
import { Ds } from "./support/ds";
import { challengeError, challengeProps, deferred, expectNoAxeViolations } from "./support/helpers";

// The flow builds this local step itself after ConfirmDevice says UserConfirmationNecessary.
const step: Challenge<"REMEMBER_DEVICE"> = {
  name: "REMEMBER_DEVICE",
  deviceKey: fixtureIdentity.deviceKey,
  parameters: {},
  username: fixtureIdentity.internalUsername,
};

/** Every part swapped for the app's own element through `asChild`. */
function AsChildScreen(props: ChallengeProps<"REMEMBER_DEVICE">): JSX.Element {
  return (
    <RememberDevice.Root {...props} asChild>
      <Ds.Form className="ds-form">
        <RememberDevice.Title asChild>
          <Ds.Subheading className="ds-title" />
        </RememberDevice.Title>
        <RememberDevice.Description asChild>
          <Ds.Text className="ds-text" />
        </RememberDevice.Description>
        <RememberDevice.Error asChild>
          <Ds.Box className="ds-error" />
        </RememberDevice.Error>
        <RememberDevice.Remember asChild>
          <Ds.Button type="submit" className="ds-button ds-button--primary" />
        </RememberDevice.Remember>
        <RememberDevice.DontRemember asChild>
          <Ds.Button type="submit" className="ds-button" />
        </RememberDevice.DontRemember>
        <RememberDevice.Restart asChild>
          <Ds.Button type="button" className="ds-link" />
        </RememberDevice.Restart>
        <RememberDevice.Status asChild>
          <Ds.Box className="ds-status" />
        </RememberDevice.Status>
      </Ds.Form>
    </RememberDevice.Root>
  );
}

describe.each([
  ["default parts", RememberDevice.RememberDeviceScreen],
  ["asChild parts", AsChildScreen],
])("RememberDevice with %s", (variant, Screen) => {
  it("asks the question, focuses it, and passes axe", async () => {
    const { container } = render(<Screen {...challengeProps(step)} />);
    const heading = screen.getByRole("heading", { name: "Remember this device?" });
    expect(heading).toHaveFocus();
    const form = screen.getByRole("form", { name: "Remember this device?" });
    expect(form).toHaveAttribute("data-challenge", "REMEMBER_DEVICE");
    expect(form).toHaveAttribute("data-state", "idle");
    expect(form).toHaveAccessibleDescription(/shared or public device/);
    if (variant === "asChild parts") {
      expect(heading.tagName).toBe("H3");
      expect(heading).toHaveClass("ds-title");
      expect(form).toHaveClass("ds-form");
    }
    await expectNoAxeViolations(container);
  });

  it("answers { remember: true } for the first button", async () => {
    const props = challengeProps(step);
    render(<Screen {...props} />);
    await userEvent.click(screen.getByRole("button", { name: "Remember this device" }));
    expect(props.respond).toHaveBeenCalledTimes(1);
    expect(props.respond).toHaveBeenCalledWith({ remember: true });
  });

  it("answers { remember: false } for 'Not now', from the keyboard alone", async () => {
    const props = challengeProps(step);
    render(<Screen {...props} />);
    const user = userEvent.setup();
    await user.tab();
    await user.tab();
    expect(screen.getByRole("button", { name: "Not now" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(props.respond).toHaveBeenCalledTimes(1);
    expect(props.respond).toHaveBeenCalledWith({ remember: false });
  });

  it("sends one answer however fast the buttons are pressed, and says it is sending", async () => {
    const hold = deferred();
    const respond = vi.fn(() => hold.promise);
    const props = challengeProps(step, { respond });
    const { rerender } = render(<Screen {...props} />);
    const user = userEvent.setup();
    const yes = screen.getByRole("button", { name: "Remember this device" });
    await user.click(yes);
    await user.click(yes);
    await user.click(screen.getByRole("button", { name: "Not now" }));
    expect(yes).toHaveAttribute("aria-disabled", "true");
    expect(yes).toHaveAttribute("data-active");
    expect(screen.getByRole("form")).toHaveAttribute("data-pending");
    expect(screen.getByRole("status")).toHaveTextContent("Sending…");
    // The flow reports pending too; a click then is still refused.
    rerender(<Screen {...props} isPending />);
    await user.click(yes);
    hold.resolve();
    expect(respond).toHaveBeenCalledTimes(1);
    expect(respond).toHaveBeenCalledWith({ remember: true });
    rerender(<Screen {...props} isPending={false} />);
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(""));
    expect(yes).not.toHaveAttribute("aria-disabled");
  });

  it("shows a retry error without offering a restart", async () => {
    const error = challengeError("InternalErrorException", "retry");
    const { container } = render(<Screen {...challengeProps(step, { error })} />);
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Something went wrong on our side. Please try again.",
    );
    expect(screen.getByRole("form")).toHaveAttribute("data-state", "error");
    expect(screen.queryByRole("button", { name: "Start again" })).toBeNull();
    await expectNoAxeViolations(container);
  });

  it("offers 'Start again' for a restart error and calls restart", async () => {
    const props = challengeProps(step, {
      error: challengeError("NotAuthorizedException", "restart", {
        message: "Access Token has expired",
      }),
    });
    render(<Screen {...props} />);
    expect(screen.getByRole("alert")).toHaveTextContent("Incorrect username or password.");
    await userEvent.click(screen.getByRole("button", { name: "Start again" }));
    expect(props.restart).toHaveBeenCalledTimes(1);
    expect(props.respond).not.toHaveBeenCalled();
  });

  it("says when to try again for a wait error", () => {
    const error = challengeError("TooManyRequestsException", "wait", { retryAfterMs: 30_000 });
    render(<Screen {...challengeProps(step, { error })} />);
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Too many requests right now. You can try again in 30 seconds.",
    );
  });
});

describe("RememberDevice styling hooks", () => {
  it("exposes data-* state and takes class and style functions of the render state", async () => {
    const hold = deferred();
    render(
      <RememberDevice.Root {...challengeProps(step, { respond: () => hold.promise })}>
        <RememberDevice.Title />
        <RememberDevice.Remember
          className={({ isPending }) => (isPending ? "btn btn--busy" : "btn")}
          style={({ choice }) => ({ opacity: choice === true ? 0.5 : 1 })}
        />
        <RememberDevice.DontRemember className="btn btn--quiet" />
      </RememberDevice.Root>,
    );
    const remember = screen.getByRole("button", { name: "Remember this device" });
    expect(remember).toHaveClass("btn");
    expect(remember).not.toHaveClass("btn--busy");
    expect(remember).toHaveAttribute("data-scope", "remember-device");
    expect(remember).toHaveAttribute("data-part", "remember");
    expect(remember).toHaveAttribute("data-state", "idle");
    expect(remember).not.toHaveAttribute("data-pending");
    await userEvent.click(remember);
    expect(remember).toHaveClass("btn", "btn--busy");
    expect(remember).toHaveStyle({ opacity: "0.5" });
    expect(remember).toHaveAttribute("data-state", "pending");
    expect(remember).toHaveAttribute("data-pending", "");
    hold.resolve();
  });
});
