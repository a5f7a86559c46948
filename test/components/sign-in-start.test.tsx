import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { JSX } from "react";
import { describe, expect, it, vi } from "vitest";
import * as SignInStart from "../../src/components/sign-in-start/index";
import type { PasskeyAutofillEnvironment } from "../../src/components/sign-in-start/passkey-autofill";
import type { SignInSnapshot } from "../../src/core/index";
import { SignInProvider } from "../../src/headless/index";
import { createFakeFlow } from "./support/b-flows";
import { Ds } from "./support/ds";
import { challengeError, deferred, expectNoAxeViolations } from "./support/helpers";

function AsChildScreen(props: SignInStart.SignInStartScreenProps): JSX.Element {
  const { passkey = false, ...rootProps } = props;
  return (
    <SignInStart.Root {...rootProps} asChild>
      <Ds.Form className="ds-form">
        <SignInStart.Title asChild>
          <Ds.Heading className="ds-title" />
        </SignInStart.Title>
        <SignInStart.UsernameLabel asChild>
          <Ds.FieldLabel className="ds-label" />
        </SignInStart.UsernameLabel>
        <SignInStart.Username asChild>
          <Ds.TextInput className="ds-input" />
        </SignInStart.Username>
        <SignInStart.PasswordLabel asChild>
          <Ds.FieldLabel className="ds-label" />
        </SignInStart.PasswordLabel>
        <SignInStart.Password asChild>
          <Ds.TextInput className="ds-input" />
        </SignInStart.Password>
        <SignInStart.PasswordToggle asChild>
          <Ds.Button type="button" className="ds-toggle" />
        </SignInStart.PasswordToggle>
        <SignInStart.Error asChild>
          <Ds.Text className="ds-error" />
        </SignInStart.Error>
        <SignInStart.Submit asChild>
          <Ds.Button type="submit" className="ds-button" />
        </SignInStart.Submit>
        {passkey ? (
          <SignInStart.Passkey asChild>
            <Ds.Button type="submit" className="ds-button" />
          </SignInStart.Passkey>
        ) : null}
        <SignInStart.Status asChild>
          <Ds.Box className="ds-status" />
        </SignInStart.Status>
      </Ds.Form>
    </SignInStart.Root>
  );
}

function renderStart(
  Screen: (props: SignInStart.SignInStartScreenProps) => JSX.Element,
  props: SignInStart.SignInStartScreenProps = {},
  snapshot: SignInSnapshot = { status: "idle", isPending: false },
) {
  const flow = createFakeFlow(snapshot);
  const result = render(
    <SignInProvider flow={flow}>
      <Screen {...props} />
    </SignInProvider>,
  );
  return { flow, ...result };
}

const username = (): HTMLElement => screen.getByRole("textbox", { name: "Username" });
const password = (): HTMLElement => screen.getByLabelText("Password");

describe.each([
  ["default parts", SignInStart.SignInStartScreen],
  ["asChild parts", AsChildScreen],
])("SignInStart with %s", (variant, Screen) => {
  it("is a normal sign-in form for password managers; axe passes", async () => {
    const { container } = renderStart(Screen);
    expect(screen.getByRole("heading", { name: "Sign in" })).toHaveFocus();
    expect(username()).toHaveAttribute("autocomplete", "username webauthn");
    expect(password()).toHaveAttribute("type", "password");
    expect(password()).toHaveAttribute("autocomplete", "current-password");
    expect(screen.getByRole("form", { name: "Sign in" })).toHaveAttribute("method", "post");
    if (variant === "asChild parts") expect(username()).toHaveClass("ds-input");
    await expectNoAxeViolations(container);
  });

  it("starts the flow with the trimmed username and the password as typed, once", async () => {
    const hold = deferred();
    const { flow } = renderStart(Screen);
    flow.start.mockImplementation(() => hold.promise);
    const user = userEvent.setup();
    await user.type(username(), "  alice@example.com ");
    await user.type(password(), " pa ss ");
    await user.keyboard("{Enter}{Enter}{Enter}");
    expect(flow.start).toHaveBeenCalledTimes(1);
    expect(flow.start).toHaveBeenCalledWith({ username: "alice@example.com", password: " pa ss " });
    expect(screen.getByRole("button", { name: "Sign in" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
    expect(screen.getByText("Sending…")).toBeInTheDocument();
    hold.resolve();
  });

  it("asks for the username, then the password, before starting", async () => {
    const { flow } = renderStart(Screen);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Enter your username.");
    expect(username()).toHaveAttribute("aria-invalid", "true");
    expect(username()).toHaveFocus();
    await user.type(username(), "alice{Enter}");
    expect(screen.getByRole("alert")).toHaveTextContent("Enter your password.");
    expect(password()).toHaveAttribute("aria-invalid", "true");
    expect(password()).toHaveAccessibleDescription("Enter your password.");
    expect(flow.start).not.toHaveBeenCalled();
  });

  it("runs the app's username rule on the trimmed username before starting", async () => {
    const validateUsername = vi.fn((name: string) =>
      name.includes("@") ? undefined : "Sign in with your email address.",
    );
    const { flow } = renderStart(Screen, { validateUsername });
    const user = userEvent.setup();
    await user.type(username(), "  alice ");
    await user.type(password(), "pw{Enter}");
    expect(validateUsername).toHaveBeenLastCalledWith("alice");
    expect(screen.getByRole("alert")).toHaveTextContent("Sign in with your email address.");
    expect(username()).toHaveAttribute("aria-invalid", "true");
    expect(username()).toHaveAccessibleDescription("Sign in with your email address.");
    expect(flow.start).not.toHaveBeenCalled();
    await user.clear(username());
    await user.type(username(), "alice@example.com{Enter}");
    expect(flow.start).toHaveBeenCalledWith({ username: "alice@example.com", password: "pw" });
  });

  it("shows and hides the password with a pressed toggle", async () => {
    renderStart(Screen);
    const toggle = screen.getByRole("button", { name: "Show password" });
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(password()).toHaveAttribute("type", "text");
  });

  it("without a password (USER_AUTH) starts with the username and the preferred factor", async () => {
    const { flow } = renderStart(Screen, { needsPassword: false, preferredChallenge: "EMAIL_OTP" });
    expect(screen.queryByLabelText("Password")).toBeNull();
    expect(screen.queryByRole("button", { name: "Show password" })).toBeNull();
    await userEvent.type(username(), "alice{Enter}");
    expect(flow.start).toHaveBeenCalledWith({ username: "alice", preferredChallenge: "EMAIL_OTP" });
  });

  it("signs in with a passkey: USER_AUTH with PREFERRED_CHALLENGE=WEB_AUTHN, no password", async () => {
    const { flow } = renderStart(Screen, { passkey: true });
    const user = userEvent.setup();
    await user.type(username(), "alice");
    await user.click(screen.getByRole("button", { name: "Sign in with a passkey" }));
    expect(flow.start).toHaveBeenCalledWith({ username: "alice", preferredChallenge: "WEB_AUTHN" });
  });

  it("keeps the username after Start again and shows why it came back", async () => {
    const { container } = renderStart(
      Screen,
      {},
      {
        status: "idle",
        isPending: false,
        username: "alice@example.com",
        error: challengeError("NotAuthorizedException", "restart", {
          message: "Incorrect username or password.",
        }),
      },
    );
    expect(username()).toHaveValue("alice@example.com");
    expect(screen.getByRole("alert")).toHaveTextContent("Incorrect username or password.");
    expect(password()).toHaveAttribute("aria-invalid", "true");
    expect(screen.queryByRole("button", { name: "Start again" })).toBeNull();
    await expectNoAxeViolations(container);
  });

  it("says when to try again for a wait error, and keeps retry errors' input", async () => {
    const { flow } = renderStart(Screen);
    await userEvent.type(username(), "alice");
    act(() =>
      flow.update({
        error: challengeError("TooManyRequestsException", "wait", { retryAfterMs: 20_000 }),
      }),
    );
    expect(screen.getByRole("alert")).toHaveTextContent("You can try again in 20 seconds.");
    expect(username()).toHaveValue("alice");
  });

  it("is busy while the flow is pending", () => {
    renderStart(Screen, {}, { status: "idle", isPending: true });
    expect(screen.getByRole("form")).toHaveAttribute("data-pending");
    expect(screen.getByRole("button", { name: "Sign in" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
  });
});

function fakeEnvironment(picked: { credentialId: Uint8Array; userHandle?: Uint8Array }): {
  env: PasskeyAutofillEnvironment;
  getCredential: ReturnType<typeof vi.fn>;
  pick: () => void;
} {
  let resolvePick: (credential: Credential | null) => void = () => undefined;
  const getCredential = vi.fn(
    (options: CredentialRequestOptions) =>
      new Promise<Credential | null>((resolve, reject) => {
        resolvePick = resolve;
        options.signal?.addEventListener("abort", () =>
          reject(new DOMException("aborted", "AbortError")),
        );
      }),
  );
  return {
    getCredential,
    env: {
      isConditionalMediationAvailable: async () => true,
      getCredential,
      randomChallenge: () => new Uint8Array(32).fill(7),
    },
    pick: () =>
      resolvePick({
        id: "credential",
        type: "public-key",
        rawId: picked.credentialId.buffer,
        response: { userHandle: picked.userHandle?.buffer ?? null },
      } as unknown as Credential),
  };
}

describe("SignInStart passkey autofill", () => {
  it("asks the browser for a conditional request and hands the picked account to the flow", async () => {
    const fake = fakeEnvironment({
      credentialId: new Uint8Array([1, 2, 3]),
      userHandle: new TextEncoder().encode("user-42"),
    });
    const resolveUsername = vi.fn(async () => "alice@example.com");
    const { flow } = renderStart(SignInStart.SignInStartScreen, {
      needsPassword: false,
      passkeyAutofill: { resolveUsername, env: fake.env, rpId: "auth.example.com" },
    });
    await waitFor(() => expect(fake.getCredential).toHaveBeenCalledTimes(1));
    const request = fake.getCredential.mock.calls[0]?.[0] as CredentialRequestOptions;
    expect(request.mediation).toBe("conditional");
    expect(request.publicKey).toMatchObject({
      rpId: "auth.example.com",
      allowCredentials: [],
      userVerification: "preferred",
    });
    await act(async () => fake.pick());
    expect(resolveUsername).toHaveBeenCalledWith({
      credentialId: "AQID",
      userHandle: "dXNlci00Mg",
    });
    expect(flow.start).toHaveBeenCalledWith({
      username: "alice@example.com",
      preferredChallenge: "WEB_AUTHN",
    });
    expect(username()).toHaveValue("alice@example.com");
  });

  it("lets the person type when the app does not know the passkey, and stops on unmount", async () => {
    const fake = fakeEnvironment({ credentialId: new Uint8Array([9]) });
    const { flow, unmount } = renderStart(SignInStart.SignInStartScreen, {
      passkeyAutofill: { resolveUsername: () => undefined, env: fake.env },
    });
    await waitFor(() => expect(fake.getCredential).toHaveBeenCalledTimes(1));
    const request = fake.getCredential.mock.calls[0]?.[0] as CredentialRequestOptions;
    unmount();
    expect(request.signal?.aborted).toBe(true);
    expect(flow.start).not.toHaveBeenCalled();
  });

  it("does nothing where the browser has no conditional mediation", async () => {
    const getCredential = vi.fn();
    renderStart(SignInStart.SignInStartScreen, {
      passkeyAutofill: {
        resolveUsername: () => "x",
        env: { isConditionalMediationAvailable: async () => false, getCredential },
      },
    });
    await act(async () => undefined);
    expect(getCredential).not.toHaveBeenCalled();
    expect(username()).toHaveAttribute("autocomplete", "username webauthn");
  });
});
