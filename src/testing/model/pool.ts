/** Building a pool from a CreateUserPool-like description, its MFA configuration, and lookups. */
import { EmulatorError, invalidParameter, resourceNotFound } from "../errors";
import { DEFAULT_PASSWORD_POLICY } from "./password-policy";
import { buildSchema, type SchemaInput } from "./schema";
import type {
  AuthFactor,
  ClientState,
  CustomAuthTriggers,
  EmulatorState,
  MfaConfiguration,
  PoolState,
  PoolTier,
} from "./types";

/** The CreateUserPool fields the emulator honours (names as in the API). */
export interface UserPoolInput {
  readonly PoolName: string;
  readonly MfaConfiguration?: MfaConfiguration;
  readonly Policies?: {
    readonly PasswordPolicy?: {
      readonly MinimumLength?: number;
      readonly RequireUppercase?: boolean;
      readonly RequireLowercase?: boolean;
      readonly RequireNumbers?: boolean;
      readonly RequireSymbols?: boolean;
      readonly TemporaryPasswordValidityDays?: number;
    };
    readonly SignInPolicy?: { readonly AllowedFirstAuthFactors?: readonly AuthFactor[] };
  };
  readonly DeviceConfiguration?: {
    readonly ChallengeRequiredOnNewDevice?: boolean;
    readonly DeviceOnlyRememberedOnUserPrompt?: boolean;
  };
  readonly UsernameAttributes?: readonly ("email" | "phone_number")[];
  readonly AliasAttributes?: readonly ("email" | "phone_number" | "preferred_username")[];
  readonly UsernameConfiguration?: { readonly CaseSensitive?: boolean };
  readonly Schema?: readonly SchemaInput[];
  readonly AutoVerifiedAttributes?: readonly string[];
  readonly UserPoolTier?: PoolTier;
  /** With SmsConfiguration, SMS MFA is available (as SetUserPoolMfaConfig's SmsMfaConfiguration). */
  readonly SmsConfiguration?: Readonly<Record<string, unknown>>;
  readonly SmsAuthenticationMessage?: string;
}

/** SetUserPoolMfaConfig's fields (without UserPoolId). */
export interface MfaConfigInput {
  readonly MfaConfiguration?: MfaConfiguration;
  readonly SmsMfaConfiguration?: { readonly SmsAuthenticationMessage?: string } | null;
  readonly SoftwareTokenMfaConfiguration?: { readonly Enabled?: boolean } | null;
  readonly EmailMfaConfiguration?: { readonly Message?: string; readonly Subject?: string } | null;
  readonly WebAuthnConfiguration?: {
    readonly RelyingPartyId?: string;
    readonly UserVerification?: "required" | "preferred";
    readonly FactorConfiguration?: "SINGLE_FACTOR" | "MULTI_FACTOR_WITH_USER_VERIFICATION";
  } | null;
}

const FACTORS: readonly AuthFactor[] = ["PASSWORD", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN"];

export function createPoolState(
  id: string,
  region: string,
  input: UserPoolInput,
  now: number,
): PoolState {
  if (typeof input.PoolName !== "string" || input.PoolName === "") {
    throw invalidParameter(
      "1 validation error detected: Value null at 'poolName' failed to satisfy constraint: Member must not be null",
    );
  }
  if (input.UsernameAttributes?.length && input.AliasAttributes?.length) {
    throw invalidParameter(
      "Only one of AliasAttributes or UsernameAttributes can be set in a User Pool",
    );
  }
  const factors = input.Policies?.SignInPolicy?.AllowedFirstAuthFactors ?? ["PASSWORD"];
  for (const factor of factors) {
    if (!FACTORS.includes(factor))
      throw invalidParameter(`Invalid AllowedFirstAuthFactors: ${factor}`);
  }
  if (!factors.includes("PASSWORD")) {
    throw invalidParameter("AllowedFirstAuthFactors must include PASSWORD.");
  }
  if ((input.MfaConfiguration ?? "OFF") !== "OFF" && !input.SmsConfiguration) {
    // CreateUserPool only knows SMS as an MFA factor; TOTP and email come with SetUserPoolMfaConfig.
    throw invalidParameter(
      "SMS configuration and Auto verification for phone_number are required when MFA is required/optional",
    );
  }
  const tier = input.UserPoolTier ?? "ESSENTIALS";
  const policy = { ...DEFAULT_PASSWORD_POLICY, ...(input.Policies?.PasswordPolicy ?? {}) };
  if (policy.MinimumLength < 6 || policy.MinimumLength > 99) {
    throw invalidParameter("Password policy MinimumLength must be between 6 and 99.");
  }
  const device = input.DeviceConfiguration;
  return {
    id,
    name: input.PoolName,
    region,
    createdAt: now,
    lastModified: now,
    mfaConfiguration: input.MfaConfiguration ?? "OFF",
    passwordPolicy: policy,
    ...(device
      ? {
          deviceConfiguration: {
            ChallengeRequiredOnNewDevice: device.ChallengeRequiredOnNewDevice ?? false,
            DeviceOnlyRememberedOnUserPrompt: device.DeviceOnlyRememberedOnUserPrompt ?? false,
          },
        }
      : {}),
    usernameAttributes: [...(input.UsernameAttributes ?? [])],
    aliasAttributes: [...(input.AliasAttributes ?? [])],
    caseSensitive: input.UsernameConfiguration?.CaseSensitive ?? false,
    schema: buildSchema(input.Schema),
    autoVerifiedAttributes: [...(input.AutoVerifiedAttributes ?? [])],
    allowedFirstAuthFactors: [...factors],
    tier,
    ...(input.SmsConfiguration
      ? {
          smsMfa:
            input.SmsAuthenticationMessage === undefined
              ? {}
              : { SmsAuthenticationMessage: input.SmsAuthenticationMessage },
        }
      : {}),
    totpEnabled: false,
    webAuthn: { UserVerification: "preferred", FactorConfiguration: "SINGLE_FACTOR" },
    triggers: {},
    clients: new Map(),
    users: new Map(),
  };
}

/** SetUserPoolMfaConfig: a factor object present enables it, `null` disables it, absent keeps it. */
export function applyMfaConfig(pool: PoolState, input: MfaConfigInput, now: number): void {
  if (input.EmailMfaConfiguration && pool.tier === "LITE") {
    throw new EmulatorError(
      "FeatureUnavailableInTierException",
      "Email MFA is not available in the LITE tier.",
    );
  }
  const sms =
    input.SmsMfaConfiguration === undefined
      ? pool.smsMfa
      : input.SmsMfaConfiguration === null
        ? undefined
        : input.SmsMfaConfiguration.SmsAuthenticationMessage === undefined
          ? {}
          : { SmsAuthenticationMessage: input.SmsMfaConfiguration.SmsAuthenticationMessage };
  const totp =
    input.SoftwareTokenMfaConfiguration === undefined
      ? pool.totpEnabled
      : input.SoftwareTokenMfaConfiguration?.Enabled === true;
  const email =
    input.EmailMfaConfiguration === undefined
      ? pool.emailMfa
      : input.EmailMfaConfiguration === null
        ? undefined
        : { ...input.EmailMfaConfiguration };
  const mode = input.MfaConfiguration ?? pool.mfaConfiguration;
  if (mode !== "OFF" && !sms && !totp && !email) {
    throw invalidParameter(
      "At least one MFA method (SMS, software token or email) must be enabled when MFA is ON or OPTIONAL.",
    );
  }
  if (sms) pool.smsMfa = sms;
  else delete pool.smsMfa;
  pool.totpEnabled = totp;
  if (email) pool.emailMfa = email;
  else delete pool.emailMfa;
  const w = input.WebAuthnConfiguration;
  if (w) {
    pool.webAuthn = {
      ...(w.RelyingPartyId ? { RelyingPartyId: w.RelyingPartyId } : {}),
      UserVerification: w.UserVerification ?? "preferred",
      FactorConfiguration: w.FactorConfiguration ?? "SINGLE_FACTOR",
    };
  }
  pool.mfaConfiguration = mode;
  pool.lastModified = now;
}

export function setTriggers(pool: PoolState, triggers: CustomAuthTriggers): void {
  pool.triggers = { ...triggers };
}

export function getPool(state: EmulatorState, id: string): PoolState {
  const pool = state.pools.get(id);
  if (!pool) throw resourceNotFound(`User pool ${id} does not exist.`);
  return pool;
}

/** The app client and its pool; unknown ids are ResourceNotFoundException as on AWS. */
export function getClient(
  state: EmulatorState,
  clientId: string,
): { pool: PoolState; client: ClientState } {
  for (const pool of state.pools.values()) {
    const client = pool.clients.get(clientId);
    if (client) return { pool, client };
  }
  throw resourceNotFound(`User pool client ${clientId} does not exist.`);
}

/** The SRP pool name: the part of the pool id after `_` (§4.3 step 3). */
export function poolName(pool: PoolState): string {
  return pool.id.slice(pool.id.indexOf("_") + 1);
}
