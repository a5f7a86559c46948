import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
} from "@aws-sdk/client-cognito-identity-provider";

/** What a raw JSON 1.1 call got back: status, headers and the parsed body (or the raw text). */
export interface WireAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
  readonly text: string;
}

/** A raw `POST /` with Cognito's headers; `headers` overrides or removes (`undefined`) them. */
export async function callWire(
  url: string,
  operation: string,
  body: unknown,
  headers: Record<string, string | undefined> = {},
): Promise<WireAnswer> {
  const merged: Record<string, string | undefined> = {
    "content-type": "application/x-amz-json-1.1",
    "x-amz-target": `AWSCognitoIdentityProviderService.${operation}`,
    ...headers,
  };
  const sent: Record<string, string> = {};
  for (const [name, value] of Object.entries(merged)) if (value !== undefined) sent[name] = value;
  const response = await fetch(url, {
    method: "POST",
    headers: sent,
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return toAnswer(response);
}

export async function toAnswer(response: Response): Promise<WireAnswer> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: keep the text.
  }
  return { status: response.status, headers: response.headers, body, text };
}

/** An AWS SDK v3 client for the emulator, signing with dummy credentials; no retries. */
export function sdkClient(url: string, maxAttempts = 1): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    endpoint: url,
    region: "us-east-1",
    maxAttempts,
    credentials: { accessKeyId: "AKIDEMULATOR", secretAccessKey: "not-a-secret" },
  });
}

export const PASSWORD = "Correct-Horse-9";

/** A pool with one app client (password and SRP flows) and one confirmed user `alice`. */
export async function createBasicPool(
  client: CognitoIdentityProviderClient,
): Promise<{ poolId: string; clientId: string; username: string }> {
  const pool = await client.send(new CreateUserPoolCommand({ PoolName: "basic" }));
  const poolId = pool.UserPool?.Id ?? "";
  const app = await client.send(
    new CreateUserPoolClientCommand({
      UserPoolId: poolId,
      ClientName: "web",
      ExplicitAuthFlows: [
        "ALLOW_USER_PASSWORD_AUTH",
        "ALLOW_USER_SRP_AUTH",
        "ALLOW_REFRESH_TOKEN_AUTH",
      ],
    }),
  );
  await client.send(
    new AdminCreateUserCommand({
      UserPoolId: poolId,
      Username: "alice",
      MessageAction: "SUPPRESS",
    }),
  );
  await client.send(
    new AdminSetUserPasswordCommand({
      UserPoolId: poolId,
      Username: "alice",
      Password: PASSWORD,
      Permanent: true,
    }),
  );
  return { poolId, clientId: app.UserPoolClient?.ClientId ?? "", username: "alice" };
}

/** The InitiateAuth body that signs `alice` in with USER_PASSWORD_AUTH. */
export function passwordSignIn(clientId: string, password = PASSWORD): Record<string, unknown> {
  return {
    AuthFlow: "USER_PASSWORD_AUTH",
    ClientId: clientId,
    AuthParameters: { USERNAME: "alice", PASSWORD: password },
  };
}
