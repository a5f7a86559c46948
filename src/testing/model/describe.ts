/** DescribeUserPool / DescribeUserPoolClient shapes from the state. */
import { wireDate } from "../input";
import type { ClientState, PoolState } from "./types";

export function describePool(pool: PoolState): Record<string, unknown> {
  return {
    Id: pool.id,
    Name: pool.name,
    Arn: `arn:aws:cognito-idp:${pool.region}:000000000000:userpool/${pool.id}`,
    Policies: {
      PasswordPolicy: { ...pool.passwordPolicy },
      SignInPolicy: { AllowedFirstAuthFactors: [...pool.allowedFirstAuthFactors] },
    },
    LambdaConfig: {},
    SchemaAttributes: pool.schema.map((a) => ({ ...a })),
    AutoVerifiedAttributes: [...pool.autoVerifiedAttributes],
    ...(pool.usernameAttributes.length ? { UsernameAttributes: [...pool.usernameAttributes] } : {}),
    ...(pool.aliasAttributes.length ? { AliasAttributes: [...pool.aliasAttributes] } : {}),
    MfaConfiguration: pool.mfaConfiguration,
    ...(pool.deviceConfiguration ? { DeviceConfiguration: { ...pool.deviceConfiguration } } : {}),
    EstimatedNumberOfUsers: pool.users.size,
    UsernameConfiguration: { CaseSensitive: pool.caseSensitive },
    UserPoolTier: pool.tier,
    CreationDate: wireDate(pool.createdAt),
    LastModifiedDate: wireDate(pool.lastModified),
  };
}

export function describeMfaConfig(pool: PoolState): Record<string, unknown> {
  return {
    ...(pool.smsMfa ? { SmsMfaConfiguration: { ...pool.smsMfa } } : {}),
    SoftwareTokenMfaConfiguration: { Enabled: pool.totpEnabled },
    ...(pool.emailMfa ? { EmailMfaConfiguration: { ...pool.emailMfa } } : {}),
    MfaConfiguration: pool.mfaConfiguration,
    WebAuthnConfiguration: { ...pool.webAuthn },
  };
}

export function describeClient(client: ClientState): Record<string, unknown> {
  return {
    UserPoolId: client.poolId,
    ClientName: client.name,
    ClientId: client.id,
    ...(client.secret ? { ClientSecret: client.secret } : {}),
    ExplicitAuthFlows: [...client.explicitAuthFlows],
    AuthSessionValidity: client.authSessionValidity,
    PreventUserExistenceErrors: client.preventUserExistenceErrors,
    AccessTokenValidity: client.accessTokenValidity,
    IdTokenValidity: client.idTokenValidity,
    RefreshTokenValidity: client.refreshTokenValidity,
    TokenValidityUnits: { AccessToken: "seconds", IdToken: "seconds", RefreshToken: "seconds" },
    CreationDate: wireDate(client.createdAt),
    LastModifiedDate: wireDate(client.createdAt),
  };
}
