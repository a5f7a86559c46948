import type { JSX } from "react";
import { describe, expectTypeOf, it } from "vitest";
import {
  MfaSelect,
  NewPasswordChallenge,
  OtpChallenge,
  PasswordChallenge,
} from "../../src/components/index";
import type { InteractiveStepName } from "../../src/core/index";
import type { ChallengeProps } from "../../src/headless/challenge-props.types";

type ScreenFor<N extends InteractiveStepName> = (props: ChallengeProps<N>) => JSX.Element;

describe("the ready-made screens of part A", () => {
  it("fit every challenge they serve, without casts", () => {
    expectTypeOf(OtpChallenge.OtpChallengeScreen).toExtend<ScreenFor<"SMS_MFA">>();
    expectTypeOf(OtpChallenge.OtpChallengeScreen).toExtend<ScreenFor<"SMS_OTP">>();
    expectTypeOf(OtpChallenge.OtpChallengeScreen).toExtend<ScreenFor<"EMAIL_OTP">>();
    expectTypeOf(OtpChallenge.OtpChallengeScreen).toExtend<ScreenFor<"SOFTWARE_TOKEN_MFA">>();
    expectTypeOf(PasswordChallenge.PasswordChallengeScreen).toExtend<ScreenFor<"PASSWORD">>();
    expectTypeOf(PasswordChallenge.PasswordChallengeScreen).toExtend<ScreenFor<"PASSWORD_SRP">>();
    expectTypeOf(NewPasswordChallenge.NewPasswordChallengeScreen).toExtend<
      ScreenFor<"NEW_PASSWORD_REQUIRED">
    >();
    expectTypeOf(MfaSelect.MfaSelectScreen).toExtend<ScreenFor<"SELECT_MFA_TYPE">>();
    expectTypeOf(MfaSelect.MfaSelectScreen).toExtend<ScreenFor<"SELECT_CHALLENGE">>();
  });

  it("do not fit another challenge's props", () => {
    expectTypeOf(OtpChallenge.OtpChallengeScreen).not.toExtend<ScreenFor<"MFA_SETUP">>();
    expectTypeOf(PasswordChallenge.PasswordChallengeScreen).not.toExtend<
      ScreenFor<"NEW_PASSWORD_REQUIRED">
    >();
    expectTypeOf(MfaSelect.MfaSelectScreen).not.toExtend<ScreenFor<"SMS_MFA">>();
    expectTypeOf(NewPasswordChallenge.NewPasswordChallengeScreen).not.toExtend<
      ScreenFor<"PASSWORD">
    >();
  });

  it("take a className function of the screen's render state", () => {
    expectTypeOf<Parameters<typeof OtpChallenge.Submit>[0]["className"]>().toExtend<
      string | ((state: OtpChallenge.OtpRenderState) => string | undefined) | undefined
    >();
  });
});
