import { checkShape } from "./check-shape";
import { WireError } from "./cognito-http";
import { OPERATION_SHAPES } from "./operation-shapes";

/**
 * Parses a Cognito request body and checks it against the operation's input shape: malformed
 * JSON and wrongly typed members are `SerializationException`, missing required members
 * `InvalidParameterException`, as AWS answers them. An empty body is `{}` (AWS reads it so).
 */
export function parseRequestBody(operation: string, body: Buffer): Record<string, unknown> {
  const text = body.toString("utf8");
  let value: unknown = {};
  if (text.trim() !== "") {
    try {
      value = JSON.parse(text);
    } catch {
      throw new WireError("SerializationException", 400, "The request body is not valid JSON.");
    }
  }
  return checkShape(
    Object.hasOwn(OPERATION_SHAPES, operation) ? OPERATION_SHAPES[operation] : undefined,
    value,
  );
}
