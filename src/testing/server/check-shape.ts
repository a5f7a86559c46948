import { WireError } from "./cognito-http";

/**
 * A member type of the JSON 1.1 protocol, as the AWS service model declares it. Only types the
 * emulator's operations use are listed; `document` accepts any JSON.
 */
export type Shape =
  | "string"
  | "boolean"
  | "number"
  | "timestamp"
  | "document"
  | { readonly list: Shape }
  | { readonly map: Shape }
  | StructureShape;

/**
 * A structure and its members. Required members are not listed: the engine validates them with
 * Cognito's own messages, in-process and over HTTP alike.
 */
export interface StructureShape {
  readonly members: Readonly<Record<string, Shape>>;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  if (typeof value === "object") return "a structure or map";
  return `a ${typeof value}`;
}

function typeError(path: string, expected: string, value: unknown): WireError {
  // A value of the wrong JSON type fails in AWS's deserialiser, before any validation: AWS
  // answers SerializationException (HTTP 400) for it, not InvalidParameterException.
  return new WireError(
    "SerializationException",
    400,
    `Unexpected value at '${path}': expected ${expected}, found ${describe(value)}.`,
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function checkValue(shape: Shape, value: unknown, path: string): void {
  // JSON null stands for an absent member in AWS's JSON protocols.
  if (value === null || value === undefined) return;
  if (shape === "string") {
    if (typeof value !== "string") throw typeError(path, "a string", value);
  } else if (shape === "boolean") {
    if (typeof value !== "boolean") throw typeError(path, "a boolean", value);
  } else if (shape === "number") {
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw typeError(path, "a number", value);
    }
  } else if (shape === "timestamp") {
    if (typeof value !== "number") throw typeError(path, "epoch seconds", value);
  } else if (shape === "document") {
    return;
  } else if ("list" in shape) {
    if (!Array.isArray(value)) throw typeError(path, "a list", value);
    value.forEach((item, index) => {
      checkValue(shape.list, item, `${path}[${index}]`);
    });
  } else if ("map" in shape) {
    if (!isRecord(value)) throw typeError(path, "a map", value);
    for (const [key, item] of Object.entries(value)) {
      checkValue(shape.map, item, `${path}.${key}`);
    }
  } else {
    if (!isRecord(value)) throw typeError(path, "a structure", value);
    checkStructure(shape, value, path);
  }
}

function checkStructure(shape: StructureShape, value: Record<string, unknown>, path: string): void {
  // Members the model does not know are ignored, as AWS's deserialiser does.
  for (const [name, member] of Object.entries(shape.members)) {
    checkValue(member, value[name], path === "" ? name : `${path}.${name}`);
  }
}

/**
 * Checks a parsed request body against an operation's input shape the way AWS's deserialiser
 * does: a body that is not a JSON object, or a member of the wrong JSON type, is a
 * `SerializationException` (a `WireError`). Missing members and enum values are left to the
 * engine, which answers `InvalidParameterException` with Cognito's validation messages.
 */
export function checkShape(
  shape: StructureShape | undefined,
  body: unknown,
): Record<string, unknown> {
  if (!isRecord(body)) {
    throw new WireError(
      "SerializationException",
      400,
      `The request body must be a JSON object, found ${describe(body)}.`,
    );
  }
  if (shape !== undefined) checkStructure(shape, body, "");
  return body;
}
