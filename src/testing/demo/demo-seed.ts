/**
 * The demo pool's seed: three pools, their app clients and one user per challenge. Listed with
 * what each user shows in `demo-pool.ts` (DEMO_USERS) and in docs/emulator.md.
 */
import type { EmulatorSeed } from "../seed";
import {
  DEMO_CLIENT_ID,
  DEMO_CLIENT_SECRET,
  DEMO_CUSTOM_CLIENT_ID,
  DEMO_EMAIL_CLIENT_ID,
  DEMO_EMAIL_POOL_ID,
  DEMO_PASSWORD,
  DEMO_POOL_ID,
  DEMO_SECRET_CLIENT_ID,
  DEMO_TEMPORARY_PASSWORD,
  DEMO_TOTP_CLIENT_ID,
  DEMO_TOTP_POOL_ID,
} from "./demo-ids";
import { DEMO_DEVICE, DEMO_PASSKEY, DEMO_PASSKEY_SUB, DEMO_TOTP_SECRET } from "./demo-keys";
import { DEMO_TRIGGERS } from "./demo-triggers";

const ALL_FACTORS = ["PASSWORD", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN"] as const;
const sub = (n: number): string => `0d3e0000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const TOTP_ON = { SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } } as const;

export const DEMO_SEED: EmulatorSeed = {
  pools: [
    {
      Id: DEMO_POOL_ID,
      PoolName: "cognito-challenge-ui demo",
      UsernameAttributes: ["email"],
      Schema: [{ Name: "name", Required: true }],
      UserPoolTier: "ESSENTIALS",
      Policies: { SignInPolicy: { AllowedFirstAuthFactors: [...ALL_FACTORS] } },
      DeviceConfiguration: {
        ChallengeRequiredOnNewDevice: true,
        DeviceOnlyRememberedOnUserPrompt: true,
      },
      MfaConfig: {
        MfaConfiguration: "OPTIONAL",
        SmsMfaConfiguration: { SmsAuthenticationMessage: "Your code is {####}" },
        SoftwareTokenMfaConfiguration: { Enabled: true },
        EmailMfaConfiguration: { Subject: "Your sign-in code" },
        WebAuthnConfiguration: { RelyingPartyId: "localhost", UserVerification: "preferred" },
      },
      Triggers: DEMO_TRIGGERS,
      Clients: [
        {
          ClientId: DEMO_CLIENT_ID,
          ClientName: "demo web",
          ExplicitAuthFlows: [
            "ALLOW_USER_SRP_AUTH",
            "ALLOW_USER_PASSWORD_AUTH",
            "ALLOW_USER_AUTH",
            "ALLOW_REFRESH_TOKEN_AUTH",
          ],
          AuthSessionValidity: 15,
        },
        {
          ClientId: DEMO_CUSTOM_CLIENT_ID,
          ClientName: "demo custom auth",
          ExplicitAuthFlows: [
            "ALLOW_CUSTOM_AUTH",
            "ALLOW_USER_SRP_AUTH",
            "ALLOW_REFRESH_TOKEN_AUTH",
          ],
          AuthSessionValidity: 15,
        },
        {
          ClientId: DEMO_SECRET_CLIENT_ID,
          ClientName: "demo with secret",
          ClientSecret: DEMO_CLIENT_SECRET,
          ExplicitAuthFlows: [
            "ALLOW_USER_SRP_AUTH",
            "ALLOW_USER_PASSWORD_AUTH",
            "ALLOW_REFRESH_TOKEN_AUTH",
          ],
        },
      ],
      Users: [
        {
          Username: "sms@example.com",
          Sub: sub(1),
          Password: DEMO_PASSWORD,
          Attributes: {
            name: "Sam Sms",
            phone_number: "+15555550101",
            phone_number_verified: "true",
          },
          MfaPreference: { SMSMfaSettings: { Enabled: true, PreferredMfa: true } },
        },
        {
          Username: "totp@example.com",
          Sub: sub(2),
          Password: DEMO_PASSWORD,
          Attributes: { name: "Tia Totp" },
          TotpSecret: DEMO_TOTP_SECRET,
          MfaPreference: TOTP_ON,
        },
        {
          Username: "email-mfa@example.com",
          Sub: sub(3),
          Password: DEMO_PASSWORD,
          Attributes: { name: "Emil Mail", email_verified: "true" },
          MfaPreference: { EmailMfaSettings: { Enabled: true, PreferredMfa: true } },
        },
        {
          Username: "select-mfa@example.com",
          Sub: sub(4),
          Password: DEMO_PASSWORD,
          Attributes: {
            name: "Sel Ect",
            phone_number: "+15555550104",
            phone_number_verified: "true",
          },
          TotpSecret: DEMO_TOTP_SECRET,
          MfaPreference: {
            SMSMfaSettings: { Enabled: true },
            SoftwareTokenMfaSettings: { Enabled: true },
          },
        },
        {
          Username: "new-password@example.com",
          Sub: sub(5),
          TemporaryPassword: DEMO_TEMPORARY_PASSWORD,
          Attributes: { phone_number: "+15555550105", phone_number_verified: "true" },
          MfaPreference: { SMSMfaSettings: { Enabled: true, PreferredMfa: true } },
        },
        {
          Username: "passwordless-email@example.com",
          Sub: sub(6),
          Password: DEMO_PASSWORD,
          Attributes: { name: "Pat Email", email_verified: "true" },
        },
        {
          Username: "passwordless-sms@example.com",
          Sub: sub(7),
          Password: DEMO_PASSWORD,
          Attributes: {
            name: "Pat Sms",
            phone_number: "+15555550107",
            phone_number_verified: "true",
          },
        },
        {
          Username: "select-challenge@example.com",
          Sub: sub(8),
          Password: DEMO_PASSWORD,
          Attributes: {
            name: "Cho Ice",
            email_verified: "true",
            phone_number: "+15555550108",
            phone_number_verified: "true",
          },
        },
        {
          Username: "passkey@example.com",
          Sub: DEMO_PASSKEY_SUB,
          Password: DEMO_PASSWORD,
          Attributes: { name: "Kim Passkey", email_verified: "true" },
          Passkeys: [
            {
              CredentialId: DEMO_PASSKEY.credentialId,
              PublicKeyJwk: {
                x: DEMO_PASSKEY.privateKey.x as string,
                y: DEMO_PASSKEY.privateKey.y as string,
              },
              FriendlyName: "Demo passkey",
            },
          ],
        },
        {
          Username: "custom@example.com",
          Sub: sub(10),
          Password: DEMO_PASSWORD,
          Attributes: { name: "Cus Tom" },
        },
        {
          Username: "device@example.com",
          Sub: sub(11),
          Password: DEMO_PASSWORD,
          Attributes: { name: "Dev Ice" },
          TotpSecret: DEMO_TOTP_SECRET,
          MfaPreference: TOTP_ON,
          Devices: [
            {
              DeviceKey: DEMO_DEVICE.deviceKey,
              DeviceGroupKey: DEMO_DEVICE.deviceGroupKey,
              DevicePassword: DEMO_DEVICE.devicePassword,
              DeviceName: "Demo browser",
              Remembered: true,
            },
          ],
        },
        {
          Username: "secret@example.com",
          Sub: sub(12),
          Password: DEMO_PASSWORD,
          Attributes: { name: "Sec Ret" },
        },
      ],
    },
    {
      Id: DEMO_TOTP_POOL_ID,
      PoolName: "cognito-challenge-ui demo, TOTP required",
      MfaConfig: { MfaConfiguration: "ON", SoftwareTokenMfaConfiguration: { Enabled: true } },
      Clients: [
        {
          ClientId: DEMO_TOTP_CLIENT_ID,
          ClientName: "demo TOTP required",
          ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
          AuthSessionValidity: 15,
        },
      ],
      Users: [{ Username: "setup-totp", Sub: sub(13), Password: DEMO_PASSWORD }],
    },
    {
      Id: DEMO_EMAIL_POOL_ID,
      PoolName: "cognito-challenge-ui demo, email MFA required",
      UserPoolTier: "ESSENTIALS",
      MfaConfig: {
        MfaConfiguration: "ON",
        EmailMfaConfiguration: { Subject: "Your sign-in code" },
      },
      Clients: [
        {
          ClientId: DEMO_EMAIL_CLIENT_ID,
          ClientName: "demo email MFA required",
          ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
          AuthSessionValidity: 15,
        },
      ],
      Users: [{ Username: "setup-email", Sub: sub(14), Password: DEMO_PASSWORD }],
    },
  ],
};
