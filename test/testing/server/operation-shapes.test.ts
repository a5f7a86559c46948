// @vitest-environment node
import { describe, expect, it } from "vitest";
import { createEmulator } from "../../../src/testing/index";
import type { Shape } from "../../../src/testing/server/check-shape";
import { OPERATION_SHAPES } from "../../../src/testing/server/operation-shapes";
import { sdkInputShape, sdkOperations } from "./support/sdk-shapes";

// The server's table of input shapes must agree with AWS's own model (the one the AWS SDK v3
// ships): a member the server types differently would turn a valid request into a
// SerializationException.

/** Every path of `shape` with its type, e.g. `Policies.PasswordPolicy.MinimumLength: number`. */
function flatten(shape: Shape, path: string, out: Map<string, string>): Map<string, string> {
  if (typeof shape === "string") out.set(path, shape);
  else if ("list" in shape) flatten(shape.list, `${path}[]`, out);
  else if ("map" in shape) flatten(shape.map, `${path}{}`, out);
  else {
    out.set(path, "structure");
    for (const [name, member] of Object.entries(shape.members)) {
      flatten(member, path === "" ? name : `${path}.${name}`, out);
    }
  }
  return out;
}

describe("the server's operation shapes", () => {
  const operations = Object.keys(OPERATION_SHAPES);

  it("name only operations of the Cognito user-pool API", () => {
    const known = new Set(sdkOperations());
    expect(operations.filter((operation) => !known.has(operation))).toEqual([]);
  });

  it.each(operations)("%s: every listed member has AWS's type", (operation) => {
    const ours = flatten({ members: OPERATION_SHAPES[operation]?.members ?? {} }, "", new Map());
    const aws = flatten(sdkInputShape(operation), "", new Map());
    for (const [path, type] of ours) expect([path, aws.get(path)]).toEqual([path, type]);
  });

  it("cover the sign-in operations the emulator answers", () => {
    const answered = new Set(createEmulator().operations);
    const signIn = [
      "InitiateAuth",
      "RespondToAuthChallenge",
      "AssociateSoftwareToken",
      "VerifySoftwareToken",
      "ConfirmDevice",
      "UpdateDeviceStatus",
      "StartWebAuthnRegistration",
      "CompleteWebAuthnRegistration",
      "GetTokensFromRefreshToken",
    ];
    for (const operation of signIn) {
      expect(answered.has(operation)).toBe(true);
      expect(Object.hasOwn(OPERATION_SHAPES, operation)).toBe(true);
    }
  });
});
