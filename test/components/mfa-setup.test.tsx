import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { JSX } from "react";
import { describe, expect, it, vi } from "vitest";
import { getMfaSetupView, MfaSetupScreen } from "../../src/components/mfa-setup/index";
import * as MfaSetupChoice from "../../src/components/mfa-setup/setup-choice/index";
import { buildTotpUri, type Challenge } from "../../src/core/index";
import type { ChallengeProps } from "../../src/headless/challenge-props.types";
import { fixtureIdentity, fixtures } from "../fixtures/cognito/index";
import { Ds } from "./support/ds";
import {
  challengeError,
  challengeOf,
  challengeProps,
  deferred,
  expectNoAxeViolations,
} from "./support/helpers";

const both = challengeOf(fixtures.mfaSetupBoth, "MFA_SETUP");
const totpOnly = challengeOf(fixtures.mfaSetupTotp, "MFA_SETUP");
const emailOnly = challengeOf(fixtures.mfaSetupEmail, "MFA_SETUP");
const smsOnly: Challenge<"MFA_SETUP"> = { ...both, options: ["SMS_MFA"] };

function AsChildScreen(props: ChallengeProps<"MFA_SETUP">): JSX.Element {
  return (
    <MfaSetupChoice.Root {...props} asChild>
      <Ds.Form className="ds-form">
        <MfaSetupChoice.Title asChild>
          <Ds.Subheading className="ds-title" />
        </MfaSetupChoice.Title>
        <MfaSetupChoice.Description asChild>
          <Ds.Text className="ds-text" />
        </MfaSetupChoice.Description>
        <MfaSetupChoice.Group asChild>
          <Ds.Fieldset className="ds-fieldset">
            <MfaSetupChoice.Legend asChild>
              <Ds.Legend className="ds-legend" />
            </MfaSetupChoice.Legend>
            <MfaSetupChoice.Option value="SOFTWARE_TOKEN_MFA" asChild>
              <Ds.FieldLabel className="ds-radio" />
            </MfaSetupChoice.Option>
            <MfaSetupChoice.Option value="EMAIL_OTP" asChild>
              <Ds.FieldLabel className="ds-radio" />
            </MfaSetupChoice.Option>
          </Ds.Fieldset>
        </MfaSetupChoice.Group>
        <MfaSetupChoice.Error asChild>
          <Ds.Text className="ds-error" />
        </MfaSetupChoice.Error>
        <MfaSetupChoice.Submit asChild>
          <Ds.Button type="submit" className="ds-button" />
        </MfaSetupChoice.Submit>
        <MfaSetupChoice.Restart asChild>
          <Ds.Button type="button" className="ds-link" />
        </MfaSetupChoice.Restart>
        <MfaSetupChoice.Status asChild>
          <Ds.Box className="ds-status" />
        </MfaSetupChoice.Status>
      </Ds.Form>
    </MfaSetupChoice.Root>
  );
}

describe.each([
  ["default parts", MfaSetupChoice.MfaSetupChoiceScreen],
  ["asChild parts", AsChildScreen],
])("MfaSetupChoice with %s", (variant, Screen) => {
  it("offers the two factors Cognito can set up as a labelled radio group; axe passes", async () => {
    const { container } = render(<Screen {...challengeProps(both)} />);
    expect(screen.getByRole("heading", { name: "Add a second sign-in step" })).toHaveFocus();
    const group = screen.getByRole("group", { name: "Get codes by" });
    const radios = screen.getAllByRole("radio");
    expect(radios.map((radio) => radio.getAttribute("value"))).toEqual([
      "SOFTWARE_TOKEN_MFA",
      "EMAIL_OTP",
    ]);
    expect(screen.getByRole("radio", { name: "Authenticator app" })).toHaveAccessibleDescription(
      "Codes from an app on your phone.",
    );
    expect(screen.getByRole("radio", { name: "Email" })).not.toBeChecked();
    if (variant === "asChild parts") expect(group).toHaveClass("ds-fieldset");
    await expectNoAxeViolations(container);
  });

  it("answers { select } with the factor picked from the keyboard, once", async () => {
    const hold = deferred();
    const respond = vi.fn(() => hold.promise);
    const user = userEvent.setup();
    render(<Screen {...challengeProps(both, { respond })} />);
    await user.tab();
    expect(screen.getByRole("radio", { name: "Authenticator app" })).toHaveFocus();
    await user.keyboard(" ");
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("radio", { name: "Email" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "Email" }).closest("label")).toHaveAttribute(
      "data-checked",
    );
    await user.keyboard("{Enter}{Enter}");
    expect(respond).toHaveBeenCalledTimes(1);
    expect(respond).toHaveBeenCalledWith({ select: "EMAIL_OTP" });
    expect(screen.getByText("Sending…")).toBeInTheDocument();
    hold.resolve();
  });

  it("asks for a choice before sending anything", async () => {
    const props = challengeProps(both);
    render(<Screen {...props} />);
    await userEvent.click(screen.getByRole("button", { name: "Continue" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Choose one to continue.");
    const group = screen.getByRole("group", { name: "Get codes by" });
    expect(group).toHaveAttribute("aria-invalid", "true");
    expect(group).toHaveAccessibleDescription("Choose one to continue.");
    expect(screen.getByRole("radio", { name: "Authenticator app" })).toHaveFocus();
    expect(props.respond).not.toHaveBeenCalled();
  });

  it("keeps the choice on a retry error", async () => {
    const props = challengeProps(both);
    const user = userEvent.setup();
    const { rerender } = render(<Screen {...props} />);
    await user.click(screen.getByRole("radio", { name: "Authenticator app" }));
    await user.click(screen.getByRole("button", { name: "Continue" }));
    rerender(<Screen {...props} error={challengeError("NetworkError", "retry")} />);
    expect(screen.getByRole("alert")).toHaveTextContent("We couldn't reach the server.");
    expect(screen.getByRole("radio", { name: "Authenticator app" })).toBeChecked();
  });

  it("offers Start again for a restart error, and says when for a wait error", async () => {
    const props = challengeProps(both, {
      error: challengeError("MFAMethodNotFoundException", "restart"),
    });
    const { rerender } = render(<Screen {...props} />);
    await userEvent.click(screen.getByRole("button", { name: "Start again" }));
    expect(props.restart).toHaveBeenCalledTimes(1);
    rerender(
      <Screen
        {...props}
        error={challengeError("TooManyRequestsException", "wait", { retryAfterMs: 2_000 })}
      />,
    );
    expect(screen.getByRole("alert")).toHaveTextContent("You can try again in 2 seconds.");
  });
});

describe("MfaSetupScreen (what the router shows for MFA_SETUP)", () => {
  const totp = {
    secretCode: fixtureIdentity.totpSecret,
    issuer: "Acme",
    accountName: fixtureIdentity.username,
    uri: buildTotpUri({
      secretCode: fixtureIdentity.totpSecret,
      issuer: "Acme",
      accountName: fixtureIdentity.username,
    }),
  };

  it("picks the view from the challenge", () => {
    expect(getMfaSetupView(both)).toBe("choose");
    expect(getMfaSetupView({ ...both, selected: "EMAIL_OTP" })).toBe("email");
    expect(getMfaSetupView({ ...both, selected: "SOFTWARE_TOKEN_MFA", totp })).toBe("totp");
    expect(getMfaSetupView(totpOnly)).toBe("totp");
    expect(getMfaSetupView(emailOnly)).toBe("email");
    expect(getMfaSetupView(smsOnly)).toBe("unavailable");
  });

  it("moves from the choice to the selected set-up, with focus on the new heading", () => {
    const props = challengeProps(both);
    const { rerender } = render(<MfaSetupScreen {...props} />);
    expect(screen.getByRole("heading", { name: "Add a second sign-in step" })).toHaveFocus();
    rerender(<MfaSetupScreen {...props} challenge={{ ...both, selected: "SOFTWARE_TOKEN_MFA" }} />);
    expect(screen.getByRole("heading", { name: "Set up your authenticator app" })).toHaveFocus();
    rerender(<MfaSetupScreen {...props} challenge={{ ...both, selected: "EMAIL_OTP" }} />);
    expect(screen.getByRole("heading", { name: "Set up email codes" })).toHaveFocus();
  });

  it("explains that SMS cannot be set up while signing in, and offers Start again", async () => {
    const props = challengeProps(smsOnly);
    const { container } = render(<MfaSetupScreen {...props} />);
    const heading = screen.getByRole("heading", { name: "A phone number is needed" });
    expect(heading).toHaveFocus();
    expect(
      screen.getByRole("region", { name: "A phone number is needed" }),
    ).toHaveAccessibleDescription(/Add a phone number to your account, then sign in again\./);
    expect(screen.queryByRole("textbox")).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Start again" }));
    expect(props.restart).toHaveBeenCalledTimes(1);
    expect(props.respond).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);
  });
});
