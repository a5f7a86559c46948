import type { Transport } from "../../../src/core/transport/transport.types";

/**
 * One realistic request and Cognito answer per operation (shapes from protocol reference §2-§7;
 * values made up). `call` invokes the transport method with `input`.
 */
export interface OperationCase {
  readonly method: keyof Transport;
  readonly operation: string;
  readonly input: object;
  /** What Cognito answers (JSON body, status 200). */
  readonly answer: Record<string, unknown>;
  /** True when the transport resolves with the answer; false for the two void operations. */
  readonly returnsBody: boolean;
  readonly call: (transport: Transport, signal?: AbortSignal) => Promise<unknown>;
}

const SESSION = "AYABeC1-session-opaque-string-0123456789";
const ACCESS_TOKEN = "eyJraWQiOiJhY2Nlc3MifQ.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJl";

const initiateAuthInput = {
  AuthFlow: "USER_SRP_AUTH",
  ClientId: "3n4b5urk1ft4fl3mg5e62d9ado",
  AuthParameters: { USERNAME: "alice@example.com", SRP_A: "a1b2c3d4e5f6" },
  ClientMetadata: { source: "test" },
} as const;

const respondInput = {
  ClientId: "3n4b5urk1ft4fl3mg5e62d9ado",
  ChallengeName: "PASSWORD_VERIFIER",
  Session: SESSION,
  ChallengeResponses: {
    USERNAME: "7d2e3f4a-0000-4000-8000-000000000001",
    PASSWORD_CLAIM_SECRET_BLOCK: "c2VjcmV0LWJsb2Nr",
    PASSWORD_CLAIM_SIGNATURE: "c2lnbmF0dXJl",
    TIMESTAMP: "Tue Mar 3 09:04:05 UTC 2026",
  },
} as const;

const associateInput = { Session: SESSION } as const;
const verifyInput = { Session: SESSION, UserCode: "123456", FriendlyDeviceName: "Phone" } as const;
const confirmDeviceInput = {
  AccessToken: ACCESS_TOKEN,
  DeviceKey: "us-east-1_0a1b2c3d-0000-4000-8000-000000000002",
  DeviceSecretVerifierConfig: { PasswordVerifier: "dmVyaWZpZXI=", Salt: "c2FsdA==" },
  DeviceName: "Firefox on Linux",
} as const;
const updateDeviceInput = {
  AccessToken: ACCESS_TOKEN,
  DeviceKey: "us-east-1_0a1b2c3d-0000-4000-8000-000000000002",
  DeviceRememberedStatus: "remembered",
} as const;
const startWebAuthnInput = { AccessToken: ACCESS_TOKEN } as const;
const completeWebAuthnInput = {
  AccessToken: ACCESS_TOKEN,
  Credential: {
    id: "Y3JlZGVudGlhbC1pZA",
    rawId: "Y3JlZGVudGlhbC1pZA",
    type: "public-key",
    response: {
      clientDataJSON: "eyJ0eXBlIjoid2ViYXV0aG4uY3JlYXRlIn0",
      attestationObject: "o2NmbXRkbm9uZQ",
      transports: ["internal", "hybrid"],
    },
    clientExtensionResults: {},
    authenticatorAttachment: "platform",
  },
} as const;

export const OPERATION_CASES: readonly OperationCase[] = [
  {
    method: "initiateAuth",
    operation: "InitiateAuth",
    input: initiateAuthInput,
    answer: {
      ChallengeName: "PASSWORD_VERIFIER",
      ChallengeParameters: {
        SALT: "a3f0",
        SECRET_BLOCK: "c2VjcmV0LWJsb2Nr",
        SRP_B: "bb01",
        USERNAME: "7d2e3f4a-0000-4000-8000-000000000001",
        USER_ID_FOR_SRP: "7d2e3f4a-0000-4000-8000-000000000001",
      },
    },
    returnsBody: true,
    call: (t, signal) => t.initiateAuth(initiateAuthInput, signal ? { signal } : undefined),
  },
  {
    method: "respondToAuthChallenge",
    operation: "RespondToAuthChallenge",
    input: respondInput,
    answer: {
      ChallengeParameters: {},
      AuthenticationResult: {
        AccessToken: ACCESS_TOKEN,
        ExpiresIn: 3600,
        IdToken: "eyJraWQiOiJpZCJ9.eyJzdWIiOiJ1c2VyIn0.c2ln",
        RefreshToken: "eyJjdHkiOiJKV1QifQ.refresh.token",
        TokenType: "Bearer",
        NewDeviceMetadata: {
          DeviceKey: "us-east-1_0a1b2c3d-0000-4000-8000-000000000002",
          DeviceGroupKey: "-Xh2example",
        },
      },
    },
    returnsBody: true,
    call: (t, signal) => t.respondToAuthChallenge(respondInput, signal ? { signal } : undefined),
  },
  {
    method: "associateSoftwareToken",
    operation: "AssociateSoftwareToken",
    input: associateInput,
    answer: { SecretCode: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", Session: `${SESSION}-2` },
    returnsBody: true,
    call: (t, signal) => t.associateSoftwareToken(associateInput, signal ? { signal } : undefined),
  },
  {
    method: "verifySoftwareToken",
    operation: "VerifySoftwareToken",
    input: verifyInput,
    answer: { Status: "SUCCESS", Session: `${SESSION}-3` },
    returnsBody: true,
    call: (t, signal) => t.verifySoftwareToken(verifyInput, signal ? { signal } : undefined),
  },
  {
    method: "confirmDevice",
    operation: "ConfirmDevice",
    input: confirmDeviceInput,
    answer: { UserConfirmationNecessary: false },
    returnsBody: true,
    call: (t, signal) => t.confirmDevice(confirmDeviceInput, signal ? { signal } : undefined),
  },
  {
    method: "updateDeviceStatus",
    operation: "UpdateDeviceStatus",
    input: updateDeviceInput,
    answer: {},
    returnsBody: false,
    call: (t, signal) => t.updateDeviceStatus(updateDeviceInput, signal ? { signal } : undefined),
  },
  {
    method: "startWebAuthnRegistration",
    operation: "StartWebAuthnRegistration",
    input: startWebAuthnInput,
    answer: {
      CredentialCreationOptions: {
        challenge: "Y2hhbGxlbmdl",
        rp: { id: "example.com", name: "Example" },
        user: { id: "dXNlcg", name: "alice@example.com", displayName: "Alice" },
        pubKeyCredParams: [
          { type: "public-key", alg: -7 },
          { type: "public-key", alg: -257 },
        ],
        timeout: 60000,
        excludeCredentials: [],
        authenticatorSelection: { residentKey: "required", userVerification: "preferred" },
      },
    },
    returnsBody: true,
    call: (t, signal) =>
      t.startWebAuthnRegistration(startWebAuthnInput, signal ? { signal } : undefined),
  },
  {
    method: "completeWebAuthnRegistration",
    operation: "CompleteWebAuthnRegistration",
    input: completeWebAuthnInput,
    answer: {},
    returnsBody: false,
    call: (t, signal) =>
      t.completeWebAuthnRegistration(completeWebAuthnInput, signal ? { signal } : undefined),
  },
];

/** The default answers of the fake server: each operation's success body. */
export function successFor(operation: string | undefined): {
  status: number;
  headers: Record<string, string>;
  body: unknown;
} {
  const found = OPERATION_CASES.find((c) => c.operation === operation);
  if (found === undefined) {
    return {
      status: 400,
      headers: { "content-type": "application/x-amz-json-1.1" },
      body: { __type: "UnknownOperationException" },
    };
  }
  return {
    status: 200,
    headers: { "content-type": "application/x-amz-json-1.1" },
    body: found.answer,
  };
}
