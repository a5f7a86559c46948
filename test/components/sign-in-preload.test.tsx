import { act, render, waitFor } from "@testing-library/react";
import type { JSX } from "react";
import { describe, expect, it, vi } from "vitest";
import { SignIn } from "../../src/components/sign-in/index";
import { SignInProvider } from "../../src/headless/index";
import { createFakeFlow } from "./support/b-flows";

// Counts the downloads of the code screen (SMS_MFA, SMS_OTP, EMAIL_OTP, SOFTWARE_TOKEN_MFA), the
// method-choice screen (SELECT_MFA_TYPE, SELECT_CHALLENGE) and the password step (PASSWORD,
// PASSWORD_SRP), which are not in the initial bundle: `vi.mock` runs each factory when its
// module is first imported.
const downloads = vi.hoisted(() => ({ code: 0, mfaSelect: 0, password: 0 }));
vi.mock("../../src/components/otp-challenge/default", async (importOriginal) => {
  downloads.code += 1;
  return importOriginal();
});
vi.mock("../../src/components/mfa-select/default", async (importOriginal) => {
  downloads.mfaSelect += 1;
  return importOriginal();
});
vi.mock("../../src/components/password-challenge/default", async (importOriginal) => {
  downloads.password += 1;
  return importOriginal();
});

function OwnChoice(): JSX.Element {
  return <p>our own choice</p>;
}

describe("<SignIn> and the steps after the start form", () => {
  it("fetches the code, the choice and the password step while the start request runs, unless the app shows its own", async () => {
    const own = createFakeFlow();
    const { unmount } = render(
      <SignInProvider flow={own}>
        <SignIn
          components={{
            SMS_MFA: OwnChoice,
            SMS_OTP: OwnChoice,
            EMAIL_OTP: OwnChoice,
            SOFTWARE_TOKEN_MFA: OwnChoice,
            SELECT_MFA_TYPE: OwnChoice,
            SELECT_CHALLENGE: OwnChoice,
            PASSWORD: OwnChoice,
            PASSWORD_SRP: OwnChoice,
          }}
        />
      </SignInProvider>,
    );
    await act(async () => own.update({ isPending: true }));
    unmount();
    expect(downloads).toEqual({ code: 0, mfaSelect: 0, password: 0 });

    const flow = createFakeFlow();
    render(
      <SignInProvider flow={flow}>
        <SignIn />
      </SignInProvider>,
    );
    // Nothing is fetched for a form nobody has submitted.
    await act(async () => undefined);
    expect(downloads).toEqual({ code: 0, mfaSelect: 0, password: 0 });
    await act(async () => flow.update({ isPending: true }));
    await waitFor(() => expect(downloads).toEqual({ code: 1, mfaSelect: 1, password: 1 }));
  });
});
