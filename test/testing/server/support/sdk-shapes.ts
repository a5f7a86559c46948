import * as sdk from "@aws-sdk/client-cognito-identity-provider";
import type { Shape, StructureShape } from "../../../../src/testing/server/check-shape";

// Reads the AWS SDK v3's own service model (the schema objects it ships, e.g. `InitiateAuth$`)
// and turns an operation's input into the server's `Shape` notation. The test compares the
// server's hand-written table with it, so the table cannot drift from the real API.

type Schema = unknown;

function resolve(schema: Schema): Schema {
  let current = schema;
  while (typeof current === "function") current = (current as () => Schema)();
  // A member reference with traits: [() => Target, traits].
  if (Array.isArray(current) && current.length === 2 && typeof current[0] === "function") {
    return resolve(current[0]);
  }
  return current;
}

function fromNumber(code: number): Shape {
  if (code & 0b1000_0000) return { map: fromNumber(code & 0b0111_1111) };
  if (code & 0b0100_0000) return { list: fromNumber(code & 0b1011_1111) };
  if (code === 0 || code === 0b0001_0101) return "string"; // blobs travel as base64 strings
  if (code === 1 || code === 0b0001_0001 || code === 0b0001_0011) return "number";
  if (code === 2) return "boolean";
  if (code >= 4 && code <= 7) return "timestamp";
  if (code === 15) return "document";
  throw new Error(`unknown schema code ${code}`);
}

function toShape(schema: Schema): Shape {
  const resolved = resolve(schema);
  if (typeof resolved === "number") return fromNumber(resolved);
  if (!Array.isArray(resolved)) throw new Error("unexpected schema");
  const kind = resolved[0] as number;
  if (kind === 0) return toShape(resolved[4]);
  if (kind === 1) return { list: toShape(resolved[4]) };
  if (kind === 2) return { map: toShape(resolved[5]) };
  if (kind === 3) return toStructure(resolved);
  throw new Error(`unexpected schema kind ${kind}`);
}

function toStructure(schema: readonly unknown[]): StructureShape {
  const names = schema[4] as string[];
  const members = schema[5] as Schema[];
  const shape: Record<string, Shape> = {};
  names.forEach((name, index) => {
    shape[name] = toShape(members[index]);
  });
  return { members: shape };
}

/** The input shape of an operation, from the SDK's model. */
export function sdkInputShape(operation: string): StructureShape {
  const op = (sdk as unknown as Record<string, unknown>)[`${operation}$`];
  if (!Array.isArray(op) || op[0] !== 9) throw new Error(`no such operation: ${operation}`);
  return toStructure(resolve(op[4]) as unknown[]);
}

/** Every operation the SDK's model declares. */
export function sdkOperations(): string[] {
  return Object.entries(sdk as unknown as Record<string, unknown>)
    .filter(([name, value]) => name.endsWith("$") && Array.isArray(value) && value[0] === 9)
    .map(([name]) => name.slice(0, -1));
}
