import type { Shape, StructureShape } from "./check-shape";

// Input shapes of the operations the emulator answers, member types as in AWS's service model
// (test/testing/server/operation-shapes.test.ts checks every entry against the AWS SDK v3's
// model). Only types are listed: required members and enum values are the engine's to check.

const S = "string";
const B = "boolean";
const N = "number";
const D = "document";
const SL: Shape = { list: S };
const SM: Shape = { map: S };

function struct(members: Record<string, Shape>): StructureShape {
  return { members };
}

const ATTRIBUTES: Shape = { list: struct({ Name: S, Value: S }) };
const MFA_SETTINGS = struct({ Enabled: B, PreferredMfa: B });
const SMS_CONFIGURATION = struct({ SnsCallerArn: S, ExternalId: S, SnsRegion: S });
const USER = struct({ UserPoolId: S, Username: S });
const ACCESS = struct({ AccessToken: S });
const DEVICE = struct({ DeviceKey: S, AccessToken: S });
const REQUEST_EXTRAS = {
  ClientMetadata: SM,
  AnalyticsMetadata: struct({ AnalyticsEndpointId: S }),
  UserContextData: struct({ IpAddress: S, EncodedData: S }),
};
const USER_MFA_PREFERENCE = {
  SMSMfaSettings: MFA_SETTINGS,
  SoftwareTokenMfaSettings: MFA_SETTINGS,
  EmailMfaSettings: MFA_SETTINGS,
  WebAuthnMfaSettings: struct({ Enabled: B }),
};

/** Operation name -> input shape. Operations not listed get the JSON-object check only. */
export const OPERATION_SHAPES: Readonly<Record<string, StructureShape>> = {
  InitiateAuth: struct({
    AuthFlow: S,
    ClientId: S,
    AuthParameters: SM,
    Session: S,
    ...REQUEST_EXTRAS,
  }),
  RespondToAuthChallenge: struct({
    ClientId: S,
    ChallengeName: S,
    Session: S,
    ChallengeResponses: SM,
    ...REQUEST_EXTRAS,
  }),
  GetTokensFromRefreshToken: struct({
    RefreshToken: S,
    ClientId: S,
    ClientSecret: S,
    DeviceKey: S,
    ClientMetadata: SM,
  }),
  AssociateSoftwareToken: struct({ AccessToken: S, Session: S }),
  VerifySoftwareToken: struct({ UserCode: S, AccessToken: S, Session: S, FriendlyDeviceName: S }),
  ConfirmDevice: struct({
    AccessToken: S,
    DeviceKey: S,
    DeviceSecretVerifierConfig: struct({ PasswordVerifier: S, Salt: S }),
    DeviceName: S,
  }),
  UpdateDeviceStatus: struct({ AccessToken: S, DeviceKey: S, DeviceRememberedStatus: S }),
  ForgetDevice: DEVICE,
  GetDevice: DEVICE,
  ListDevices: struct({ AccessToken: S, Limit: N, PaginationToken: S }),
  GetUser: ACCESS,
  SetUserMFAPreference: struct({ AccessToken: S, ...USER_MFA_PREFERENCE }),
  StartWebAuthnRegistration: ACCESS,
  CompleteWebAuthnRegistration: struct({ AccessToken: S, Credential: D }),
  ListWebAuthnCredentials: struct({ AccessToken: S, NextToken: S, MaxResults: N }),
  DeleteWebAuthnCredential: struct({ AccessToken: S, CredentialId: S }),
  CreateUserPool: struct({
    PoolName: S,
    Policies: struct({
      PasswordPolicy: struct({
        MinimumLength: N,
        RequireUppercase: B,
        RequireLowercase: B,
        RequireNumbers: B,
        RequireSymbols: B,
        PasswordHistorySize: N,
        TemporaryPasswordValidityDays: N,
      }),
      SignInPolicy: struct({ AllowedFirstAuthFactors: SL }),
    }),
    AutoVerifiedAttributes: SL,
    AliasAttributes: SL,
    UsernameAttributes: SL,
    SmsAuthenticationMessage: S,
    MfaConfiguration: S,
    DeviceConfiguration: struct({
      ChallengeRequiredOnNewDevice: B,
      DeviceOnlyRememberedOnUserPrompt: B,
    }),
    SmsConfiguration: SMS_CONFIGURATION,
    UserPoolTags: SM,
    Schema: {
      list: struct({
        Name: S,
        AttributeDataType: S,
        DeveloperOnlyAttribute: B,
        Mutable: B,
        Required: B,
        NumberAttributeConstraints: struct({ MinValue: S, MaxValue: S }),
        StringAttributeConstraints: struct({ MinLength: S, MaxLength: S }),
      }),
    },
    UsernameConfiguration: struct({ CaseSensitive: B }),
    UserPoolTier: S,
  }),
  DescribeUserPool: struct({ UserPoolId: S }),
  GetUserPoolMfaConfig: struct({ UserPoolId: S }),
  SetUserPoolMfaConfig: struct({
    UserPoolId: S,
    SmsMfaConfiguration: struct({
      SmsAuthenticationMessage: S,
      SmsConfiguration: SMS_CONFIGURATION,
    }),
    SoftwareTokenMfaConfiguration: struct({ Enabled: B }),
    EmailMfaConfiguration: struct({ Message: S, Subject: S }),
    MfaConfiguration: S,
    WebAuthnConfiguration: struct({
      RelyingPartyId: S,
      UserVerification: S,
      FactorConfiguration: S,
    }),
  }),
  CreateUserPoolClient: struct({
    UserPoolId: S,
    ClientName: S,
    GenerateSecret: B,
    ClientSecret: S,
    RefreshTokenValidity: N,
    AccessTokenValidity: N,
    IdTokenValidity: N,
    TokenValidityUnits: struct({ AccessToken: S, IdToken: S, RefreshToken: S }),
    ReadAttributes: SL,
    WriteAttributes: SL,
    ExplicitAuthFlows: SL,
    PreventUserExistenceErrors: S,
    EnableTokenRevocation: B,
    AuthSessionValidity: N,
    RefreshTokenRotation: struct({ Feature: S, RetryGracePeriodSeconds: N }),
  }),
  DescribeUserPoolClient: struct({ UserPoolId: S, ClientId: S }),
  AdminCreateUser: struct({
    UserPoolId: S,
    Username: S,
    UserAttributes: ATTRIBUTES,
    ValidationData: ATTRIBUTES,
    TemporaryPassword: S,
    ForceAliasCreation: B,
    MessageAction: S,
    DesiredDeliveryMediums: SL,
    ClientMetadata: SM,
  }),
  AdminGetUser: USER,
  AdminDeleteUser: USER,
  AdminDisableUser: USER,
  AdminEnableUser: USER,
  AdminSetUserPassword: struct({ UserPoolId: S, Username: S, Password: S, Permanent: B }),
  AdminUpdateUserAttributes: struct({
    UserPoolId: S,
    Username: S,
    UserAttributes: ATTRIBUTES,
    ClientMetadata: SM,
  }),
  AdminSetUserMFAPreference: struct({ Username: S, UserPoolId: S, ...USER_MFA_PREFERENCE }),
};
