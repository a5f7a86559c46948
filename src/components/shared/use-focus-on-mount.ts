import { type RefObject, useEffect, useRef } from "react";

/**
 * Focuses the element once, when it mounts: each step's heading gets `tabIndex={-1}` and this
 * ref, so a screen-reader user hears the new step and a keyboard user continues from there
 * (WCAG 2.4.3). Remounting the screen (a new step) focuses again.
 */
export function useFocusOnMount<T extends HTMLElement>(enabled = true): RefObject<T | null> {
  const ref = useRef<T | null>(null);
  // Mount only: a re-render for pending or an error must not pull focus away from a field.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per mount on purpose.
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, []);
  return ref;
}
