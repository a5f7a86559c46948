import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  AssociateSoftwareTokenCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  InitiateAuthCommand,
  SetUserMFAPreferenceCommand,
  SetUserPoolMfaConfigCommand,
  VerifySoftwareTokenCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import * as OTPAuth from "otpauth";
import { callWire, sdkClient, type WireAnswer } from "../../testing/server/support/wire";

export const PASSWORD = "Conform-Passw0rd";
export const TEMPORARY_PASSWORD = "Temp-Passw0rd-1";
export const NEW_PASSWORD = "Renewed-Passw0rd";

/** One backend under test: its endpoint, the pool set up on it, and the TOTP secrets it issued. */
export interface Backend {
  readonly name: string;
  readonly url: string;
  clientId: string;
  readonly totpSecrets: Map<string, string>;
}

/** What a step of a conversation is compared on: never token values, only names and keys. */
export interface StepSummary {
  readonly step: string;
  readonly status: number;
  readonly error?: string;
  readonly keys: readonly string[];
  readonly challenge?: string;
  readonly parameters?: readonly string[];
  readonly result?: readonly string[];
}

export function summarize(step: string, answer: WireAnswer): StepSummary {
  const body = (
    typeof answer.body === "object" && answer.body !== null ? answer.body : {}
  ) as Record<string, unknown>;
  const sorted = (value: unknown): string[] =>
    typeof value === "object" && value !== null ? Object.keys(value).sort() : [];
  const type = typeof body.__type === "string" ? body.__type.split("#").pop() : undefined;
  return {
    step,
    status: answer.status,
    ...(type ? { error: type } : {}),
    keys: sorted(body),
    ...(typeof body.ChallengeName === "string" ? { challenge: body.ChallengeName } : {}),
    ...(body.ChallengeParameters ? { parameters: sorted(body.ChallengeParameters) } : {}),
    ...(body.AuthenticationResult ? { result: sorted(body.AuthenticationResult) } : {}),
  };
}

export function totp(secret: string): string {
  return new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromBase32(secret),
    digits: 6,
    period: 30,
  }).generate();
}

/** A code that is not the current TOTP (nor the ones either side of it). */
export function wrongTotp(secret: string): string {
  const near = new Set(
    [-30_000, 0, 30_000].map((offset) =>
      new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({
        timestamp: Date.now() + offset,
      }),
    ),
  );
  let guess = 0;
  while (near.has(String(guess).padStart(6, "0"))) guess += 1;
  return String(guess).padStart(6, "0");
}

/**
 * The same pool on a backend, made with the AWS SDK v3: SMS and TOTP MFA optional, one app
 * client for USER_PASSWORD_AUTH, and the users the conversations need.
 */
export async function setUpPool(backend: Backend): Promise<void> {
  const admin = sdkClient(backend.url);
  const pool = await admin.send(new CreateUserPoolCommand({ PoolName: "conformance" }));
  const poolId = pool.UserPool?.Id ?? "";
  await admin.send(
    new SetUserPoolMfaConfigCommand({
      UserPoolId: poolId,
      MfaConfiguration: "OPTIONAL",
      SmsMfaConfiguration: {
        SmsConfiguration: {
          SnsCallerArn: "arn:aws:iam::123456789012:role/sms",
          ExternalId: "conformance",
        },
      },
      SoftwareTokenMfaConfiguration: { Enabled: true },
    }),
  );
  const client = await admin.send(
    new CreateUserPoolClientCommand({
      UserPoolId: poolId,
      ClientName: "conformance",
      ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
    }),
  );
  backend.clientId = client.UserPoolClient?.ClientId ?? "";
  const create = async (username: string, permanent: boolean, phone?: string): Promise<void> => {
    await admin.send(
      new AdminCreateUserCommand({
        UserPoolId: poolId,
        Username: username,
        TemporaryPassword: TEMPORARY_PASSWORD,
        MessageAction: "SUPPRESS",
        ...(phone
          ? {
              UserAttributes: [
                { Name: "phone_number", Value: phone },
                { Name: "phone_number_verified", Value: "true" },
              ],
            }
          : {}),
      }),
    );
    if (permanent) {
      await admin.send(
        new AdminSetUserPasswordCommand({
          UserPoolId: poolId,
          Username: username,
          Password: PASSWORD,
          Permanent: true,
        }),
      );
    }
  };
  await create("plain", true);
  await create("fresh", false);
  await create("totp", true);
  await create("chooser", true, "+15555550199");
  for (const [username, sms] of [
    ["totp", false],
    ["chooser", true],
  ] as const) {
    const signIn = await admin.send(
      new InitiateAuthCommand({
        AuthFlow: "USER_PASSWORD_AUTH",
        ClientId: backend.clientId,
        AuthParameters: { USERNAME: username, PASSWORD },
      }),
    );
    const AccessToken = signIn.AuthenticationResult?.AccessToken ?? "";
    const { SecretCode = "" } = await admin.send(
      new AssociateSoftwareTokenCommand({ AccessToken }),
    );
    await admin.send(new VerifySoftwareTokenCommand({ AccessToken, UserCode: totp(SecretCode) }));
    await admin.send(
      new SetUserMFAPreferenceCommand({
        AccessToken,
        SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: !sms },
        ...(sms ? { SMSMfaSettings: { Enabled: true, PreferredMfa: false } } : {}),
      }),
    );
    backend.totpSecrets.set(username, SecretCode);
  }
}

type Say = (step: string, operation: string, body: Record<string, unknown>) => Promise<WireAnswer>;

function sessionOf(answer: WireAnswer): string {
  return ((answer.body as { Session?: string }).Session ?? "") as string;
}

/** The scripted conversations, by name. Each says its steps through `say`. */
export const CONVERSATIONS: Readonly<
  Record<string, (backend: Backend, say: Say) => Promise<void>>
> = {
  USER_PASSWORD_AUTH: async (backend, say) => {
    const signIn = (username: string, password: string): Record<string, unknown> => ({
      AuthFlow: "USER_PASSWORD_AUTH",
      ClientId: backend.clientId,
      AuthParameters: { USERNAME: username, PASSWORD: password },
    });
    await say("right password", "InitiateAuth", signIn("plain", PASSWORD));
    await say("wrong password", "InitiateAuth", signIn("plain", "Not-The-Passw0rd"));
    await say("unknown user", "InitiateAuth", signIn("nobody", PASSWORD));
    await say("unknown client", "InitiateAuth", {
      ...signIn("plain", PASSWORD),
      ClientId: "nosuchclient0000000000000",
    });
  },
  NEW_PASSWORD_REQUIRED: async (backend, say) => {
    await say("wrong temporary password", "InitiateAuth", {
      AuthFlow: "USER_PASSWORD_AUTH",
      ClientId: backend.clientId,
      AuthParameters: { USERNAME: "fresh", PASSWORD: "Not-The-Temp-1" },
    });
    const start = await say("temporary password", "InitiateAuth", {
      AuthFlow: "USER_PASSWORD_AUTH",
      ClientId: backend.clientId,
      AuthParameters: { USERNAME: "fresh", PASSWORD: TEMPORARY_PASSWORD },
    });
    const respond = {
      ClientId: backend.clientId,
      ChallengeName: "NEW_PASSWORD_REQUIRED",
      Session: sessionOf(start),
      ChallengeResponses: { USERNAME: "fresh", NEW_PASSWORD: NEW_PASSWORD },
    };
    await say("new password", "RespondToAuthChallenge", respond);
    await say("same session again", "RespondToAuthChallenge", respond);
    await say("sign in with the new password", "InitiateAuth", {
      AuthFlow: "USER_PASSWORD_AUTH",
      ClientId: backend.clientId,
      AuthParameters: { USERNAME: "fresh", PASSWORD: NEW_PASSWORD },
    });
  },
  SOFTWARE_TOKEN_MFA: async (backend, say) => {
    const secret = backend.totpSecrets.get("totp") ?? "";
    const start = await say("password", "InitiateAuth", {
      AuthFlow: "USER_PASSWORD_AUTH",
      ClientId: backend.clientId,
      AuthParameters: { USERNAME: "totp", PASSWORD },
    });
    const answer = (code: string): Record<string, unknown> => ({
      ClientId: backend.clientId,
      ChallengeName: "SOFTWARE_TOKEN_MFA",
      Session: sessionOf(start),
      ChallengeResponses: { USERNAME: "totp", SOFTWARE_TOKEN_MFA_CODE: code },
    });
    await say("wrong code", "RespondToAuthChallenge", answer(wrongTotp(secret)));
    await say("right code, same session", "RespondToAuthChallenge", answer(totp(secret)));
  },
  SELECT_MFA_TYPE: async (backend, say) => {
    const secret = backend.totpSecrets.get("chooser") ?? "";
    const start = await say("password", "InitiateAuth", {
      AuthFlow: "USER_PASSWORD_AUTH",
      ClientId: backend.clientId,
      AuthParameters: { USERNAME: "chooser", PASSWORD },
    });
    const chosen = await say("choose SOFTWARE_TOKEN_MFA", "RespondToAuthChallenge", {
      ClientId: backend.clientId,
      ChallengeName: "SELECT_MFA_TYPE",
      Session: sessionOf(start),
      ChallengeResponses: { USERNAME: "chooser", ANSWER: "SOFTWARE_TOKEN_MFA" },
    });
    await say("TOTP code", "RespondToAuthChallenge", {
      ClientId: backend.clientId,
      ChallengeName: "SOFTWARE_TOKEN_MFA",
      Session: sessionOf(chosen),
      ChallengeResponses: { USERNAME: "chooser", SOFTWARE_TOKEN_MFA_CODE: totp(secret) },
    });
  },
};

/** Runs a conversation on a backend; returns the summary of each step and the raw answers. */
export async function converse(
  backend: Backend,
  name: string,
): Promise<{ summaries: StepSummary[]; answers: Map<string, WireAnswer> }> {
  const summaries: StepSummary[] = [];
  const answers = new Map<string, WireAnswer>();
  const conversation = CONVERSATIONS[name];
  if (!conversation) throw new Error(`no conversation ${name}`);
  await conversation(backend, async (step, operation, body) => {
    const answer = await callWire(backend.url, operation, body);
    summaries.push(summarize(step, answer));
    answers.set(step, answer);
    return answer;
  });
  return { summaries, answers };
}
