"use client";
import { type Context, createContext, useContext } from "react";
import type { SignInFlow } from "../core/index";

/** The flow `<SignInProvider>` gives its subtree. `null` outside any provider. */
export const SignInFlowContext: Context<SignInFlow | null> = createContext<SignInFlow | null>(null);
SignInFlowContext.displayName = "SignInFlowContext";

/**
 * The raw `SignInFlow` of the nearest `<SignInProvider>`: `getSnapshot`, `subscribe` and the
 * actions. Throws outside a provider.
 *
 * @example
 * const flow = useSignInFlow();
 * useEffect(() => flow.subscribe(() => console.log(flow.getSnapshot().status)), [flow]);
 */
export function useSignInFlow(): SignInFlow {
  const flow = useContext(SignInFlowContext);
  if (!flow) {
    throw new Error(
      "cognito-challenge-ui: useSignIn, useSignInActions, useChallenge and useSignInFlow must be " +
        "called inside <SignInProvider flow={…}> (or <SignInProvider options={…}>).",
    );
  }
  return flow;
}
