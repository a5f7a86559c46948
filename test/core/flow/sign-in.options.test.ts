// @vitest-environment node
import { describe, expect, it } from "vitest";
import { ChallengeError } from "../../../src/core/errors/challenge-error";
import { createSignInFlow } from "../../../src/core/flow/sign-in.store";
import type { SignInFlowOptions } from "../../../src/core/flow/sign-in.types";
import { createScriptedTransport } from "./scripted-transport";

const { transport, calls } = createScriptedTransport();
const valid: SignInFlowOptions = {
  userPoolId: "eu-west-1_AbCdEfGhI",
  clientId: "1example23456789",
  authFlow: "USER_SRP_AUTH",
  transport,
};

/** What a JavaScript caller (or an unset environment variable) can hand over. */
const broken: readonly [string, Record<string, unknown>, RegExp][] = [
  ["no pool id", { userPoolId: undefined }, /option userPoolId is missing or malformed/],
  ["a pool id without `_`", { userPoolId: "AbCdEfGhI" }, /userPoolId/],
  ["a pool id ending in `_`", { userPoolId: "eu-west-1_" }, /userPoolId/],
  ["a pool id with spaces", { userPoolId: "eu-west-1_Ab Cd" }, /userPoolId/],
  ["no client id", { clientId: "" }, /option clientId is missing or malformed/],
  ["a client id that is not a string", { clientId: 42 }, /clientId/],
  ["an unknown auth flow", { authFlow: "USER_SRP" }, /option authFlow is missing or malformed/],
  ["no auth flow", { authFlow: undefined }, /authFlow/],
  ["no transport", { transport: undefined }, /option transport is missing or malformed/],
  ["a transport without initiateAuth", { transport: {} }, /transport/],
];

describe("createSignInFlow options", () => {
  it.each(broken)("throws a typed error naming the option for %s", (_, change, message) => {
    const create = () => createSignInFlow({ ...valid, ...change } as unknown as SignInFlowOptions);
    expect(create).toThrow(ChallengeError);
    expect(create).toThrow(message);
    expect(create).toThrow(/^createSignInFlow: /);
    try {
      create();
    } catch (error) {
      expect(error).toMatchObject({
        code: "InvalidParameterException",
        reason: "InvalidFlowOptions",
        recovery: "restart",
      });
    }
  });

  it("throws for no options at all", () => {
    expect(() => createSignInFlow(undefined as unknown as SignInFlowOptions)).toThrow(
      "createSignInFlow: option userPoolId is missing or malformed",
    );
  });

  it("accepts every auth flow and pool ids of every region shape, sending nothing", () => {
    for (const authFlow of ["USER_SRP_AUTH", "USER_PASSWORD_AUTH", "USER_AUTH", "CUSTOM_AUTH"]) {
      for (const userPoolId of ["us-east-1_Pool1", "ap-southeast-2_x9", "us-gov-west-1_AbC"]) {
        const options = { ...valid, authFlow, userPoolId } as SignInFlowOptions;
        expect(createSignInFlow(options).getSnapshot().status).toBe("idle");
      }
    }
    expect(calls).toEqual([]);
  });
});
