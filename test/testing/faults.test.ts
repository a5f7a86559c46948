// @vitest-environment node
// A bad FaultSpec or emulator option is refused with a typed EmulatorError
// (InvalidParameterException), never a raw TypeError, and nothing is armed.
import { describe, expect, it } from "vitest";
import { createEmulator, EmulatorError, type FaultSpec } from "../../src/testing";
import { CLIENT_ID, failure, PASSWORD, passwordSignIn, setup } from "./helpers";

/** What `fn` threw (fails the test if it returns). */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

const BAD_SPECS: [string, unknown, RegExp][] = [
  ["no spec at all", undefined, /expected an object/],
  ["an array", [], /expected an object/],
  ["no operation", { kind: "drop" }, /operation must be an operation name/],
  ["an empty operation", { operation: "", kind: "drop" }, /operation must be an operation name/],
  ["an unknown kind", { operation: "*", kind: "explode" }, /kind must be one of/],
  ["times 0", { operation: "*", kind: "drop", times: 0 }, /times must be a positive integer/],
  ["times 1.5", { operation: "*", kind: "drop", times: 1.5 }, /times must be a positive integer/],
  ["an exception without type", { operation: "*", kind: "exception" }, /needs a type/],
  ["an empty type", { operation: "*", kind: "exception", type: "" }, /needs a type/],
  [
    "a message that is no string",
    { operation: "*", kind: "exception", type: "TooManyRequestsException", message: 5 },
    /message must be a string/,
  ],
  [
    "status 200",
    { operation: "*", kind: "exception", type: "TooManyRequestsException", statusCode: 200 },
    /statusCode must be an HTTP error status/,
  ],
  ["a delay without ms", { operation: "*", kind: "delay" }, /ms between 0 and 600000/],
  ["a negative delay", { operation: "*", kind: "delay", ms: -1 }, /ms between 0 and 600000/],
  ["an endless delay", { operation: "*", kind: "delay", ms: 1e9 }, /ms between 0 and 600000/],
];

describe("faults.inject", () => {
  it.each(BAD_SPECS)(
    "refuses %s with InvalidParameterException and arms nothing",
    (_, spec, message) => {
      const emulator = createEmulator();
      const error = thrown(() => emulator.faults.inject(spec as FaultSpec));
      expect(error).toBeInstanceOf(EmulatorError);
      expect(error).not.toBeInstanceOf(TypeError);
      expect(error).toMatchObject({ type: "InvalidParameterException", statusCode: 400 });
      expect((error as Error).message).toMatch(/^Invalid FaultSpec: /);
      expect((error as Error).message).toMatch(message);
      expect(emulator.faults.pending()).toEqual([]);
    },
  );

  it("arms a valid spec, which the next call then meets", async () => {
    const emulator = await setup({ Users: [{ Username: "ann", Password: PASSWORD }] });
    emulator.faults.inject({
      operation: "InitiateAuth",
      kind: "exception",
      type: "TooManyRequestsException",
      message: "Rate exceeded",
      statusCode: 429,
    });
    expect(emulator.faults.pending()).toHaveLength(1);
    expect(
      await failure(emulator, "InitiateAuth", {
        AuthFlow: "USER_PASSWORD_AUTH",
        ClientId: CLIENT_ID,
        AuthParameters: { USERNAME: "ann", PASSWORD },
      }),
    ).toMatchObject({
      type: "TooManyRequestsException",
      message: "Rate exceeded",
      statusCode: 429,
    });
    expect((await passwordSignIn(emulator, "ann")).AuthenticationResult).toBeDefined();
  });
});

describe("createEmulator options", () => {
  it.each([
    ["a 3-digit code", { code: "123" }, /EmulatorOptions\.code must be 4 to 8 digits/],
    ["a code with letters", { code: "12ab56" }, /EmulatorOptions\.code must be 4 to 8 digits/],
    ["a made-up region", { region: "moon-1" }, /EmulatorOptions\.region is not an AWS region/],
  ])("refuses %s with InvalidParameterException", (_, options, message) => {
    const error = thrown(() => createEmulator(options));
    expect(error).toBeInstanceOf(EmulatorError);
    expect(error).toMatchObject({ type: "InvalidParameterException" });
    expect((error as Error).message).toMatch(message);
  });
});
