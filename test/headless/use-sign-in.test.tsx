import { act, render, renderHook, screen } from "@testing-library/react";
import type { ReactNode } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { ChallengeError } from "../../src/core/errors/challenge-error";
import { createSignInFlow } from "../../src/core/flow/sign-in.store";
import type { SignInFlow, SignInFlowOptions } from "../../src/core/flow/sign-in.types";
import {
  SignInProvider,
  useChallenge,
  useSignIn,
  useSignInActions,
  useSignInFlow,
} from "../../src/headless/index";
import {
  createScriptedTransport,
  emailOtpChallenge,
  flush,
  signedIn,
} from "../core/flow/scripted-transport";

/** Test components: each reports its renders through `onRender`. */
function StepName({ onRender }: { onRender: () => void }) {
  onRender();
  const name = useSignIn((snapshot) => snapshot.challenge?.name);
  return <p>step: {name ?? "none"}</p>;
}

function Pending({ onRender }: { onRender: (isPending: boolean) => void }) {
  const isPending = useSignIn((snapshot) => snapshot.isPending);
  onRender(isPending);
  return null;
}

function Status() {
  return <p>{useSignIn((snapshot) => snapshot.status)}</p>;
}

function setup() {
  const { transport, calls } = createScriptedTransport();
  const flow = createSignInFlow({
    userPoolId: "us-east-1_Pool1",
    clientId: "client1",
    authFlow: "USER_AUTH",
    transport,
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <SignInProvider flow={flow}>{children}</SignInProvider>
  );
  return { flow, calls, wrapper };
}

async function toEmailOtp(flow: SignInFlow, calls: ReturnType<typeof setup>["calls"]) {
  await act(async () => {
    const started = flow.start({ username: "ada", preferredChallenge: "EMAIL_OTP" });
    await flush();
    calls[0]?.resolve(emailOtpChallenge);
    await started;
  });
}

describe("useSignIn", () => {
  it("does not re-render a component that selects challenge.name when isPending flips or an error appears", async () => {
    const { flow, calls, wrapper } = setup();
    let renders = 0;
    render(<StepName onRender={() => renders++} />, { wrapper });
    expect(screen.getByText("step: none")).toBeInTheDocument();
    await toEmailOtp(flow, calls);
    expect(screen.getByText("step: EMAIL_OTP")).toBeInTheDocument();
    const afterChallenge = renders;

    // isPending flips to true, the request fails, an error appears, isPending flips back.
    await act(async () => {
      const answered = flow.respond({ code: "000000" });
      await flush();
      expect(flow.getSnapshot().isPending).toBe(true);
      calls[1]?.reject(
        new ChallengeError("CodeMismatchException", "Invalid code.", { recovery: "retry" }),
      );
      await answered;
    });
    expect(flow.getSnapshot()).toMatchObject({
      isPending: false,
      error: { code: "CodeMismatchException" },
    });
    expect(renders).toBe(afterChallenge);
    expect(screen.getByText("step: EMAIL_OTP")).toBeInTheDocument();
  });

  it("re-renders a component that selects isPending exactly for each flip", async () => {
    const { flow, calls, wrapper } = setup();
    await toEmailOtp(flow, calls);
    const seen: boolean[] = [];
    render(<Pending onRender={(isPending) => seen.push(isPending)} />, { wrapper });
    await act(async () => {
      const answered = flow.respond({ code: "123456" });
      await flush();
      calls[1]?.resolve(signedIn);
      await answered;
    });
    expect(seen).toEqual([false, true, false]);
  });

  it("keeps a selected object when a shallowly equal one is selected again", async () => {
    const { flow, calls, wrapper } = setup();
    const { result } = renderHook(
      () => useSignIn((snapshot) => ({ status: snapshot.status, username: snapshot.username })),
      { wrapper },
    );
    const before = result.current;
    await act(async () => {
      void flow.start({ username: "ada", preferredChallenge: "EMAIL_OTP" });
      await flush();
    });
    const started = result.current;
    expect(started).toEqual({ status: "idle", username: "ada" });
    expect(started).not.toBe(before);
    await act(async () => {
      calls[0]?.reject(
        new ChallengeError("TooManyRequestsException", "Slow down.", { recovery: "wait" }),
      );
      await flush();
    });
    expect(result.current).toBe(started);
  });

  it("returns the whole snapshot without a selector, and renders on the server", () => {
    const { flow, wrapper } = setup();
    const { result } = renderHook(() => useSignIn(), { wrapper });
    expect(result.current).toBe(flow.getSnapshot());
    expect(
      renderToString(
        <SignInProvider flow={flow}>
          <Status />
        </SignInProvider>,
      ),
    ).toBe("<p>idle</p>");
  });

  it("throws a clear error outside the provider", () => {
    expect(() => renderHook(() => useSignIn())).toThrow(/inside <SignInProvider/);
    expect(() => renderHook(() => useSignInActions())).toThrow(/inside <SignInProvider/);
    expect(() => renderHook(() => useChallenge("SMS_MFA"))).toThrow(/inside <SignInProvider/);
  });
});

describe("useChallenge", () => {
  it("is undefined until the named challenge is current, then has the ChallengeProps shape", async () => {
    const { flow, calls, wrapper } = setup();
    const { result } = renderHook(
      () => ({ otp: useChallenge("EMAIL_OTP"), sms: useChallenge("SMS_MFA") }),
      {
        wrapper,
      },
    );
    expect(result.current.otp).toBeUndefined();
    await toEmailOtp(flow, calls);
    expect(result.current.sms).toBeUndefined();
    const step = result.current.otp;
    expect(step).toMatchObject({
      challenge: { name: "EMAIL_OTP", delivery: { medium: "EMAIL", destination: "a***@e***.com" } },
      isPending: false,
      error: undefined,
      expiresAt: flow.getSnapshot().expiresAt,
    });
    await act(async () => {
      const answered = step?.respond({ code: "123456" });
      await flush();
      expect(calls[1]?.input).toMatchObject({ ChallengeResponses: { EMAIL_OTP_CODE: "123456" } });
      calls[1]?.resolve(signedIn);
      await answered;
    });
    expect(result.current.otp).toBeUndefined();
    expect(flow.getSnapshot().status).toBe("signedIn");
  });
});

/** The flow's error as text: code, reason and message. */
function ErrorShown() {
  const error = useSignIn((snapshot) => snapshot.error);
  return <p>{error ? `${error.code} ${error.reason}: ${error.message}` : "no error"}</p>;
}

describe("SignInProvider", () => {
  it("creates a flow from options once, and useSignInActions are stable", async () => {
    const { transport, calls } = createScriptedTransport();
    const options = {
      userPoolId: "us-east-1_Pool1",
      clientId: "c",
      authFlow: "USER_AUTH" as const,
      transport,
    };
    const { result, rerender } = renderHook(
      () => ({ flow: useSignInFlow(), actions: useSignInActions() }),
      {
        wrapper: ({ children }) => <SignInProvider options={options}>{children}</SignInProvider>,
      },
    );
    const first = result.current;
    rerender();
    expect(result.current.flow).toBe(first.flow);
    expect(result.current.actions).toBe(first.actions);
    await act(async () => {
      void first.actions.start({ username: "ada", preferredChallenge: "EMAIL_OTP" });
      // The provider's flow fetches its code on demand; the start waits for it.
      await vi.waitFor(() => expect(calls).toHaveLength(1));
    });
    expect(calls[0]?.input).toMatchObject({ ClientId: "c", AuthParameters: { USERNAME: "ada" } });
  });

  it("shows options the flow refuses as the error on first paint, sending nothing", async () => {
    const { transport, calls } = createScriptedTransport();
    // An unset environment variable: the pool id is the string "undefined".
    const options = { userPoolId: "undefined", clientId: "c", authFlow: "USER_AUTH", transport };
    render(
      <SignInProvider options={options as SignInFlowOptions}>
        <ErrorShown />
      </SignInProvider>,
    );
    expect(
      await screen.findByText(
        "InvalidParameterException InvalidFlowOptions: createSignInFlow: option userPoolId is missing or malformed",
      ),
    ).toBeInTheDocument();
    expect(calls).toEqual([]);
  });
});
