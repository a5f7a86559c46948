import type { JSX, ReactNode } from "react";
import { type MessagesApi, useMessages } from "../messages/messages-provider";
import type { PartProps } from "../shared/part";
import { renderScreenPart } from "../shared/screen";
import { visuallyHiddenStyle } from "../shared/visually-hidden";
import { type NewPasswordRenderState, useNewPassword } from "./new-password-context";
import type { PolicyCheck } from "./password-policy.logic";

type State = NewPasswordRenderState;

function ruleText(check: PolicyCheck, { message }: MessagesApi): string {
  switch (check.rule) {
    case "minLength":
      return message("newPassword.policy.minLength", { count: check.count ?? 0 });
    case "uppercase":
      return message("newPassword.policy.uppercase");
    case "lowercase":
      return message("newPassword.policy.lowercase");
    case "number":
      return message("newPassword.policy.number");
    case "symbol":
      return message("newPassword.policy.symbol");
  }
}

/** Props of {@link Policy}. */
export type PolicyProps = Omit<PartProps<"div", State>, "children"> & {
  /** Draws the rules; defaults to a title and one {@link PolicyItem} per rule. */
  readonly children?: ((checks: readonly PolicyCheck[]) => ReactNode) | ReactNode;
};

/**
 * The live checklist of the `passwordPolicy` (nothing without one). The list is a polite live
 * region and each item is atomic, so "A number, done" is read when it changes; the new-password
 * input points `aria-describedby` here.
 * @selector [data-part="policy"][data-complete]
 */
export function Policy({ children, ...props }: PolicyProps): JSX.Element | null {
  const screen = useNewPassword("Policy");
  const { checks, policyId } = screen.own;
  const { message } = useMessages();
  if (checks === undefined) return null;
  const content =
    typeof children === "function" ? (
      children(checks)
    ) : (
      <>
        <p data-scope={screen.scope} data-part="policy-title">
          {message("newPassword.policy.title")}
        </p>
        <ul data-scope={screen.scope} data-part="policy-list" aria-live="polite">
          {checks.map((check) => (
            <PolicyItem key={check.rule} check={check} />
          ))}
        </ul>
      </>
    );
  return renderScreenPart(
    screen,
    "div",
    "policy",
    { id: policyId, children: content },
    typeof children === "function" ? props : { ...props, children },
    { complete: screen.renderState.isPolicyMet },
  );
}

/** Props of {@link PolicyItem}. */
export type PolicyItemProps = PartProps<"li", State> & { readonly check: PolicyCheck };

/**
 * One rule: its text, a decorative mark, and "done" / "not yet" for screen readers.
 * @selector [data-part="policy-item"][data-met][data-rule="symbol"]
 */
export function PolicyItem({ check, ...props }: PolicyItemProps): JSX.Element {
  const screen = useNewPassword("PolicyItem");
  const messages = useMessages();
  return renderScreenPart(
    screen,
    "li",
    "policy-item",
    {
      "aria-atomic": true,
      children: (
        <>
          <span aria-hidden="true" data-scope={screen.scope} data-part="policy-mark">
            {check.met ? "✓" : "○"}
          </span>{" "}
          {ruleText(check, messages)}
          <span style={visuallyHiddenStyle}>
            {`, ${messages.message(check.met ? "newPassword.policy.met" : "newPassword.policy.unmet")}`}
          </span>
        </>
      ),
    },
    props,
    { met: check.met },
    { rule: check.rule },
  );
}
