import { act, render, waitFor } from "@testing-library/react";
import type { JSX } from "react";
import { describe, expect, it, vi } from "vitest";
import { SignIn } from "../../src/components/sign-in/index";
import { SignInProvider } from "../../src/headless/index";
import { createFakeFlow } from "./support/b-flows";

// Counts the downloads of the method-choice screen (SELECT_MFA_TYPE, SELECT_CHALLENGE), which is
// not in the initial bundle: `vi.mock` runs this factory when the module is first imported.
const downloads = vi.hoisted(() => ({ mfaSelect: 0 }));
vi.mock("../../src/components/mfa-select/default", async (importOriginal) => {
  downloads.mfaSelect += 1;
  return importOriginal();
});

function OwnChoice(): JSX.Element {
  return <p>our own choice</p>;
}

describe("<SignIn> and the method choice", () => {
  it("fetches the choice while the start request runs, unless the app shows its own", async () => {
    const own = createFakeFlow();
    const { unmount } = render(
      <SignInProvider flow={own}>
        <SignIn components={{ SELECT_MFA_TYPE: OwnChoice, SELECT_CHALLENGE: OwnChoice }} />
      </SignInProvider>,
    );
    await act(async () => own.update({ isPending: true }));
    unmount();
    expect(downloads.mfaSelect).toBe(0);

    const flow = createFakeFlow();
    render(
      <SignInProvider flow={flow}>
        <SignIn />
      </SignInProvider>,
    );
    // Nothing is fetched for a form nobody has submitted.
    await act(async () => undefined);
    expect(downloads.mfaSelect).toBe(0);
    await act(async () => flow.update({ isPending: true }));
    await waitFor(() => expect(downloads.mfaSelect).toBe(1));
  });
});
