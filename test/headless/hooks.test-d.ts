import { describe, expectTypeOf, it } from "vitest";
import type { SignInSnapshot } from "../../src/core/index";
import type { ChallengeProps } from "../../src/index";
import { useChallenge, useSignIn, useSignInActions } from "../../src/index";

describe("headless hook types", () => {
  it("useChallenge(name) is ChallengeProps narrowed to that name, or undefined", () => {
    expectTypeOf(useChallenge<"SMS_MFA">).returns.toEqualTypeOf<
      ChallengeProps<"SMS_MFA"> | undefined
    >();
    type Respond = NonNullable<ReturnType<typeof useChallenge<"MFA_SETUP">>>["respond"];
    expectTypeOf<Parameters<Respond>[0]>().toEqualTypeOf<
      | { readonly select: "SOFTWARE_TOKEN_MFA" | "EMAIL_OTP" }
      | { readonly code: string; readonly friendlyDeviceName?: string }
      | { readonly email: string }
    >();
  });

  it("useSignIn returns the snapshot, or what the selector returns", () => {
    expectTypeOf(useSignIn()).toEqualTypeOf<SignInSnapshot>();
    const pick = (snapshot: SignInSnapshot) => snapshot.challenge?.name;
    expectTypeOf(useSignIn(pick)).toEqualTypeOf<string | undefined>();
  });

  it("useSignInActions has the five actions", () => {
    expectTypeOf(useSignInActions).returns.toHaveProperty("registerPasskey");
    expectTypeOf<keyof ReturnType<typeof useSignInActions>>().toEqualTypeOf<
      "start" | "respond" | "restart" | "abort" | "registerPasskey"
    >();
  });
});
