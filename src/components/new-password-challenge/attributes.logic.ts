/** How one user attribute is asked for. */
export interface AttributeSpec {
  readonly type: "text" | "email" | "tel" | "url";
  /** The `autocomplete` token (HTML autofill field name), when one fits. */
  readonly autoComplete?: string;
  readonly inputMode?: "text" | "email" | "tel" | "url" | "numeric";
  /** A hint shown under the field (message key suffix of `newPassword.hint.*`). */
  readonly hint?: "phone_number" | "birthdate" | "locale" | "zoneinfo" | "updated_at" | "url";
  /** A format check (message key suffix of `newPassword.error.*`). */
  readonly check?: "email" | "phone_number" | "birthdate" | "url" | "updated_at";
}

/**
 * Cognito's standard attributes (the OpenID Connect claims), each with the input that fits it.
 * Anything else (`custom:*`, or a standard attribute added later) gets a plain text field.
 */
export const STANDARD_ATTRIBUTES: Readonly<Record<string, AttributeSpec>> = {
  address: { type: "text", autoComplete: "street-address" },
  birthdate: { type: "text", autoComplete: "bday", hint: "birthdate", check: "birthdate" },
  email: { type: "email", autoComplete: "email", inputMode: "email", check: "email" },
  family_name: { type: "text", autoComplete: "family-name" },
  gender: { type: "text", autoComplete: "sex" },
  given_name: { type: "text", autoComplete: "given-name" },
  locale: { type: "text", autoComplete: "language", hint: "locale" },
  middle_name: { type: "text", autoComplete: "additional-name" },
  name: { type: "text", autoComplete: "name" },
  nickname: { type: "text", autoComplete: "nickname" },
  // Cognito stores E.164 only ("+14155550123"): the hint says so before the server does.
  phone_number: {
    type: "tel",
    autoComplete: "tel",
    inputMode: "tel",
    hint: "phone_number",
    check: "phone_number",
  },
  picture: { type: "url", autoComplete: "photo", inputMode: "url", hint: "url", check: "url" },
  preferred_username: { type: "text", autoComplete: "username" },
  profile: { type: "url", autoComplete: "url", inputMode: "url", hint: "url", check: "url" },
  updated_at: { type: "text", inputMode: "numeric", hint: "updated_at", check: "updated_at" },
  website: { type: "url", autoComplete: "url", inputMode: "url", hint: "url", check: "url" },
  zoneinfo: { type: "text", hint: "zoneinfo" },
};

const PLAIN: AttributeSpec = { type: "text" };

/** The spec of attribute `name`; unknown and `custom:` attributes get a plain text field. */
export function attributeSpec(name: string): AttributeSpec {
  return Object.hasOwn(STANDARD_ATTRIBUTES, name) ? (STANDARD_ATTRIBUTES[name] ?? PLAIN) : PLAIN;
}

/** Whether `name` is one of {@link STANDARD_ATTRIBUTES} (it then has a localised label). */
export function isStandardAttribute(name: string): boolean {
  return Object.hasOwn(STANDARD_ATTRIBUTES, name);
}

/** The label of an attribute with no message of its own: `custom:employee_id` → `employee id`. */
export function customAttributeLabel(name: string): string {
  return name.replace(/^custom:/, "").replace(/_/g, " ");
}

const CHECKS: Readonly<Record<NonNullable<AttributeSpec["check"]>, (value: string) => boolean>> = {
  // Deliberately loose: one "@" with text on both sides and a dot in the domain. The server
  // decides; this only catches typing slips before a round trip.
  email: (value) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value),
  phone_number: (value) => /^\+[1-9]\d{1,14}$/.test(value),
  birthdate: (value) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (match === null) return false;
    const [, year, month, day] = match.map(Number);
    const date = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
    // OpenID Connect allows year 0000 for "year withheld".
    return date.getUTCMonth() + 1 === month && date.getUTCDate() === day && (year ?? 0) >= 0;
  },
  url: (value) => {
    try {
      const url = new URL(value);
      return url.protocol === "https:" || url.protocol === "http:";
    } catch {
      return false;
    }
  },
  updated_at: (value) => /^\d+$/.test(value),
};

/** Whether `value` passes the format check of `spec` (always true without one). */
export function isValidAttributeValue(spec: AttributeSpec, value: string): boolean {
  return spec.check === undefined || CHECKS[spec.check](value);
}

/**
 * The `attributes` of the answer: each value trimmed, empty ones dropped, and values equal to
 * the user's current one left out (protocol reference §3.8: do not try to change a required
 * attribute that already has a value). Keys are attribute names without `userAttributes.`; the
 * core adds the prefix.
 */
export function toAttributeAnswer(
  values: Readonly<Record<string, string | undefined>>,
  current: Readonly<Record<string, string>>,
): Record<string, string> {
  const answer: Record<string, string> = {};
  for (const [name, raw] of Object.entries(values)) {
    const value = raw?.trim() ?? "";
    if (value !== "" && value !== current[name]) answer[name] = value;
  }
  return answer;
}
