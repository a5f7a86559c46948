"use client";
import { type ReactElement, type ReactNode, useState } from "react";
import type { SignInFlow, SignInFlowOptions } from "../core/index";
import { createDeferredSignInFlow } from "./deferred-flow";
import { SignInFlowContext } from "./sign-in-context";

export type SignInProviderProps = { readonly children?: ReactNode } & (
  | {
      /** A flow made with `createSignInFlow` (share it with code outside React, or test it). */
      readonly flow: SignInFlow;
      readonly options?: never;
    }
  | {
      /**
       * Options for a flow the provider creates once, on first render (later changes are
       * ignored: pass a new `key` to start over with other options). `webauthn` defaults to
       * @simplewebauthn/browser, loaded on the first passkey prompt. The flow's own code (the
       * flow, SRP, the protocol) is fetched as the provider mounts, not in the first download:
       * the start form paints without it, and a start sent before it arrives waits for it.
       */
      readonly options: SignInFlowOptions;
      readonly flow?: never;
    }
);

/**
 * Makes a sign-in flow available to `useSignIn`, `useSignInActions`, `useChallenge` and
 * `useSignInFlow` below it. Renders no markup.
 *
 * @example
 * const flow = createSignInFlow({ userPoolId, clientId, authFlow: "USER_SRP_AUTH", transport });
 * <SignInProvider flow={flow}><App /></SignInProvider>
 */
export function SignInProvider(props: SignInProviderProps): ReactElement {
  const [own] = useState<SignInFlow | undefined>(() =>
    props.flow || !props.options ? undefined : deferredFlow(props.options),
  );
  const flow = props.flow ?? own;
  if (!flow) {
    throw new Error("cognito-challenge-ui: <SignInProvider> needs a `flow` or `options` prop.");
  }
  return <SignInFlowContext.Provider value={flow}>{props.children}</SignInFlowContext.Provider>;
}

function deferredFlow(options: SignInFlowOptions): SignInFlow {
  return createDeferredSignInFlow(options, () =>
    import("./on-demand-flow").then((module) => module.createDefaultSignInFlow(options)),
  );
}
