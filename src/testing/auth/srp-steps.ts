/** PASSWORD_VERIFIER and DEVICE_PASSWORD_VERIFIER: issuing B and checking the client's claim. */
import { base64ToBytes, bytesToBase64 } from "../../core/util/encoding";
import type { Env } from "../env";
import { invalidParameter, keepSession, notAuthorized } from "../errors";
import { SESSION_EXPIRED } from "../sessions";
import { isIssuedSecretBlock, newSecretBlock } from "../srp/secret-block";
import {
  type SrpServerState,
  type SrpVerifier,
  startSrp,
  verifySrpSignature,
} from "../srp/srp-server";
import {
  parseTimestamp,
  TIMESTAMP_FORMAT_MESSAGE,
  TIMESTAMP_TOLERANCE_MS,
} from "../srp/timestamp-check";
import type { AuthContext } from "./context";
import { type AuthResult, issueChallenge } from "./issue";

/**
 * How long after the challenge the claim may come. The API reference says "a few seconds"
 * (protocol reference §3.1, §9); 30 s catches a client that waits for a person between
 * InitiateAuth and PASSWORD_VERIFIER while leaving room for a slow test machine.
 */
export const SRP_ANSWER_WINDOW_MS = 30_000;

/** SALT and SRP_B as Cognito writes them: lowercase hex without padding. */
function hex(value: bigint): string {
  return value.toString(16);
}

/**
 * The canonical form of a SECRET_BLOCK as a lookup key: the bytes it decodes to, re-encoded as
 * standard base64 (clients echo it "unchanged", some through a tolerant decoder). Undefined when it
 * is not base64 at all.
 */
export function secretBlockKey(text: string): string | undefined {
  try {
    return bytesToBase64(base64ToBytes(text));
  } catch {
    return undefined;
  }
}

/**
 * PASSWORD_VERIFIER, without a Session: AWS sends this challenge with no `Session` and binds the
 * SRP state to SECRET_BLOCK (protocol reference §3.1; measured for USER_SRP_AUTH in
 * ministackorg/ministack#1758). The same holds here for the two other ways to reach it, USER_AUTH's
 * PASSWORD_SRP (PREFERRED_CHALLENGE or SELECT_CHALLENGE) and CUSTOM_AUTH with SRP first, which AWS
 * has not been measured on (choice: it is one challenge with one client handler — the classic SDK's
 * authenticateUserDefaultAuth and Amplify's handlePasswordVerifierChallenge serve all three paths
 * and send back whatever Session they got, none here). The state is kept under the SECRET_BLOCK,
 * single-use, for SRP_ANSWER_WINDOW_MS.
 */
export async function issuePasswordVerifier(
  env: Env,
  ctx: AuthContext,
  A: bigint,
  verifier: SrpVerifier,
): Promise<AuthResult> {
  const srp = await startSrp(A, verifier);
  const secretBlock = await newSecretBlock(env.key);
  const encoded = bytesToBase64(secretBlock);
  env.sessions.issueBound(
    encoded,
    ctx,
    { name: "PASSWORD_VERIFIER", srp, secretBlock, issuedAt: env.clock.now() },
    SRP_ANSWER_WINDOW_MS,
  );
  return {
    ChallengeName: "PASSWORD_VERIFIER",
    ChallengeParameters: {
      SALT: hex(BigInt(`0x${verifier.salt}`)),
      SRP_B: hex(srp.B),
      SECRET_BLOCK: encoded,
      USER_ID_FOR_SRP: ctx.username,
      USERNAME: ctx.username,
    },
  };
}

export async function issueDevicePasswordVerifier(
  env: Env,
  ctx: AuthContext,
  deviceKey: string,
  A: bigint,
  verifier: SrpVerifier,
): Promise<AuthResult> {
  const srp = await startSrp(A, verifier);
  const secretBlock = await newSecretBlock(env.key);
  return issueChallenge(
    env,
    ctx,
    { name: "DEVICE_PASSWORD_VERIFIER", deviceKey, srp, secretBlock, issuedAt: env.clock.now() },
    {
      SALT: hex(BigInt(`0x${verifier.salt}`)),
      SRP_B: hex(srp.B),
      SECRET_BLOCK: bytesToBase64(secretBlock),
      USERNAME: ctx.username,
    },
  );
}

function decode(text: string | undefined): Uint8Array | undefined {
  if (text === undefined || text === "") return undefined;
  try {
    return base64ToBytes(text);
  } catch {
    return undefined;
  }
}

/**
 * Checks PASSWORD_CLAIM_SIGNATURE (§4.3, §4.5). Missing fields and a malformed TIMESTAMP are
 * InvalidParameterException (Session kept); everything else that is wrong — the password, the
 * SECRET_BLOCK, a zero-padded day or wrong weekday, a TIMESTAMP far from the clock, a late
 * answer — is NotAuthorizedException.
 */
export async function verifyPasswordClaim(
  env: Env,
  step: {
    readonly srp: SrpServerState;
    readonly secretBlock: Uint8Array;
    readonly issuedAt: number;
  },
  realm: string,
  id: string,
  responses: Readonly<Record<string, string>>,
): Promise<boolean> {
  for (const name of ["PASSWORD_CLAIM_SIGNATURE", "PASSWORD_CLAIM_SECRET_BLOCK", "TIMESTAMP"]) {
    if (!responses[name]) throw keepSession(invalidParameter(`Missing required parameter ${name}`));
  }
  const parsed = parseTimestamp(responses.TIMESTAMP as string);
  if (!parsed) throw keepSession(invalidParameter(TIMESTAMP_FORMAT_MESSAGE));
  const now = env.clock.now();
  if (now - step.issuedAt > SRP_ANSWER_WINDOW_MS) throw notAuthorized(SESSION_EXPIRED);
  const block = decode(responses.PASSWORD_CLAIM_SECRET_BLOCK);
  const signature = decode(responses.PASSWORD_CLAIM_SIGNATURE);
  if (!block || !signature) return false;
  if (!(await isIssuedSecretBlock(env.key, step.secretBlock, block))) return false;
  if (Math.abs(parsed.time - now) > TIMESTAMP_TOLERANCE_MS) return false;
  return verifySrpSignature(step.srp, {
    realm,
    id,
    secretBlock: step.secretBlock,
    timestamp: parsed.canonical,
    signature,
  });
}
