"use client";
import { useMemo } from "react";
import type { SignInFlow } from "../core/index";
import { useSignInFlow } from "./sign-in-context";

/** The flow's actions, stable for the life of the flow (safe in effect dependency lists). */
export type SignInActions = Pick<
  SignInFlow,
  "start" | "respond" | "restart" | "abort" | "registerPasskey"
>;

/**
 * `start`, `respond`, `restart`, `abort` and `registerPasskey` of the nearest flow. Reading them
 * subscribes to nothing: a button that only calls `restart` never re-renders for state changes.
 *
 * @example
 * const { start } = useSignInActions();
 * <form onSubmit={(e) => { e.preventDefault(); void start({ username, password }); }} />
 */
export function useSignInActions(): SignInActions {
  const flow = useSignInFlow();
  return useMemo(
    () => ({
      start: (input) => flow.start(input),
      respond: (answer) => flow.respond(answer),
      restart: () => flow.restart(),
      abort: () => flow.abort(),
      registerPasskey: () => flow.registerPasskey(),
    }),
    [flow],
  );
}
