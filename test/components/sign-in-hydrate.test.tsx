// Server-rendered `<SignIn>` hydrated in the browser: React finds the same markup (no mismatch, no
// recoverable error, nothing logged; test/console-guard.ts fails the test on any console.error),
// and the hydrated form signs a person in against the in-process demo pool.
import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { JSX } from "react";
import { hydrateRoot, type Root } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { SignIn } from "../../src/components/sign-in/index";
import type { SignInFlowOptions } from "../../src/core/index";
import { SignInProvider } from "../../src/headless/index";
import { createDemoEmulator, createEmulatorTransport, DEMO_USERS } from "../../src/testing/index";

const CODE = "246810";
const smsUser = DEMO_USERS.find((user) => user.username === "sms@example.com");

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
});

function App({ options }: { options: SignInFlowOptions }): JSX.Element {
  return (
    <SignInProvider options={options}>
      <SignIn signedIn={() => <p>Signed in</p>} />
    </SignInProvider>
  );
}

describe("<SignIn> hydrated from server markup", () => {
  it("hydrates without a mismatch and signs in with SRP and the SMS code", async () => {
    if (smsUser === undefined) throw new Error("the demo pool has no sms@example.com");
    const { emulator } = await createDemoEmulator({ code: CODE });
    const options: SignInFlowOptions = {
      userPoolId: smsUser.poolId,
      clientId: smsUser.clientId,
      authFlow: "USER_SRP_AUTH",
      transport: createEmulatorTransport(emulator),
    };
    const container = document.createElement("div");
    container.innerHTML = renderToString(<App options={options} />);
    document.body.append(container);
    const serverInput = container.querySelector("input");

    const recoverable: unknown[] = [];
    await act(async () => {
      root = hydrateRoot(container, <App options={options} />, {
        onRecoverableError: (error) => recoverable.push(error),
      });
    });
    expect(recoverable).toEqual([]);
    // Hydration adopted the server's nodes instead of replacing them.
    expect(container.querySelector("input")).toBe(serverInput);

    const user = userEvent.setup();
    await user.type(screen.getByRole("textbox", { name: "Username" }), smsUser.username);
    await user.type(screen.getByLabelText("Password"), smsUser.password);
    await user.keyboard("{Enter}");
    const code = await screen.findByRole("textbox", { name: /code/i });
    await user.type(code, CODE);
    await user.keyboard("{Enter}");
    expect(await screen.findByText("Signed in")).toBeInTheDocument();
  });
});
