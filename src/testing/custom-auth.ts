/**
 * CUSTOM_AUTH (protocol reference §3.9): the Define/Create/Verify auth challenge triggers, called
 * in-process with Lambda-shaped events. A trigger may mutate `event.response` and/or return the
 * event (or a promise of it), like a Node.js Lambda handler. A trigger that throws fails the call
 * with UserLambdaValidationException "<Trigger> failed with error <message>.".
 */
import { advance } from "./auth/advance";
import type { AuthContext } from "./auth/context";
import { type AuthResult, issueChallenge, partiesOf } from "./auth/issue";
import { issuePasswordVerifier } from "./auth/srp-steps";
import type { Env } from "./env";
import { EmulatorError, INCORRECT_CREDENTIALS, invalidParameter, notAuthorized } from "./errors";
import type { CustomAuthEvent, PoolState, UserState } from "./model/types";
import { attributeRecord } from "./model/users";
import { parseSrpA } from "./srp/srp-server";

type TriggerName = "DefineAuthChallenge" | "CreateAuthChallenge" | "VerifyAuthChallengeResponse";

/** The three custom-auth triggers must all be configured for CUSTOM_AUTH. */
export function assertCustomAuthConfigured(pool: PoolState): void {
  const t = pool.triggers;
  if (!t.DefineAuthChallenge || !t.CreateAuthChallenge || !t.VerifyAuthChallengeResponse) {
    throw invalidParameter("Custom auth lambda trigger is not configured for the user pool.");
  }
}

export function customEvent(
  env: Env,
  pool: PoolState,
  user: UserState,
  ctx: AuthContext,
  trigger: TriggerName,
  request: Partial<CustomAuthEvent["request"]>,
): CustomAuthEvent {
  return {
    version: "1",
    triggerSource: `${trigger}_Authentication`,
    region: env.region,
    userPoolId: pool.id,
    userName: user.username,
    callerContext: { awsSdkVersion: "cognito-challenge-ui-emulator", clientId: ctx.clientId },
    request: {
      userAttributes: attributeRecord(user),
      ...(ctx.clientMetadata ? { clientMetadata: { ...ctx.clientMetadata } } : {}),
      ...request,
    },
    response: {},
  };
}

/** Runs one trigger and returns the event's response. */
export async function runTrigger(
  pool: PoolState,
  name: TriggerName,
  event: CustomAuthEvent,
): Promise<CustomAuthEvent["response"]> {
  const trigger = pool.triggers[name];
  if (!trigger)
    throw invalidParameter("Custom auth lambda trigger is not configured for the user pool.");
  let returned: unknown;
  try {
    returned = await trigger(event);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new EmulatorError(
      "UserLambdaValidationException",
      `${name} failed with error ${message}.`,
    );
  }
  const response =
    returned && typeof returned === "object" && "response" in returned
      ? (returned as CustomAuthEvent).response
      : event.response;
  if (!response || typeof response !== "object") {
    throw new EmulatorError("InvalidLambdaResponseException", "Unrecognizable lambda output");
  }
  return response;
}

/**
 * Asks DefineAuthChallenge what comes next and does it: fail (NotAuthorizedException "Incorrect
 * username or password."; the Session then dies), issue tokens (no MFA: the triggers decide the
 * factors), PASSWORD_VERIFIER (SRP first) or a CUSTOM_CHALLENGE built by CreateAuthChallenge.
 */
export async function advanceCustom(env: Env, ctx: AuthContext): Promise<AuthResult> {
  const { pool, user } = partiesOf(env, ctx);
  const session = [...(ctx.customHistory ?? [])].map((entry) => ({ ...entry }));
  const define = await runTrigger(
    pool,
    "DefineAuthChallenge",
    customEvent(env, pool, user, ctx, "DefineAuthChallenge", { session }),
  );
  if (define.failAuthentication === true) throw notAuthorized(INCORRECT_CREDENTIALS);
  if (define.issueTokens === true) {
    return advance(env, {
      ...ctx,
      firstFactor: "CUSTOM",
      mfaDone: true,
      authTime: env.clock.now(),
    });
  }
  if (define.challengeName === "PASSWORD_VERIFIER") {
    const A = parseSrpA(ctx.customSrpA);
    if (A === undefined || !user.password) throw notAuthorized(INCORRECT_CREDENTIALS);
    return issuePasswordVerifier(env, ctx, A, user.password);
  }
  if (define.challengeName !== "CUSTOM_CHALLENGE") {
    throw new EmulatorError(
      "InvalidLambdaResponseException",
      "Invalid lambda response: unknown challengeName",
    );
  }
  const create = await runTrigger(
    pool,
    "CreateAuthChallenge",
    customEvent(env, pool, user, ctx, "CreateAuthChallenge", {
      session: session.map((entry) => ({ ...entry })),
      challengeName: "CUSTOM_CHALLENGE",
    }),
  );
  const publicParameters = stringRecord(create.publicChallengeParameters);
  return issueChallenge(
    env,
    ctx,
    {
      name: "CUSTOM_CHALLENGE",
      privateParameters: stringRecord(create.privateChallengeParameters),
      ...(typeof create.challengeMetadata === "string"
        ? { metadata: create.challengeMetadata }
        : {}),
    },
    { ...publicParameters, USERNAME: user.username },
  );
}

function stringRecord(value: unknown): Record<string, string> {
  if (!value || typeof value !== "object") return {};
  const out: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== undefined && item !== null) out[key] = String(item);
  }
  return out;
}
