"use client";
import { useCallback, useRef, useSyncExternalStore } from "react";
import type { SignInSnapshot } from "../core/index";
import { shallowEqual } from "./shallow-equal";
import { useSignInFlow } from "./sign-in-context";

const identity = (snapshot: SignInSnapshot): SignInSnapshot => snapshot;

interface Memo<T> {
  readonly snapshot: SignInSnapshot;
  readonly selector: (snapshot: SignInSnapshot) => T;
  readonly value: T;
}

/**
 * The sign-in snapshot, or the slice `selector` picks from it. The component re-renders only
 * when the selected slice changes (compared with `isEqual`, shallow by default), so a component
 * that selects `challenge?.name` ignores `isPending` flips and errors. Built on
 * `useSyncExternalStore`; safe in server rendering (the server sees the flow's current snapshot,
 * `idle` for a new flow). Actions: `useSignInActions()`.
 *
 * @example
 * const name = useSignIn((s) => s.challenge?.name);
 * const { status, error } = useSignIn((s) => ({ status: s.status, error: s.error }));
 */
export function useSignIn(): SignInSnapshot;
export function useSignIn<T>(
  selector: (snapshot: SignInSnapshot) => T,
  isEqual?: (previous: T, next: T) => boolean,
): T;
export function useSignIn<T>(
  selector: (snapshot: SignInSnapshot) => T = identity as (snapshot: SignInSnapshot) => T,
  isEqual: (previous: T, next: T) => boolean = shallowEqual,
): T {
  const flow = useSignInFlow();
  // The selected value lives across renders and store changes: an equal selection returns the
  // previous object, which is what stops the re-render (the 20-line with-selector of B.10).
  const memo = useRef<Memo<T> | undefined>(undefined);
  const getSelection = useCallback((): T => {
    const snapshot = flow.getSnapshot();
    const last = memo.current;
    if (last && last.snapshot === snapshot && last.selector === selector) return last.value;
    const next = selector(snapshot);
    if (last && isEqual(last.value, next)) {
      memo.current = { snapshot, selector, value: last.value };
      return last.value;
    }
    memo.current = { snapshot, selector, value: next };
    return next;
  }, [flow, selector, isEqual]);
  return useSyncExternalStore(flow.subscribe, getSelection, getSelection);
}
