/**
 * Reading an operation's JSON input with the validation messages AWS's front end uses
 * ("1 validation error detected: Value null at 'clientId' failed to satisfy constraint: Member
 * must not be null"). Every reader throws InvalidParameterException; nothing here trusts a type.
 */
import { invalidParameter } from "./errors";

export type Input = Readonly<Record<string, unknown>>;

function camel(field: string): string {
  return field.charAt(0).toLowerCase() + field.slice(1);
}

function constraint(field: string, value: string, rule: string): Error {
  return invalidParameter(
    `1 validation error detected: Value ${value} at '${camel(field)}' failed to satisfy constraint: ${rule}`,
  );
}

/** The body as an object; anything else is a validation error. */
export function asInput(body: unknown): Input {
  if (body === null || body === undefined) return {};
  if (typeof body !== "object" || Array.isArray(body)) {
    throw invalidParameter("The request body must be a JSON object.");
  }
  return body as Input;
}

export function requiredString(input: Input, field: string): string {
  const value = input[field];
  if (value === undefined || value === null) {
    throw constraint(field, "null", "Member must not be null");
  }
  if (typeof value !== "string") throw invalidParameter(`${field} must be a string.`);
  if (value === "") {
    throw constraint(field, "''", "Member must have length greater than or equal to 1");
  }
  return value;
}

export function optionalString(input: Input, field: string): string | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw invalidParameter(`${field} must be a string.`);
  return value;
}

export function optionalBoolean(input: Input, field: string): boolean | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "boolean") throw invalidParameter(`${field} must be a boolean.`);
  return value;
}

export function optionalNumber(input: Input, field: string): number | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw invalidParameter(`${field} must be a number.`);
  }
  return value;
}

export function optionalObject(input: Input, field: string): Input | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "object" || Array.isArray(value)) {
    throw invalidParameter(`${field} must be an object.`);
  }
  return value as Input;
}

/** A string → string map (AuthParameters, ChallengeResponses, ClientMetadata). */
export function stringMap(input: Input, field: string): Record<string, string> | undefined {
  const value = optionalObject(input, field);
  if (!value) return undefined;
  const out: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item !== "string") throw invalidParameter(`${field}.${key} must be a string.`);
    out[key] = item;
  }
  return out;
}

export function optionalStringList(input: Input, field: string): string[] | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((item) => typeof item !== "string")) {
    throw invalidParameter(`${field} must be a list of strings.`);
  }
  return value as string[];
}

/** `[{ Name, Value }]` as a record. */
export function attributeList(input: Input, field: string): Record<string, string> | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw invalidParameter(`${field} must be a list of attributes.`);
  const out: Record<string, string> = {};
  for (const item of value as unknown[]) {
    const entry = item as { Name?: unknown; Value?: unknown } | null;
    if (!entry || typeof entry.Name !== "string") {
      throw invalidParameter(`${field} entries need a Name.`);
    }
    if (entry.Value !== undefined && entry.Value !== null && typeof entry.Value !== "string") {
      throw invalidParameter(`${field}.${entry.Name} must be a string.`);
    }
    out[entry.Name] = (entry.Value as string | undefined) ?? "";
  }
  return out;
}

export function oneOf<T extends string>(
  value: string | undefined,
  field: string,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw constraint(
      field,
      `'${value}'`,
      `Member must satisfy enum value set: [${allowed.join(", ")}]`,
    );
  }
  return value as T;
}

/** Epoch ms → the JSON 1.1 wire form of a timestamp (epoch seconds). */
export function wireDate(ms: number): number {
  return ms / 1000;
}
