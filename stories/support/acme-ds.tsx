/**
 * "Acme DS": a stand-in for a design system's own primitives, used by the stories that swap our
 * parts for someone else's elements (`asChild`) or replace a whole screen. Our parts pass their
 * props, refs and handlers through, so these stay plain components.
 */
import type { ComponentPropsWithRef, JSX } from "react";
import "./acme-ds.css";

export interface DsButtonProps extends ComponentPropsWithRef<"button"> {
  readonly variant?: "primary" | "quiet";
}

export function DsButton({ variant = "primary", className, ...props }: DsButtonProps): JSX.Element {
  return (
    <button
      type="button"
      {...props}
      className={["acme-button", `acme-button--${variant}`, className].filter(Boolean).join(" ")}
    />
  );
}

export function DsInput({ className, ...props }: ComponentPropsWithRef<"input">): JSX.Element {
  return <input {...props} className={["acme-input", className].filter(Boolean).join(" ")} />;
}

export function DsCard({ className, ...props }: ComponentPropsWithRef<"div">): JSX.Element {
  return <div {...props} className={["acme-card", className].filter(Boolean).join(" ")} />;
}
