import { describe, expectTypeOf, it } from "vitest";
import type { AnyChallenge, Challenge, ChallengeAnswer, ChallengeName } from "../../src/core/index";

describe("challenge types", () => {
  it("has a member for every wire name", () => {
    expectTypeOf<Exclude<ChallengeName, AnyChallenge["name"]>>().toEqualTypeOf<never>();
  });

  it("narrows Challenge<N> to one member", () => {
    expectTypeOf<Challenge<"SMS_MFA">["name"]>().toEqualTypeOf<"SMS_MFA">();
    expectTypeOf<ChallengeAnswer<"SMS_MFA">>().toEqualTypeOf<{ readonly code: string }>();
  });
});
