/**
 * The single source of the `data-*` styling contract. Every part of every screen gets its
 * attributes from here, so selectors stay uniform:
 *
 * - `data-scope="<screen>"` and `data-part="<part>"` on every part;
 * - `data-state="<state>"` for enumerated state (`idle`, `pending`, `error`, …);
 * - flags (`data-pending`, `data-invalid`, `data-disabled`, `data-complete`, …) present with an
 *   empty value when true, absent when false, never `="false"`.
 */

/** Flag names the theme and the docs know; any other `data-<name>` flag is allowed too. */
export type DataFlag =
  | "pending"
  | "invalid"
  | "disabled"
  | "complete"
  | "checked"
  | "active"
  | "filled"
  | "pressed"
  | "met"
  | (string & {});

export interface DataAttributeInput {
  /** The screen, e.g. `"otp-challenge"`. */
  readonly scope: string;
  /** The part, e.g. `"input"`. */
  readonly part: string;
  /** Enumerated state, written to `data-state`. */
  readonly state?: string | undefined;
  /** Boolean flags: `true` writes `data-<flag>=""`, anything else omits the attribute. */
  readonly flags?: Readonly<Partial<Record<DataFlag, boolean | undefined>>> | undefined;
  /** Extra enumerated attributes, e.g. `{ challenge: "SMS_MFA" }` → `data-challenge="SMS_MFA"`. */
  readonly values?: Readonly<Record<string, string | undefined>> | undefined;
}

/** `""` when `value` is true, else `undefined` (React then omits the attribute). */
export function dataFlag(value: boolean | undefined): "" | undefined {
  return value === true ? "" : undefined;
}

/** Builds the `data-*` props of one part; attributes with no value are left out entirely. */
export function dataAttributes(input: DataAttributeInput): Record<string, string> {
  const attributes: Record<string, string> = {
    "data-scope": input.scope,
    "data-part": input.part,
  };
  if (input.state !== undefined) attributes["data-state"] = input.state;
  for (const [name, value] of Object.entries(input.values ?? {})) {
    if (value !== undefined) attributes[`data-${name}`] = value;
  }
  for (const [name, value] of Object.entries(input.flags ?? {})) {
    if (value === true) attributes[`data-${name}`] = "";
  }
  return attributes;
}
