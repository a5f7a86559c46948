// @vitest-environment node
// HTTP statuses checked against AWS's service model as the AWS SDK v3 ships it. The model gives a
// few client exceptions 401/403/404/429; Cognito's endpoint answers them 400 (AWS SDK logs quoted
// in docs/emulator.md), so the emulator keeps 400 for every client exception and 500 for the
// model's server faults — and the real SDK client still reads each one right, by `__type`.
import * as sdk from "@aws-sdk/client-cognito-identity-provider";
import {
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
  type InitiateAuthCommandInput,
} from "@aws-sdk/client-cognito-identity-provider";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createEmulator, EmulatorError } from "../../../src/testing/index";
import { createEmulatorServer, type EmulatorServer } from "../../../src/testing/server/index";

interface ModelError {
  readonly name: string;
  readonly fault: "client" | "server";
  readonly httpError: number | undefined;
}

/** Every exception of the model: `[-3, namespace, name, { error, httpError? }, …]` schemas. */
function modelErrors(): ModelError[] {
  return Object.entries(sdk as unknown as Record<string, unknown>)
    .filter(([key, value]) => key.endsWith("Exception$") && Array.isArray(value))
    .map(([, value]) => value as unknown[])
    .filter((schema) => schema[0] === -3 && typeof schema[3] === "object")
    .map((schema) => {
      const traits = schema[3] as { error?: string; httpError?: number };
      return {
        name: schema[2] as string,
        fault: traits.error === "server" ? "server" : "client",
        httpError: traits.httpError,
      };
    });
}

const POOL = "us-east-1_Statuses1";
const CLIENT = "statusclient00000000000001";
const USER = { USERNAME: "ann", PASSWORD: "Correct-Horse-9!" };

let server: EmulatorServer;
let client: CognitoIdentityProviderClient;

beforeAll(async () => {
  const emulator = createEmulator();
  await emulator.seed({
    pools: [
      {
        Id: POOL,
        PoolName: "statuses",
        Clients: [
          { ClientId: CLIENT, ClientName: "web", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH"] },
        ],
        Users: [{ Username: USER.USERNAME, Password: USER.PASSWORD }],
      },
    ],
  });
  server = await createEmulatorServer({ emulator });
  client = new CognitoIdentityProviderClient({
    endpoint: server.url,
    region: "us-east-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    maxAttempts: 1,
  });
});

afterEach(() => server.emulator.faults.clear());

afterAll(async () => {
  client.destroy();
  await server.close();
});

function signIn(parameters: Partial<typeof USER> = {}, clientId = CLIENT) {
  const input: InitiateAuthCommandInput = {
    AuthFlow: "USER_PASSWORD_AUTH",
    ClientId: clientId,
    AuthParameters: { ...USER, ...parameters },
  };
  return new InitiateAuthCommand(input);
}

/** What the SDK client throws for `command` (fails the test if it resolves). */
async function sdkError(
  command: InitiateAuthCommand,
  via = client,
): Promise<{
  name: string;
  $fault: string;
  $metadata: { httpStatusCode?: number; attempts?: number };
}> {
  try {
    await via.send(command);
  } catch (error) {
    return error as never;
  }
  throw new Error("the call succeeded");
}

describe("HTTP statuses against the SDK's model", () => {
  it("the model still has the statuses the emulator's choice was made against", () => {
    const errors = modelErrors();
    expect(errors.length).toBeGreaterThan(50);
    const notFourHundred = errors
      .filter((e) => e.fault === "client" && e.httpError !== 400)
      .map((e) => `${e.name} ${e.httpError}`)
      .sort();
    expect(notFourHundred).toEqual([
      "AccessDeniedException 403",
      "FeatureUnavailableInTierException 403",
      "ForbiddenException 403",
      "NotAuthorizedException 403",
      "ResourceNotFoundException 404",
      "TierChangeNotAllowedException 403",
      "TooManyRequestsException 429",
      "UnauthorizedException 401",
      "UserNotFoundException 404",
    ]);
    expect(errors.filter((e) => e.fault === "server").map((e) => e.name)).toEqual([
      "InternalErrorException",
      "InternalServerException",
    ]);
  });

  it("every client exception of the model answers 400, every server fault 500", () => {
    for (const { name, fault } of modelErrors()) {
      expect([name, new EmulatorError(name, "m").statusCode]).toEqual([
        name,
        fault === "server" ? 500 : 400,
      ]);
    }
  });

  it("the SDK client reads 400s the model puts at 403/404 by their __type", async () => {
    const wrongPassword = await sdkError(signIn({ PASSWORD: "Wrong-Horse-9!" }));
    expect(wrongPassword).toBeInstanceOf(sdk.NotAuthorizedException);
    expect(wrongPassword).toMatchObject({ $fault: "client", $metadata: { httpStatusCode: 400 } });

    const nobody = await sdkError(signIn({ USERNAME: "nobody" }));
    expect(nobody).toBeInstanceOf(sdk.UserNotFoundException);
    expect(nobody.$metadata.httpStatusCode).toBe(400);

    const noClient = await sdkError(signIn({}, "nosuchclient00000000000001"));
    expect(noClient).toBeInstanceOf(sdk.ResourceNotFoundException);
    expect(noClient.$metadata.httpStatusCode).toBe(400);
  });

  it("a 400 TooManyRequestsException is still throttling to the SDK: retried, then answered", async () => {
    server.emulator.faults.inject({
      operation: "InitiateAuth",
      kind: "exception",
      type: "TooManyRequestsException",
      message: "Rate exceeded",
    });
    const retrying = new CognitoIdentityProviderClient({
      endpoint: server.url,
      region: "us-east-1",
      maxAttempts: 2,
    });
    try {
      const answer = await retrying.send(signIn());
      expect(answer.AuthenticationResult?.TokenType).toBe("Bearer");
      expect(answer.$metadata.attempts).toBe(2);
    } finally {
      retrying.destroy();
    }
  });

  it("InternalErrorException and InternalServerException are 500 server faults on the wire", async () => {
    for (const type of ["InternalErrorException", "InternalServerException"]) {
      server.emulator.faults.inject({ operation: "InitiateAuth", kind: "exception", type });
      const raw = await fetch(server.url, {
        method: "POST",
        headers: {
          "content-type": "application/x-amz-json-1.1",
          "x-amz-target": "AWSCognitoIdentityProviderService.InitiateAuth",
        },
        body: "{}",
      });
      expect([type, raw.status, (await raw.json()).__type]).toEqual([type, 500, type]);
      server.emulator.faults.inject({ operation: "InitiateAuth", kind: "exception", type });
      const error = await sdkError(signIn());
      expect(error).toMatchObject({ name: type, $fault: "server" });
      expect(error.$metadata.httpStatusCode).toBe(500);
    }
  });
});
