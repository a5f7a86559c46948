import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { JSX } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as TotpSetup from "../../src/components/mfa-setup/totp-setup/index";
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

const parsed = challengeOf(fixtures.mfaSetupTotp, "MFA_SETUP");
const totp = {
  secretCode: fixtureIdentity.totpSecret,
  issuer: "Acme & Co",
  accountName: fixtureIdentity.username,
  uri: buildTotpUri({
    secretCode: fixtureIdentity.totpSecret,
    issuer: "Acme & Co",
    accountName: fixtureIdentity.username,
  }),
};
// What the flow shows after AssociateSoftwareToken answered.
const ready: Challenge<"MFA_SETUP"> = { ...parsed, selected: "SOFTWARE_TOKEN_MFA", totp };
// What it shows while AssociateSoftwareToken is still running.
const preparing: Challenge<"MFA_SETUP"> = { ...parsed, selected: "SOFTWARE_TOKEN_MFA" };

function AsChildScreen(props: ChallengeProps<"MFA_SETUP">): JSX.Element {
  return (
    <TotpSetup.Root {...props} asChild>
      <Ds.Form className="ds-form">
        <TotpSetup.Title asChild>
          <Ds.Subheading className="ds-title" />
        </TotpSetup.Title>
        <TotpSetup.Description asChild>
          <Ds.Text className="ds-text" />
        </TotpSetup.Description>
        <TotpSetup.QrCode asChild>
          <Ds.Figure className="ds-qr" />
        </TotpSetup.QrCode>
        <TotpSetup.SecretLabel asChild>
          <Ds.Strong />
        </TotpSetup.SecretLabel>
        <TotpSetup.Secret asChild>
          <Ds.Code className="ds-mono" />
        </TotpSetup.Secret>
        <TotpSetup.Copy asChild>
          <Ds.Button type="button" className="ds-button" />
        </TotpSetup.Copy>
        <TotpSetup.OpenInApp asChild>
          <Ds.Link className="ds-link" />
        </TotpSetup.OpenInApp>
        <TotpSetup.CodeLabel asChild>
          <Ds.FieldLabel className="ds-label" />
        </TotpSetup.CodeLabel>
        <TotpSetup.CodeDescription asChild>
          <Ds.Hint className="ds-hint" />
        </TotpSetup.CodeDescription>
        <TotpSetup.CodeInput asChild>
          <Ds.TextInput className="ds-input" />
        </TotpSetup.CodeInput>
        <TotpSetup.DeviceNameLabel asChild>
          <Ds.FieldLabel className="ds-label" />
        </TotpSetup.DeviceNameLabel>
        <TotpSetup.DeviceNameDescription asChild>
          <Ds.Hint className="ds-hint" />
        </TotpSetup.DeviceNameDescription>
        <TotpSetup.DeviceNameInput asChild>
          <Ds.TextInput className="ds-input" />
        </TotpSetup.DeviceNameInput>
        <TotpSetup.Error asChild>
          <Ds.Text className="ds-error" />
        </TotpSetup.Error>
        <TotpSetup.Submit asChild>
          <Ds.Button type="submit" className="ds-button" />
        </TotpSetup.Submit>
        <TotpSetup.Restart asChild>
          <Ds.Button type="button" className="ds-link" />
        </TotpSetup.Restart>
        <TotpSetup.Status asChild>
          <Ds.Box className="ds-status" />
        </TotpSetup.Status>
      </Ds.Form>
    </TotpSetup.Root>
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

const codeInput = (): HTMLElement => screen.getByRole("textbox", { name: "Code from the app" });

describe.each([
  ["default parts", TotpSetup.TotpSetupScreen],
  ["asChild parts", AsChildScreen],
])("TotpSetup with %s", (variant, Screen) => {
  it("says it is preparing the key until the secret arrives", async () => {
    const { container } = render(<Screen {...challengeProps(preparing, { isPending: true })} />);
    expect(screen.getByRole("heading", { name: "Set up your authenticator app" })).toHaveFocus();
    const form = screen.getByRole("form");
    expect(form).toHaveAccessibleDescription("Preparing your setup key…");
    expect(form).toHaveAttribute("aria-busy", "true");
    expect(form).not.toHaveAttribute("data-ready");
    expect(screen.queryByRole("img")).toBeNull();
    expect(screen.queryByRole("button", { name: "Copy key" })).toBeNull();
    expect(codeInput()).toBeDisabled();
    await expectNoAxeViolations(container);
  });

  it("draws the otpauth URI as a labelled QR code, with the grouped key and the app link", async () => {
    const { container } = render(<Screen {...challengeProps(ready)} />);
    const qr = await screen.findByRole("img", {
      name: "QR code to add alice@example.com to an authenticator app",
    });
    // A real QR code: the finder pattern's top row is seven dark modules from the corner.
    expect(qr.querySelector("path")?.getAttribute("d")).toMatch(/^M0 0h7v1h-7z/);
    expect(screen.getByRole("form")).toHaveAttribute("data-ready");
    expect(container.querySelector("[data-part=secret]")).toHaveTextContent(
      "JBSW Y3DP EHPK 3PXP LR5H FRWN ZG7D K4AQ",
    );
    expect(container.querySelector("[data-part=secret]")).toHaveAttribute("translate", "no");
    const link = screen.getByRole("link", { name: "Open in authenticator app" });
    expect(link).toHaveAttribute(
      "href",
      "otpauth://totp/Acme%20%26%20Co:alice%40example.com?secret=JBSWY3DPEHPK3PXPLR5HFRWNZG7DK4AQ&issuer=Acme%20%26%20Co",
    );
    const input = codeInput();
    expect(input).toHaveAttribute("inputmode", "numeric");
    expect(input).toHaveAttribute("autocomplete", "one-time-code");
    expect(input).toHaveAccessibleDescription(
      "Enter the 6-digit code your app shows for Acme & Co.",
    );
    if (variant === "asChild parts") expect(qr.parentElement?.tagName).toBe("FIGURE");
    await expectNoAxeViolations(container);
  });

  it("copies the key without spaces and announces it", async () => {
    const user = userEvent.setup();
    render(<Screen {...challengeProps(ready)} />);
    await user.click(screen.getByRole("button", { name: "Copy key" }));
    expect(await navigator.clipboard.readText()).toBe(fixtureIdentity.totpSecret);
    expect(await screen.findByText("Setup key copied.")).toHaveAttribute("role", "status");
  });

  it("selects the key for Ctrl+C when the clipboard refuses", async () => {
    const user = userEvent.setup();
    render(<Screen {...challengeProps(ready)} />);
    vi.spyOn(navigator.clipboard, "writeText").mockRejectedValue(new Error("NotAllowedError"));
    await user.click(screen.getByRole("button", { name: "Copy key" }));
    expect(
      await screen.findByText("Setup key selected. Press Ctrl+C (or ⌘C) to copy it."),
    ).toHaveAttribute("role", "status");
    expect(document.getSelection()?.toString()).toBe("JBSW Y3DP EHPK 3PXP LR5H FRWN ZG7D K4AQ");
  });

  it("takes a pasted code with spaces and sends { code } once, however fast Enter is pressed", async () => {
    const hold = deferred();
    const respond = vi.fn(() => hold.promise);
    const user = userEvent.setup();
    render(<Screen {...challengeProps(ready, { respond })} />);
    await user.click(codeInput());
    await user.paste("123 456");
    expect(codeInput()).toHaveValue("123456");
    await user.keyboard("{Enter}{Enter}{Enter}");
    expect(respond).toHaveBeenCalledTimes(1);
    expect(respond).toHaveBeenCalledWith({ code: "123456" });
    expect(screen.getByRole("button", { name: "Verify and turn on" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
    expect(screen.getByText("Sending…")).toBeInTheDocument();
    hold.resolve();
  });

  it("sends the friendly device name with the code, trimmed", async () => {
    const props = challengeProps(ready);
    const user = userEvent.setup();
    render(<Screen {...props} />);
    await user.type(codeInput(), "654-321");
    await user.type(
      screen.getByRole("textbox", { name: "Name for this authenticator (optional)" }),
      "  Work phone ",
    );
    await user.click(screen.getByRole("button", { name: "Verify and turn on" }));
    expect(props.respond).toHaveBeenCalledWith({
      code: "654321",
      friendlyDeviceName: "Work phone",
    });
  });

  it("refuses an incomplete code locally, tied to the field", async () => {
    const props = challengeProps(ready);
    const user = userEvent.setup();
    render(<Screen {...props} />);
    await user.type(codeInput(), "12345{Enter}");
    expect(screen.getByRole("alert")).toHaveTextContent("Enter all 6 digits.");
    expect(codeInput()).toHaveAttribute("aria-invalid", "true");
    expect(codeInput()).toHaveAccessibleDescription(/Enter all 6 digits\./);
    expect(props.respond).not.toHaveBeenCalled();
  });

  it("keeps the code on a wrong-code error and selects it for the next one", async () => {
    const props = challengeProps(ready);
    const user = userEvent.setup();
    const { rerender, container } = render(<Screen {...props} />);
    await user.type(codeInput(), "111111{Enter}");
    rerender(
      <Screen {...props} error={challengeError("EnableSoftwareTokenMFAException", "retry")} />,
    );
    expect(screen.getByRole("alert")).toHaveTextContent(
      "That code didn't match your authenticator app.",
    );
    expect(codeInput()).toHaveValue("111111");
    expect(codeInput()).toHaveFocus();
    expect(screen.queryByRole("button", { name: "Start again" })).toBeNull();
    await expectNoAxeViolations(container);
  });

  it("offers Start again when the session is gone", async () => {
    const error = challengeError("NotAuthorizedException", "restart", {
      message: "Invalid session for the user, session is expired.",
    });
    const props = challengeProps(ready, { error });
    render(<Screen {...props} />);
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Your sign-in session has expired. Start again to continue.",
    );
    await userEvent.click(screen.getByRole("button", { name: "Start again" }));
    expect(props.restart).toHaveBeenCalledTimes(1);
  });

  it("says when to try again for a wait error", () => {
    const error = challengeError("TooManyRequestsException", "wait", { retryAfterMs: 5_000 });
    render(<Screen {...challengeProps(ready, { error })} />);
    expect(screen.getByRole("alert")).toHaveTextContent("You can try again in 5 seconds.");
  });
});

describe("TotpSetup.QrCode", () => {
  it("says it is loading until the lazily imported library has drawn the code", async () => {
    const { container } = render(<TotpSetup.Default {...challengeProps(ready)} />);
    const part = container.querySelector("[data-part=qr-code]");
    expect(part).toHaveAttribute("data-loading");
    expect(part).toHaveTextContent("Loading the QR code…");
    await screen.findByRole("img");
    expect(part).not.toHaveAttribute("data-loading");
    expect(part).not.toHaveAttribute("data-failed");
  });
});
