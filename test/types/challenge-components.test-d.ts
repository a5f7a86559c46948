import type { ComponentProps, JSX } from "react";
import { describe, expectTypeOf, it } from "vitest";
import {
  type ChallengeComponentOverrides,
  type ChallengeComponents,
  type ChallengeComponentsProvider,
  type ChallengeRouter,
  createChallengeRouter,
  defaultChallengeComponents,
  resolveChallengeComponents,
} from "../../src/components/challenge-router/index";
import type { InteractiveStepName, StepName } from "../../src/core/index";
import type { ChallengeProps, ChallengePropsOf } from "../../src/headless/challenge-props.types";

declare function MyOtp(props: ChallengeProps<"SMS_MFA">): JSX.Element;
declare function MyMfaSetup(props: ChallengeProps<"MFA_SETUP">): JSX.Element;
type CodeStep = "SMS_MFA" | "SMS_OTP" | "EMAIL_OTP" | "SOFTWARE_TOKEN_MFA";
declare function AnyCode(props: ChallengePropsOf<CodeStep>): JSX.Element;
declare function InvariantCode(props: ChallengeProps<CodeStep>): JSX.Element;
declare function Generic<N extends InteractiveStepName>(props: ChallengeProps<N>): JSX.Element;

describe("ChallengeComponents", () => {
  it("has exactly one key per step a person sees", () => {
    expectTypeOf<keyof ChallengeComponents>().toEqualTypeOf<InteractiveStepName>();
    // The automatic steps (SRP, device SRP, ADMIN_NO_SRP_AUTH) have no screen.
    expectTypeOf<Exclude<StepName, keyof ChallengeComponents>>().toEqualTypeOf<
      "PASSWORD_VERIFIER" | "DEVICE_SRP_AUTH" | "DEVICE_PASSWORD_VERIFIER" | "ADMIN_NO_SRP_AUTH"
    >();
  });

  it("types each key with that step's props", () => {
    expectTypeOf<ComponentProps<ChallengeComponents["SMS_MFA"]>>().toEqualTypeOf<
      ChallengeProps<"SMS_MFA">
    >();
    expectTypeOf<ComponentProps<ChallengeComponents["MFA_SETUP"]>>().toEqualTypeOf<
      ChallengeProps<"MFA_SETUP">
    >();
  });

  it("is exhaustive: a map without one step does not compile", () => {
    const { REMEMBER_DEVICE: _dropped, ...withoutOne } = defaultChallengeComponents;
    // @ts-expect-error REMEMBER_DEVICE is missing
    const incomplete: ChallengeComponents = withoutOne;
    expectTypeOf(incomplete).toEqualTypeOf<ChallengeComponents>();
    expectTypeOf(defaultChallengeComponents).toExtend<ChallengeComponents>();
  });

  it("accepts a replacement for one step with no cast", () => {
    const overrides: ChallengeComponentOverrides = { SMS_MFA: MyOtp, MFA_SETUP: MyMfaSetup };
    expectTypeOf(overrides).toExtend<ChallengeComponentOverrides>();
    expectTypeOf(
      resolveChallengeComponents(defaultChallengeComponents, overrides),
    ).toEqualTypeOf<ChallengeComponents>();
  });

  it("accepts one component for several steps when its props cover them all", () => {
    const overrides: ChallengeComponentOverrides = {
      SMS_MFA: AnyCode,
      SMS_OTP: AnyCode,
      EMAIL_OTP: AnyCode,
      SOFTWARE_TOKEN_MFA: AnyCode,
      WEB_AUTHN: Generic,
      CUSTOM_CHALLENGE: Generic,
    };
    expectTypeOf(overrides).toExtend<ChallengeComponentOverrides>();
  });

  it("needs ChallengePropsOf, not ChallengeProps<union>, for a screen of several steps", () => {
    // ChallengeProps is invariant in N: ChallengeProps<"SMS_MFA"> is not a ChallengeProps<union>.
    // @ts-expect-error use ChallengePropsOf<CodeStep> for a screen that serves several steps
    const invariant: ChallengeComponentOverrides = { SMS_MFA: InvariantCode };
    expectTypeOf(invariant).toExtend<ChallengeComponentOverrides>();
  });

  it("rejects a component written for another step", () => {
    // @ts-expect-error MFA_SETUP's props are not SMS_MFA's
    const wrong: ChallengeComponentOverrides = { SMS_MFA: MyMfaSetup };
    // @ts-expect-error SMS_MFA's props are not MFA_SETUP's
    const alsoWrong: ChallengeComponentOverrides = { MFA_SETUP: MyOtp };
    // @ts-expect-error a code screen cannot answer WEB_AUTHN
    const codeForPasskey: ChallengeComponentOverrides = { WEB_AUTHN: AnyCode };
    expectTypeOf([wrong, alsoWrong, codeForPasskey]).toBeArray();
  });

  it("rejects a name that is not a step", () => {
    // @ts-expect-error EMAIL_MFA is not a Cognito challenge (protocol reference §13.1)
    const typo: ChallengeComponentOverrides = { EMAIL_MFA: AnyCode };
    // @ts-expect-error PASSWORD_VERIFIER is answered by the flow, never by a screen
    const automatic: ChallengeComponentOverrides = { PASSWORD_VERIFIER: AnyCode };
    expectTypeOf([typo, automatic]).toBeArray();
  });
});

describe("ChallengeRouter and ChallengeComponentsProvider", () => {
  it("take the same per-key typed overrides", () => {
    expectTypeOf<ComponentProps<typeof ChallengeRouter>["components"]>().toEqualTypeOf<
      ChallengeComponentOverrides | undefined
    >();
    expectTypeOf<ComponentProps<typeof ChallengeComponentsProvider>["components"]>().toEqualTypeOf<
      ChallengeComponentOverrides | undefined
    >();
  });

  it("builds a router from a complete map only", () => {
    expectTypeOf(createChallengeRouter).parameter(0).toEqualTypeOf<ChallengeComponents>();
    // @ts-expect-error a partial map cannot be a router's defaults
    createChallengeRouter({ SMS_MFA: MyOtp });
  });
});
