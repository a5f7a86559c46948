/** App clients: CreateUserPoolClient-like input → state, and what a client allows. */
import { invalidParameter } from "../errors";
import type { ClientState } from "./types";

/** The CreateUserPoolClient fields the emulator honours (names as in the API). */
export interface UserPoolClientInput {
  readonly ClientName: string;
  readonly GenerateSecret?: boolean;
  readonly ExplicitAuthFlows?: readonly string[];
  /** Minutes a sign-in Session lives, 3-15. @default 3 */
  readonly AuthSessionValidity?: number;
  readonly PreventUserExistenceErrors?: "ENABLED" | "LEGACY";
  readonly AccessTokenValidity?: number;
  readonly IdTokenValidity?: number;
  readonly RefreshTokenValidity?: number;
  readonly TokenValidityUnits?: {
    readonly AccessToken?: TimeUnit;
    readonly IdToken?: TimeUnit;
    readonly RefreshToken?: TimeUnit;
  };
}

type TimeUnit = "seconds" | "minutes" | "hours" | "days";

const UNIT_SECONDS: Record<TimeUnit, number> = {
  seconds: 1,
  minutes: 60,
  hours: 3600,
  days: 86400,
};

const FLOWS = [
  "ALLOW_USER_SRP_AUTH",
  "ALLOW_USER_PASSWORD_AUTH",
  "ALLOW_USER_AUTH",
  "ALLOW_CUSTOM_AUTH",
  "ALLOW_REFRESH_TOKEN_AUTH",
  "ALLOW_ADMIN_USER_PASSWORD_AUTH",
];
// The legacy names map onto the ALLOW_ ones (they may not be mixed on AWS either).
const LEGACY: Record<string, readonly string[]> = {
  ADMIN_NO_SRP_AUTH: [
    "ALLOW_ADMIN_USER_PASSWORD_AUTH",
    "ALLOW_USER_SRP_AUTH",
    "ALLOW_REFRESH_TOKEN_AUTH",
  ],
  USER_PASSWORD_AUTH: [
    "ALLOW_USER_PASSWORD_AUTH",
    "ALLOW_USER_SRP_AUTH",
    "ALLOW_REFRESH_TOKEN_AUTH",
  ],
  CUSTOM_AUTH_FLOW_ONLY: ["ALLOW_CUSTOM_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
};

// Without ExplicitAuthFlows a client allows SRP, custom auth and refresh (CreateUserPoolClient doc).
const DEFAULT_FLOWS = ["ALLOW_USER_SRP_AUTH", "ALLOW_CUSTOM_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"];

// Without a value: 60 minutes (access, ID) or 30 days (refresh); a value without a unit counts
// hours (access, ID) or days (refresh), as TokenValidityUnits documents.
function validity(
  value: number | undefined,
  unit: TimeUnit | undefined,
  defaultSeconds: number,
  defaultUnit: TimeUnit,
): number {
  return value === undefined ? defaultSeconds : value * UNIT_SECONDS[unit ?? defaultUnit];
}

function normaliseFlows(input: readonly string[] | undefined): string[] {
  if (input === undefined || input.length === 0) return [...DEFAULT_FLOWS];
  const out = new Set<string>();
  for (const flow of input) {
    const legacy = LEGACY[flow];
    if (legacy) for (const f of legacy) out.add(f);
    else if (FLOWS.includes(flow)) out.add(flow);
    else throw invalidParameter(`Invalid ExplicitAuthFlows value: ${flow}`);
  }
  return [...out];
}

export function createClientState(
  id: string,
  poolId: string,
  secret: string | undefined,
  input: UserPoolClientInput,
  now: number,
): ClientState {
  if (typeof input.ClientName !== "string" || input.ClientName === "") {
    throw invalidParameter(
      "1 validation error detected: Value null at 'clientName' failed to satisfy constraint: Member must not be null",
    );
  }
  const session = input.AuthSessionValidity ?? 3;
  if (!Number.isInteger(session) || session < 3 || session > 15) {
    throw invalidParameter(
      `1 validation error detected: Value '${session}' at 'authSessionValidity' failed to satisfy constraint: Member must have value between 3 and 15`,
    );
  }
  const units = input.TokenValidityUnits ?? {};
  return {
    id,
    poolId,
    name: input.ClientName,
    ...(secret === undefined ? {} : { secret }),
    explicitAuthFlows: normaliseFlows(input.ExplicitAuthFlows),
    authSessionValidity: session,
    preventUserExistenceErrors: input.PreventUserExistenceErrors ?? "LEGACY",
    accessTokenValidity: validity(input.AccessTokenValidity, units.AccessToken, 3600, "hours"),
    idTokenValidity: validity(input.IdTokenValidity, units.IdToken, 3600, "hours"),
    refreshTokenValidity: validity(
      input.RefreshTokenValidity,
      units.RefreshToken,
      30 * 86400,
      "days",
    ),
    createdAt: now,
  };
}

export function allowsFlow(client: ClientState, flow: string): boolean {
  return client.explicitAuthFlows.includes(flow);
}
