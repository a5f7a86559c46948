import type { CustomAuthEvent } from "../../src/testing/model/types";
import { ALL_FLOWS, SMS_CONFIGURATION, TOTP_SECRET } from "./harness";

/** The pools of the sign-in flow suites (one copy per transport, ids suffixed). */

export const PASSWORD = "Correct-Horse-9";
export const CLIENT_SECRET = "s3cretS3cretS3cretS3cretS3cretS3cretS3cretS3cr";
export const ALIAS_SUB = "6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b";

/**
 * Custom auth: a question per round ("What is 2+2?" then "And 3+3?"); a wrong answer asks the same
 * question again, three wrong answers fail the sign-in. With SRP first, the password comes first.
 */
export const triggers = {
  DefineAuthChallenge(event: CustomAuthEvent) {
    const session = event.request.session ?? [];
    const custom = session.filter((entry) => entry.challengeName === "CUSTOM_CHALLENGE");
    const last = session.at(-1);
    if (last?.challengeName === "SRP_A") {
      event.response.challengeName = "PASSWORD_VERIFIER";
    } else if (last?.challengeName === "PASSWORD_VERIFIER" && !last.challengeResult) {
      event.response.failAuthentication = true;
    } else if (custom.filter((entry) => entry.challengeResult).length >= 2) {
      event.response.issueTokens = true;
    } else if (custom.filter((entry) => !entry.challengeResult).length >= 3) {
      event.response.failAuthentication = true;
    } else {
      event.response.challengeName = "CUSTOM_CHALLENGE";
    }
    return event;
  },
  CreateAuthChallenge(event: CustomAuthEvent) {
    const solved = (event.request.session ?? []).filter(
      (entry) => entry.challengeName === "CUSTOM_CHALLENGE" && entry.challengeResult,
    ).length;
    const [question, answer] = solved === 0 ? ["What is 2+2?", "4"] : ["And 3+3?", "6"];
    event.response.publicChallengeParameters = { question };
    event.response.privateChallengeParameters = { answer };
    return event;
  },
  VerifyAuthChallengeResponse(event: CustomAuthEvent) {
    event.response.answerCorrect =
      event.request.challengeAnswer === event.request.privateChallengeParameters?.answer;
    return event;
  },
};

export function flowsPools(suffix: string) {
  const mfaOn = { Enabled: true, PreferredMfa: true };
  return [
    {
      Id: `us-east-1_Flows${suffix}`,
      PoolName: "Flows",
      UserPoolTier: "ESSENTIALS" as const,
      SmsConfiguration: SMS_CONFIGURATION,
      Schema: [{ Name: "name", AttributeDataType: "String", Mutable: true, Required: true }],
      Policies: {
        SignInPolicy: { AllowedFirstAuthFactors: ["PASSWORD", "EMAIL_OTP", "SMS_OTP"] as const },
      },
      MfaConfig: {
        MfaConfiguration: "OPTIONAL" as const,
        SmsMfaConfiguration: {},
        SoftwareTokenMfaConfiguration: { Enabled: true },
        EmailMfaConfiguration: {},
      },
      Triggers: triggers,
      Clients: [
        { ClientId: `flows${suffix}`, ClientName: "web", ExplicitAuthFlows: ALL_FLOWS },
        {
          ClientId: `secret${suffix}`,
          ClientName: "secret",
          ClientSecret: CLIENT_SECRET,
          ExplicitAuthFlows: ALL_FLOWS,
        },
      ],
      Users: [
        {
          Username: "plain",
          Password: PASSWORD,
          Attributes: { email: "plain@example.com", name: "Plain" },
        },
        {
          Username: "sms",
          Password: PASSWORD,
          Attributes: { phone_number: "+15555550100", name: "Sms" },
          MfaPreference: { SMSMfaSettings: mfaOn },
        },
        {
          Username: "totp",
          Password: PASSWORD,
          Attributes: { name: "Totp" },
          TotpSecret: TOTP_SECRET,
          MfaPreference: { SoftwareTokenMfaSettings: mfaOn },
        },
        {
          Username: "chooser",
          Password: PASSWORD,
          Attributes: { phone_number: "+15555550101", name: "Chooser" },
          TotpSecret: TOTP_SECRET,
          MfaPreference: {
            SMSMfaSettings: { Enabled: true },
            SoftwareTokenMfaSettings: { Enabled: true },
          },
        },
        {
          Username: "mailer",
          Password: PASSWORD,
          Attributes: { email: "mailer@example.com", name: "Mailer" },
          MfaPreference: { EmailMfaSettings: mfaOn },
        },
        {
          Username: "fresh",
          TemporaryPassword: "Temporary-Pass-1",
          Attributes: { phone_number: "+15555550102" },
          MfaPreference: { SMSMfaSettings: mfaOn },
        },
        {
          Username: "otp",
          Password: PASSWORD,
          Attributes: {
            email: "otp@example.com",
            email_verified: "true",
            phone_number: "+15555550103",
            phone_number_verified: "true",
            name: "Otp",
          },
        },
        { Username: "custom", Password: PASSWORD, Attributes: { name: "Custom" } },
      ],
    },
    {
      Id: `us-east-1_Alias${suffix}`,
      PoolName: "Alias",
      UsernameAttributes: ["email"] as const,
      SmsConfiguration: SMS_CONFIGURATION,
      MfaConfig: { MfaConfiguration: "OPTIONAL" as const, SmsMfaConfiguration: {} },
      Clients: [
        {
          ClientId: `alias${suffix}`,
          ClientName: "secret",
          ClientSecret: CLIENT_SECRET,
          ExplicitAuthFlows: ALL_FLOWS,
        },
      ],
      Users: [
        {
          Username: "ada@example.com",
          Sub: ALIAS_SUB,
          Password: PASSWORD,
          Attributes: { phone_number: "+15555550104" },
          MfaPreference: { SMSMfaSettings: mfaOn },
        },
      ],
    },
  ];
}
