import type { JSX, ReactNode } from "react";
import { useMessages } from "../messages/messages-provider";
import type { PartProps } from "../shared/part";
import { renderScreenPart } from "../shared/screen";
import { Attribute } from "./field-parts";
import { type NewPasswordRenderState, useNewPassword } from "./new-password-context";

/** Props of {@link Attributes}. */
export type AttributesProps = Omit<PartProps<"fieldset", NewPasswordRenderState>, "children"> & {
  /** Draws the fields; defaults to one {@link Attribute} per required attribute. */
  readonly children?: ((names: readonly string[]) => ReactNode) | ReactNode;
};

/**
 * A `<fieldset>` with a legend and one field per `challenge.requiredAttributes`; nothing when
 * Cognito requires none.
 * @selector [data-part="attributes"]
 */
export function Attributes({ children, ...props }: AttributesProps): JSX.Element | null {
  const screen = useNewPassword("Attributes");
  const { requiredAttributes } = screen.own;
  const { message } = useMessages();
  if (requiredAttributes.length === 0) return null;
  const content = (
    <>
      <legend data-scope={screen.scope} data-part="legend">
        {message("newPassword.attributes.legend")}
      </legend>
      {typeof children === "function"
        ? children(requiredAttributes)
        : requiredAttributes.map((name) => <Attribute key={name} name={name} />)}
    </>
  );
  return renderScreenPart(
    screen,
    "fieldset",
    "attributes",
    { children: content },
    typeof children === "function" ? props : { ...props, children },
  );
}
