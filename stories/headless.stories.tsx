import type { Meta, StoryObj } from "@storybook/react-vite";
import { type FormEvent, type JSX, useId, useState } from "react";
import { expect } from "storybook/test";
import { isUnknownChallenge } from "../src/core/index";
import { SignInProvider, useSignIn, useSignInActions } from "../src/index";
import { withDemoPanel } from "./support/demo-panel";
import { createDemoSetup, type DemoSetup } from "./support/demo-setup";
import { deliveredCode } from "./support/play";

/**
 * Fully headless: no component of ours, only `useSignIn` (a selected slice of the flow's
 * snapshot) and `useSignInActions`, with hand-written markup. The same in-page emulated pool as
 * the flow stories.
 */
const meta = {
  title: "Headless/useSignIn",
  decorators: [withDemoPanel],
  loaders: [async () => ({ demo: await createDemoSetup("sms@example.com") })],
  render: (_args, { loaded }) => {
    const { flow } = loaded.demo as DemoSetup;
    return (
      <SignInProvider flow={flow}>
        <HandWrittenSignIn />
      </SignInProvider>
    );
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

function ErrorText(): JSX.Element | null {
  const error = useSignIn((s) => s.error);
  if (!error) return null;
  return (
    <p role="alert" className="hw-error">
      {error.message} ({error.code}, {error.recovery})
    </p>
  );
}

function StartForm(): JSX.Element {
  const { start } = useSignInActions();
  const isPending = useSignIn((s) => s.isPending);
  const id = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    void start({ username: String(data.get("username")), password: String(data.get("password")) });
  };
  return (
    <form method="post" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Sign in (hand-written)</h2>
      <label htmlFor={`${id}-user`}>Email</label>
      <input id={`${id}-user`} name="username" autoComplete="username" required />
      <label htmlFor={`${id}-password`}>Password</label>
      <input
        id={`${id}-password`}
        name="password"
        type="password"
        autoComplete="current-password"
        required
      />
      <ErrorText />
      <button type="submit" disabled={isPending}>
        {isPending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}

function CodeForm({ heading }: { readonly heading: string }): JSX.Element {
  const { respond, restart } = useSignInActions();
  const isPending = useSignIn((s) => s.isPending);
  const recovery = useSignIn((s) => s.error?.recovery);
  const [code, setCode] = useState("");
  const id = useId();
  return (
    <form
      method="post"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void respond({ code });
      }}
    >
      <h2 id={`${id}-title`}>{heading}</h2>
      <label htmlFor={`${id}-code`}>Code</label>
      <input
        id={`${id}-code`}
        value={code}
        onChange={(event) => setCode(event.currentTarget.value)}
        autoComplete="one-time-code"
        inputMode="numeric"
      />
      <ErrorText />
      <button type="submit" disabled={isPending}>
        Confirm
      </button>
      {recovery === "restart" ? (
        <button type="button" onClick={() => void restart()}>
          Start again
        </button>
      ) : null}
    </form>
  );
}

function RememberDeviceQuestion(): JSX.Element {
  const { respond } = useSignInActions();
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>Remember this browser?</h2>
      <ErrorText />
      <button type="button" onClick={() => void respond({ remember: true })}>
        Yes, remember it
      </button>
      <button type="button" onClick={() => void respond({ remember: false })}>
        No
      </button>
    </section>
  );
}

/** A `switch` over `challenge.name`: the app decides every screen. */
function HandWrittenSignIn(): JSX.Element {
  const status = useSignIn((s) => s.status);
  const name = useSignIn((s) =>
    s.challenge && !isUnknownChallenge(s.challenge) ? s.challenge.name : s.challenge?.name,
  );
  const expiresIn = useSignIn((s) => s.tokens?.ExpiresIn);
  if (status === "signedIn") {
    return (
      <p role="status" className="hw-done">
        Signed in. The access token is valid for {expiresIn} seconds.
      </p>
    );
  }
  if (status !== "challenge") return <StartForm />;
  switch (name) {
    case "SMS_MFA":
    case "SMS_OTP":
      return <CodeForm heading="Enter the code from the text message" />;
    case "EMAIL_OTP":
      return <CodeForm heading="Enter the code from the email" />;
    case "SOFTWARE_TOKEN_MFA":
      return <CodeForm heading="Enter the code from your app" />;
    case "REMEMBER_DEVICE":
      return <RememberDeviceQuestion />;
    default:
      return <p role="alert">This hand-written sign-in has no screen for {name}.</p>;
  }
}

/**
 * SRP, an SMS code, and the pool's "remember this device?" question (device tracking on user
 * prompt), on markup the app wrote itself.
 */
export const HandWrittenMarkup: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText("Email"), "sms@example.com");
    await userEvent.type(canvas.getByLabelText("Password"), "Passw0rd!{Enter}");
    await canvas.findByRole("heading", { name: "Enter the code from the text message" });
    const code = await deliveredCode(canvas);
    await userEvent.type(canvas.getByLabelText("Code"), `${code}{Enter}`);
    await canvas.findByRole("heading", { name: "Remember this browser?" });
    await userEvent.click(canvas.getByRole("button", { name: "No" }));
    await expect(await canvas.findByText(/^Signed in\./)).toBeVisible();
  },
};
