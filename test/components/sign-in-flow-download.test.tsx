import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { preloadChallengeScreens } from "../../src/components/challenge-router/index";
import { en } from "../../src/components/messages/locales/en/index";
import { SignIn } from "../../src/components/sign-in/index";
import { SignInProvider } from "../../src/headless/index";
import { fixtureIdentity, fixtures } from "../fixtures/cognito/index";
import { createFixtureTransport } from "./support/b-flows";
import { expectNoAxeViolations, renderSettled } from "./support/helpers";

// `<SignInProvider options>` fetches the flow's code as it mounts. Here that download fails
// (offline, or a deploy replaced the chunk), and so does the one the first start asks for; the
// third goes through. The module is the real one.
const downloads = vi.hoisted(() => ({ attempts: 0 }));
vi.mock("../../src/headless/on-demand-flow", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/headless/on-demand-flow")>();
  return {
    createDefaultSignInFlow: (...args: Parameters<typeof real.createDefaultSignInFlow>) => {
      downloads.attempts += 1;
      if (downloads.attempts <= 2)
        throw new TypeError("Failed to fetch dynamically imported module");
      return real.createDefaultSignInFlow(...args);
    },
  };
});

beforeAll(() => preloadChallengeScreens());

describe("<SignIn> while the flow's code is on its way", () => {
  it("keeps what was typed when that download fails, says so, and signs in on the next try", async () => {
    const { transport, calls } = createFixtureTransport({
      initiateAuth: [fixtures.smsMfa],
      respondToAuthChallenge: [fixtures.tokens],
    });
    const user = userEvent.setup();
    const { container } = await renderSettled(
      <SignInProvider
        options={{
          userPoolId: fixtureIdentity.userPoolId,
          clientId: fixtureIdentity.clientId,
          authFlow: "USER_PASSWORD_AUTH",
          transport,
        }}
      >
        <SignIn />
      </SignInProvider>,
    );
    const username = screen.getByRole("textbox", { name: "Username" });
    await user.type(username, fixtureIdentity.username);
    await user.type(screen.getByLabelText("Password"), "Passw0rd!{Enter}");

    await waitFor(() =>
      expect(screen.getByRole("alert")).toHaveTextContent(en["error.NetworkError"]),
    );
    expect(calls).toHaveLength(0);
    expect(username).toHaveValue(fixtureIdentity.username);
    expect(screen.getByLabelText("Password")).toHaveValue("Passw0rd!");
    await expectNoAxeViolations(container);

    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByRole("heading", { name: en["otp.title.SMS_MFA"] })).toHaveFocus();
    expect(downloads.attempts).toBe(3);
    expect(calls[0]).toMatchObject({
      operation: "initiateAuth",
      input: { AuthParameters: { USERNAME: fixtureIdentity.username, PASSWORD: "Passw0rd!" } },
    });
  });
});
