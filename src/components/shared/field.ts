import { useId } from "react";

/** The ids that tie a field's label, description and error to its control. */
export interface FieldIds {
  readonly inputId: string;
  readonly labelId: string;
  readonly descriptionId: string;
  readonly errorId: string;
}

/** Stable, unique ids for one field (`useId`), optionally suffixed for readability. */
export function useFieldIds(name?: string): FieldIds {
  const base = useId();
  const prefix = name === undefined ? base : `${base}${name.replace(/[^\w-]/g, "_")}`;
  return {
    inputId: `${prefix}-input`,
    labelId: `${prefix}-label`,
    descriptionId: `${prefix}-description`,
    errorId: `${prefix}-error`,
  };
}

/** Joins the ids that are set into an `aria-describedby` value, or `undefined` when none is. */
export function describedBy(
  ...ids: ReadonlyArray<string | false | null | undefined>
): string | undefined {
  const present = ids.filter((id): id is string => typeof id === "string" && id !== "");
  return present.length === 0 ? undefined : present.join(" ");
}

/** What a field's parts share: ids, whether it has a description, and its error text. */
export interface FieldState {
  readonly ids: FieldIds;
  /** The field has a description element (so the control points at it). */
  readonly hasDescription: boolean;
  /** The message shown in the field's error part, when invalid. */
  readonly errorText: string | undefined;
}

/**
 * The control's ARIA wiring: `id`, `aria-invalid` only when invalid (by default: when there is
 * error text; a network error has text but leaves the value valid), and `aria-describedby`
 * naming the description and, while there is one, the error. The error element itself always
 * exists, so the text that arrives in it is announced.
 */
export function getControlAria(
  field: FieldState,
  isInvalid: boolean = field.errorText !== undefined,
): Record<string, string | boolean | undefined> {
  return {
    id: field.ids.inputId,
    "aria-invalid": isInvalid ? true : undefined,
    "aria-describedby": describedBy(
      field.hasDescription && field.ids.descriptionId,
      field.errorText !== undefined && field.ids.errorId,
    ),
  };
}

/** A field's `<label>` props: its id, the control it names, and its text. */
export function labelProps(
  field: FieldState,
  text: string,
): { id: string; htmlFor: string; children: string } {
  return { id: field.ids.labelId, htmlFor: field.ids.inputId, children: text };
}

/**
 * Show / hide a password: the props of a real `<button type="button">` with `aria-pressed` (its
 * name stays "Show password"; the pressed state says whether it is shown) and `aria-controls`
 * naming the input(s) it reveals. Shared by the password, start and new-password screens.
 */
export function toggleProps(
  isVisible: boolean,
  controls: string,
  onClick: () => void,
  text: string,
): Record<string, unknown> {
  return {
    type: "button",
    "aria-pressed": isVisible,
    "aria-controls": controls,
    onClick,
    children: text,
  };
}

/**
 * The props every password input shares: its `type` follows the toggle; no capitals, autocorrect
 * or spell-check (a password is sent exactly as typed); required.
 */
export function passwordInputProps(
  isVisible: boolean,
  autoComplete: "current-password" | "new-password",
): Record<string, unknown> {
  return {
    type: isVisible ? "text" : "password",
    autoComplete,
    autoCapitalize: "off",
    autoCorrect: "off",
    spellCheck: false,
    required: true,
  };
}
