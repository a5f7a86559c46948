// @vitest-environment node
import { request } from "node:http";
import { InitiateAuthCommand } from "@aws-sdk/client-cognito-identity-provider";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmulator } from "../../../src/testing/index";
import { createEmulatorServer, type EmulatorServer } from "../../../src/testing/server/index";
import {
  callWire,
  createBasicPool,
  PASSWORD,
  passwordSignIn,
  sdkClient,
  toAnswer,
} from "./support/wire";

// Every bad request gets a Cognito-shaped answer, and the server keeps serving: each test ends
// with a normal sign-in that succeeds.

let server: EmulatorServer;
let clientId: string;

beforeAll(async () => {
  server = await createEmulatorServer({ emulator: createEmulator(), maxBodyBytes: 64 * 1024 });
  ({ clientId } = await createBasicPool(sdkClient(server.url)));
}, 30_000);

afterAll(async () => {
  await server.close();
});

async function expectStillServing(url = server.url, client = clientId): Promise<void> {
  const answer = await callWire(url, "InitiateAuth", passwordSignIn(client));
  expect(answer.status).toBe(200);
  expect(answer.body).toMatchObject({ AuthenticationResult: { TokenType: "Bearer" } });
}

function expectCognitoError(
  answer: Awaited<ReturnType<typeof callWire>>,
  status: number,
  type: string,
  message?: RegExp,
): void {
  expect(answer.status).toBe(status);
  expect(answer.headers.get("x-amzn-errortype")).toBe(type);
  expect(answer.body).toEqual({ __type: type, message: expect.stringMatching(message ?? /./) });
}

describe("bad JSON and bad types", () => {
  it("answers malformed JSON with SerializationException", async () => {
    const answer = await callWire(server.url, "InitiateAuth", '{"AuthFlow": "USER_PASSWORD_AUTH",');
    expectCognitoError(answer, 400, "SerializationException", /not valid JSON/);
    await expectStillServing();
  });

  it("answers a body that is not a JSON object with SerializationException", async () => {
    const answer = await callWire(server.url, "InitiateAuth", "[1, 2]");
    expectCognitoError(answer, 400, "SerializationException", /JSON object/);
    await expectStillServing();
  });

  it("answers a member of the wrong JSON type with SerializationException, as AWS's deserialiser", async () => {
    const asText = await callWire(server.url, "InitiateAuth", {
      ...passwordSignIn(clientId),
      AuthParameters: "USERNAME=alice",
    });
    expectCognitoError(asText, 400, "SerializationException", /'AuthParameters'.*a map/);
    const asNumber = await callWire(server.url, "RespondToAuthChallenge", {
      ClientId: clientId,
      ChallengeName: "SMS_MFA",
      Session: "s",
      ChallengeResponses: { USERNAME: "alice", SMS_MFA_CODE: 123456 },
    });
    expectCognitoError(asNumber, 400, "SerializationException", /ChallengeResponses\.SMS_MFA_CODE/);
    const nested = await callWire(server.url, "CreateUserPool", {
      PoolName: "p",
      Policies: { PasswordPolicy: { MinimumLength: "eight" } },
    });
    expectCognitoError(nested, 400, "SerializationException", /MinimumLength.*a number/);
    await expectStillServing();
  });

  it("answers a missing required member with InvalidParameterException and Cognito's message", async () => {
    const answer = await callWire(server.url, "InitiateAuth", { AuthFlow: "USER_PASSWORD_AUTH" });
    expectCognitoError(answer, 400, "InvalidParameterException", /Value null at 'clientId'/);
    const badEnum = await callWire(server.url, "InitiateAuth", {
      ...passwordSignIn(clientId),
      AuthFlow: "TELEPATHY",
    });
    expectCognitoError(badEnum, 400, "InvalidParameterException", /enum value set/);
    await expectStillServing();
  });
});

describe("bad targets, methods and paths", () => {
  it("answers a missing X-Amz-Target with UnknownOperationException", async () => {
    const answer = await callWire(server.url, "InitiateAuth", passwordSignIn(clientId), {
      "x-amz-target": undefined,
    });
    expectCognitoError(answer, 400, "UnknownOperationException", /Missing X-Amz-Target/);
    await expectStillServing();
  });

  it("answers another service's target, or an operation the emulator lacks, with UnknownOperationException", async () => {
    const otherService = await callWire(
      server.url,
      "InitiateAuth",
      {},
      {
        "x-amz-target": "DynamoDB_20120810.ListTables",
      },
    );
    expectCognitoError(otherService, 400, "UnknownOperationException");
    const unknown = await callWire(server.url, "DescribeRiskConfiguration", { UserPoolId: "x" });
    expectCognitoError(unknown, 400, "UnknownOperationException");
    await expectStillServing();
  });

  it("answers other methods than POST with 405 and an Allow header", async () => {
    for (const method of ["GET", "PUT", "DELETE", "PATCH"]) {
      const answer = await toAnswer(await fetch(server.url, { method }));
      expectCognitoError(answer, 405, "UnknownOperationException");
      expect(answer.headers.get("allow")).toBe("POST, OPTIONS");
    }
    await expectStillServing();
  });

  it("answers other paths with 404", async () => {
    const answer = await toAnswer(
      await fetch(`${server.url}/oauth2/token`, {
        method: "POST",
        headers: { "x-amz-target": "AWSCognitoIdentityProviderService.InitiateAuth" },
        body: "{}",
      }),
    );
    expectCognitoError(answer, 404, "UnknownOperationException", /No such path/);
    const control = await toAnswer(await fetch(`${server.url}/_emulator/nothing`));
    expectCognitoError(control, 404, "UnknownOperationException", /control endpoint/);
    await expectStillServing();
  });

  it("answers a body sent as text/plain (a form or a no-preflight request) with 415", async () => {
    const answer = await callWire(server.url, "InitiateAuth", passwordSignIn(clientId), {
      "content-type": "text/plain",
    });
    expectCognitoError(answer, 415, "SerializationException", /Unsupported Content-Type/);
    await expectStillServing();
  });
});

describe("oversized bodies", () => {
  it("refuses a declared Content-Length over the limit with 413 before reading the body", async () => {
    // 10 GB declared, one byte sent: only an answer that does not wait for the body can arrive.
    const answer = await new Promise<{ status: number; body: string; connection: string }>(
      (resolve, reject) => {
        const req = request(
          server.url,
          {
            method: "POST",
            headers: {
              "content-type": "application/x-amz-json-1.1",
              "x-amz-target": "AWSCognitoIdentityProviderService.InitiateAuth",
              "content-length": String(10 * 1024 ** 3),
            },
          },
          (res) => {
            let body = "";
            res.setEncoding("utf8");
            res.on("data", (chunk: string) => {
              body += chunk;
            });
            res.on("end", () => {
              resolve({
                status: res.statusCode ?? 0,
                body,
                connection: res.headers.connection ?? "",
              });
              req.destroy();
            });
          },
        );
        req.on("error", reject);
        req.write("{");
      },
    );
    expect(answer.status).toBe(413);
    expect(answer.connection).toBe("close");
    expect(JSON.parse(answer.body)).toEqual({
      __type: "RequestEntityTooLargeException",
      message: "Request body is larger than 65536 bytes.",
    });
    await expectStillServing();
  });

  it("refuses a chunked body as soon as it passes the limit", async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        server.url,
        {
          method: "POST",
          headers: {
            "content-type": "application/x-amz-json-1.1",
            "x-amz-target": "AWSCognitoIdentityProviderService.InitiateAuth",
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
          req.destroy();
        },
      );
      // Once the server has answered and closed, further writes fail; that is expected.
      req.on("error", () => undefined);
      const chunk = Buffer.alloc(16 * 1024, " ");
      let sent = 0;
      const writeMore = (): void => {
        while (sent < 64) {
          sent += 1;
          if (!req.write(chunk)) {
            req.once("drain", writeMore);
            return;
          }
        }
        req.end();
      };
      writeMore();
      setTimeout(() => reject(new Error("no answer to a chunked oversized body")), 5000).unref();
    });
    expect(status).toBe(413);
    await expectStillServing();
  });

  it("refuses a body over the limit sent by the AWS SDK v3, which reports the error by name", async () => {
    const error = await sdkClient(server.url)
      .send(
        new InitiateAuthCommand({
          AuthFlow: "USER_PASSWORD_AUTH",
          ClientId: clientId,
          AuthParameters: { USERNAME: "alice", PASSWORD },
          ClientMetadata: { blob: "x".repeat(200 * 1024) },
        }),
      )
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      name: "RequestEntityTooLargeException",
      $metadata: { httpStatusCode: 413 },
    });
    await expectStillServing();
  });
});

describe("a flood of calls", () => {
  it("answers calls past the rate limit with TooManyRequestsException, then serves again", async () => {
    const limited = await createEmulatorServer({ emulator: createEmulator({ rateLimit: 5 }) });
    try {
      const pool = await createBasicPool(sdkClient(limited.url));
      const answers = await Promise.all(
        Array.from({ length: 30 }, () =>
          callWire(limited.url, "InitiateAuth", passwordSignIn(pool.clientId)),
        ),
      );
      const throttled = answers.filter((answer) => answer.status !== 200);
      expect(throttled.length).toBeGreaterThan(0);
      expect(answers.length - throttled.length).toBeLessThan(30);
      for (const answer of throttled) expectCognitoError(answer, 400, "TooManyRequestsException");
      // The limit counts calls per second of the emulator clock: move it on instead of waiting.
      await fetch(`${limited.url}/_emulator/clock`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ advanceSeconds: 2 }),
      });
      await expectStillServing(limited.url, pool.clientId);
    } finally {
      await limited.close();
    }
  });
});

describe("bad control requests", () => {
  async function post(path: string, body: string): Promise<Awaited<ReturnType<typeof toAnswer>>> {
    return toAnswer(
      await fetch(`${server.url}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      }),
    );
  }

  it("answers a bad clock or fault body with a Cognito-shaped error", async () => {
    expectCognitoError(await post("/_emulator/clock", "{"), 400, "SerializationException");
    expectCognitoError(
      await post("/_emulator/clock", JSON.stringify({ advanceSeconds: -5 })),
      400,
      "InvalidParameterException",
    );
    expectCognitoError(
      await post(
        "/_emulator/faults",
        JSON.stringify({ operation: "InitiateAuth", kind: "meteor" }),
      ),
      400,
      "InvalidParameterException",
      /kind/,
    );
    expectCognitoError(
      await post(
        "/_emulator/faults",
        JSON.stringify({ operation: "InitiateAuth", kind: "exception" }),
      ),
      400,
      "InvalidParameterException",
      /type/,
    );
    const wrongMethod = await toAnswer(
      await fetch(`${server.url}/_emulator/health`, { method: "POST" }),
    );
    expectCognitoError(wrongMethod, 405, "UnknownOperationException");
    await expectStillServing();
  });
});
