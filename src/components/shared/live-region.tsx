import type { JSX, ReactNode } from "react";
import { visuallyHiddenStyle } from "./visually-hidden";

/** Props of {@link LiveRegion}. */
export interface LiveRegionProps {
  /** What to announce; changing it announces the new text. */
  readonly children?: ReactNode;
  /** `role="status"` (polite) or `role="alert"` (assertive). @default "status" */
  readonly role?: "status" | "alert";
  /** Keep it visible instead of screen-reader only. @default false */
  readonly visible?: boolean;
  readonly id?: string;
}

/**
 * A live region that is always in the DOM, so text put into it later is announced (a region
 * mounted together with its text often is not). Screen-reader only unless `visible`.
 */
export function LiveRegion({
  children,
  role = "status",
  visible = false,
  id,
}: LiveRegionProps): JSX.Element {
  return (
    <div
      id={id}
      role={role}
      aria-live={role === "alert" ? "assertive" : "polite"}
      aria-atomic="true"
      style={visible ? undefined : visuallyHiddenStyle}
    >
      {children}
    </div>
  );
}
