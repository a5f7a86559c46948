import { type Context, createContext, useContext, useId } from "react";

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

const FieldContext: Context<FieldState | null> = createContext<FieldState | null>(null);

/** Provides one field's {@link FieldState} to its parts. */
export const FieldProvider: typeof FieldContext.Provider = FieldContext.Provider;

/** Reads the nearest field; `part` names the caller in the error thrown outside a field. */
export function useFieldState(part: string): FieldState {
  const field = useContext(FieldContext);
  if (field === null)
    throw new Error(`<${part}> must be rendered inside its field or screen Root.`);
  return field;
}
