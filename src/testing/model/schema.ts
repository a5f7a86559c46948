/** User attributes: Cognito's standard schema, custom attributes, and the checks on writes. */
import { invalidParameter } from "../errors";
import type { PoolState, SchemaAttribute } from "./types";

const STANDARD: readonly [string, SchemaAttribute["AttributeDataType"], boolean][] = [
  ["sub", "String", false],
  ["name", "String", true],
  ["given_name", "String", true],
  ["family_name", "String", true],
  ["middle_name", "String", true],
  ["nickname", "String", true],
  ["preferred_username", "String", true],
  ["profile", "String", true],
  ["picture", "String", true],
  ["website", "String", true],
  ["email", "String", true],
  ["email_verified", "Boolean", true],
  ["gender", "String", true],
  ["birthdate", "String", true],
  ["zoneinfo", "String", true],
  ["locale", "String", true],
  ["phone_number", "String", true],
  ["phone_number_verified", "Boolean", true],
  ["address", "String", true],
  ["updated_at", "Number", true],
];

/** What CreateUserPool's `Schema` entries may say. */
export interface SchemaInput {
  readonly Name?: string;
  readonly AttributeDataType?: string;
  readonly Mutable?: boolean;
  readonly Required?: boolean;
  readonly DeveloperOnlyAttribute?: boolean;
}

/** The standard schema with the pool's changes (Required flags) and custom attributes added. */
export function buildSchema(input: readonly SchemaInput[] = []): SchemaAttribute[] {
  const byName = new Map<string, SchemaAttribute>();
  for (const [Name, AttributeDataType, Mutable] of STANDARD) {
    byName.set(Name, {
      Name,
      AttributeDataType,
      Mutable,
      Required: Name === "sub",
      DeveloperOnlyAttribute: false,
    });
  }
  for (const entry of input) {
    if (typeof entry?.Name !== "string" || entry.Name === "") {
      throw invalidParameter("Schema attributes need a Name.");
    }
    const standard = byName.get(entry.Name);
    if (standard) {
      byName.set(entry.Name, {
        ...standard,
        Required: entry.Required ?? standard.Required,
        Mutable: entry.Mutable ?? standard.Mutable,
      });
      continue;
    }
    const name = entry.Name.startsWith("custom:") ? entry.Name : `custom:${entry.Name}`;
    if (entry.Required) {
      throw invalidParameter("Required custom attributes are not supported currently.");
    }
    const type = entry.AttributeDataType ?? "String";
    if (!["String", "Number", "DateTime", "Boolean"].includes(type)) {
      throw invalidParameter(`Invalid AttributeDataType ${type} for ${entry.Name}.`);
    }
    byName.set(name, {
      Name: name,
      AttributeDataType: type as SchemaAttribute["AttributeDataType"],
      Mutable: entry.Mutable ?? true,
      Required: false,
      DeveloperOnlyAttribute: entry.DeveloperOnlyAttribute ?? false,
    });
  }
  return [...byName.values()];
}

/** Required attributes of the pool other than `sub`. */
export function requiredAttributes(pool: PoolState): string[] {
  return pool.schema.filter((a) => a.Required && a.Name !== "sub").map((a) => a.Name);
}

export function findSchemaAttribute(pool: PoolState, name: string): SchemaAttribute | undefined {
  return pool.schema.find((a) => a.Name === name);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+[1-9]\d{4,14}$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

export function isPhoneNumber(value: string): boolean {
  return PHONE.test(value);
}

/**
 * Checks attributes an administrator (or a NEW_PASSWORD_REQUIRED answer) writes: known to the
 * schema, `sub` never, formats of email and phone_number.
 */
export function checkAttributeWrites(pool: PoolState, attributes: Record<string, string>): void {
  for (const [name, value] of Object.entries(attributes)) {
    const schema = findSchemaAttribute(pool, name);
    if (!schema) {
      throw invalidParameter(
        `Attributes did not conform to the schema: ${name}: Attribute does not exist in the schema.\n`,
      );
    }
    if (name === "sub") {
      throw invalidParameter("Cannot modify the non-mutable attribute sub");
    }
    if (name === "email" && value !== "" && !isEmail(value)) {
      throw invalidParameter("Invalid email address format.");
    }
    if (name === "phone_number" && value !== "" && !isPhoneNumber(value)) {
      throw invalidParameter("Invalid phone number format.");
    }
    if (schema.AttributeDataType === "Boolean" && value !== "true" && value !== "false") {
      throw invalidParameter(
        `Attributes did not conform to the schema: ${name}: must be a boolean`,
      );
    }
  }
}
