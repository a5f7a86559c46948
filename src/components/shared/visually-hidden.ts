import type { CSSProperties } from "react";

/**
 * Hides content visually but keeps it in the accessibility tree (the well-known "sr-only"
 * pattern), inline so that it works without `styles.css`.
 */
export const visuallyHiddenStyle: CSSProperties = {
  position: "absolute",
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: "hidden",
  clip: "rect(0, 0, 0, 0)",
  whiteSpace: "nowrap",
  border: 0,
};
