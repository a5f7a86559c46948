/**
 * The documented demo pool: one user per challenge, fixed ids and passwords. It is the embedded
 * default behind Storybook and `npm start`, and what docs/emulator.md lists.
 */
import type { SoftwareCredential } from "../authenticator/software-authenticator";
import { createEmulator, type Emulator, type EmulatorOptions } from "../emulator";
import type { SeedResult } from "../seed";
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
import { DEMO_DEVICE, DEMO_PASSKEY, DEMO_TOTP_SECRET } from "./demo-keys";
import { DEMO_SEED } from "./demo-seed";

/** One demo user: how to sign in, and what a person sees. */
export interface DemoUser {
  /** What to type as the username. */
  readonly username: string;
  readonly password: string;
  readonly poolId: string;
  readonly clientId: string;
  /** Only for the client with a secret (demo material: a browser cannot keep a secret). */
  readonly clientSecret?: string;
  readonly authFlow: "USER_SRP_AUTH" | "USER_PASSWORD_AUTH" | "USER_AUTH" | "CUSTOM_AUTH";
  readonly preferredChallenge?: "PASSWORD" | "PASSWORD_SRP" | "EMAIL_OTP" | "SMS_OTP" | "WEB_AUTHN";
  /** What the person sees, in words. */
  readonly shows: string;
  /** The challenges a person meets, in order (automatic SRP steps not included). */
  readonly challenges: readonly string[];
  readonly totpSecret?: string;
  readonly device?: {
    readonly deviceKey: string;
    readonly deviceGroupKey: string;
    readonly devicePassword: string;
  };
  readonly passkey?: SoftwareCredential;
  /** Custom-auth answers, in order. */
  readonly answers?: readonly string[];
}

const web = { poolId: DEMO_POOL_ID, clientId: DEMO_CLIENT_ID, password: DEMO_PASSWORD } as const;

export const DEMO_USERS: readonly DemoUser[] = [
  {
    ...web,
    username: "sms@example.com",
    authFlow: "USER_SRP_AUTH",
    challenges: ["SMS_MFA"],
    shows: "Password (SRP), then a 6-digit code sent by SMS to +*******0101.",
  },
  {
    ...web,
    username: "totp@example.com",
    authFlow: "USER_SRP_AUTH",
    challenges: ["SOFTWARE_TOKEN_MFA"],
    totpSecret: DEMO_TOTP_SECRET,
    shows:
      "Password (SRP), then a code from an authenticator app (add the demo TOTP secret to yours).",
  },
  {
    ...web,
    username: "email-mfa@example.com",
    authFlow: "USER_SRP_AUTH",
    challenges: ["EMAIL_OTP"],
    shows: "Password (SRP), then a code sent by email to e***@e***.",
  },
  {
    ...web,
    username: "select-mfa@example.com",
    authFlow: "USER_SRP_AUTH",
    challenges: ["SELECT_MFA_TYPE", "SMS_MFA"],
    totpSecret: DEMO_TOTP_SECRET,
    shows: "Password (SRP), then a choice between SMS and an authenticator app, then that code.",
  },
  {
    ...web,
    username: "new-password@example.com",
    password: DEMO_TEMPORARY_PASSWORD,
    authFlow: "USER_SRP_AUTH",
    challenges: ["NEW_PASSWORD_REQUIRED", "SMS_MFA"],
    shows:
      "A temporary password, then a new password with the required name attribute, then an SMS code.",
  },
  {
    ...web,
    username: "passwordless-email@example.com",
    authFlow: "USER_AUTH",
    preferredChallenge: "EMAIL_OTP",
    challenges: ["EMAIL_OTP"],
    shows: "No password: an 8-digit code sent by email (USER_AUTH, EMAIL_OTP).",
  },
  {
    ...web,
    username: "passwordless-sms@example.com",
    authFlow: "USER_AUTH",
    preferredChallenge: "SMS_OTP",
    challenges: ["SMS_OTP"],
    shows: "No password: an 8-digit code sent by SMS (USER_AUTH, SMS_OTP).",
  },
  {
    ...web,
    username: "select-challenge@example.com",
    authFlow: "USER_AUTH",
    challenges: ["SELECT_CHALLENGE", "EMAIL_OTP"],
    shows: "A choice of first factor: password, password (SRP), email code or SMS code.",
  },
  {
    ...web,
    username: "passkey@example.com",
    authFlow: "USER_AUTH",
    preferredChallenge: "WEB_AUTHN",
    challenges: ["WEB_AUTHN"],
    passkey: DEMO_PASSKEY,
    shows:
      "A passkey prompt (relying party localhost); the demo passkey signs with the software authenticator.",
  },
  {
    ...web,
    username: "custom@example.com",
    clientId: DEMO_CUSTOM_CLIENT_ID,
    authFlow: "CUSTOM_AUTH",
    challenges: ["CUSTOM_CHALLENGE", "CUSTOM_CHALLENGE"],
    answers: ["7", "blue"],
    shows:
      'Custom auth: "What is 3 + 4?", then "What colour is a clear daytime sky?" (three wrong answers fail).',
  },
  {
    ...web,
    username: "device@example.com",
    authFlow: "USER_SRP_AUTH",
    challenges: [],
    totpSecret: DEMO_TOTP_SECRET,
    device: DEMO_DEVICE,
    shows:
      "Password only: the remembered demo device (pre-fill the device store) skips the authenticator-app code.",
  },
  {
    ...web,
    username: "secret@example.com",
    clientId: DEMO_SECRET_CLIENT_ID,
    clientSecret: DEMO_CLIENT_SECRET,
    authFlow: "USER_SRP_AUTH",
    challenges: [],
    shows: "Password only, on an app client with a secret (every request carries SECRET_HASH).",
  },
  {
    username: "setup-totp",
    password: DEMO_PASSWORD,
    poolId: DEMO_TOTP_POOL_ID,
    clientId: DEMO_TOTP_CLIENT_ID,
    authFlow: "USER_SRP_AUTH",
    challenges: ["MFA_SETUP"],
    shows: "Password, then set up an authenticator app (QR code), then its first code.",
  },
  {
    username: "setup-email",
    password: DEMO_PASSWORD,
    poolId: DEMO_EMAIL_POOL_ID,
    clientId: DEMO_EMAIL_CLIENT_ID,
    authFlow: "USER_SRP_AUTH",
    challenges: ["MFA_SETUP", "EMAIL_OTP"],
    shows: "Password, then enter an email address for MFA, then the code sent there.",
  },
];

/** An emulator holding the demo pool. */
export async function createDemoEmulator(
  options: EmulatorOptions = {},
): Promise<{ emulator: Emulator; pool: SeedResult }> {
  const emulator = createEmulator(options);
  const pool = await emulator.seed(DEMO_SEED);
  return { emulator, pool };
}
