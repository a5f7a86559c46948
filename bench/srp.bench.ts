/**
 * `npm run bench:srp`: times this library's SRP client work against amazon-cognito-identity-js's
 * AuthenticationHelper doing the same work, in one Node process, interleaved.
 *
 * One "client work" = the two SRP steps of a sign-in:
 *   A     — draw a (128 random bytes) and compute A = g^a mod N.
 *           ours: createSrpEphemeral();  classic: new AuthenticationHelper(poolName), whose
 *           constructor draws a and computes A (and hashes k, as it does for every sign-in).
 *   claim — from PASSWORD_VERIFIER's SALT, SRP_B, SECRET_BLOCK: u, x, S, the HKDF key, TIMESTAMP
 *           and the HMAC signature.
 *           ours: computePasswordClaim();  classic: getPasswordAuthenticationKey + DateHelper +
 *           the @aws-crypto/sha256-js HMAC, exactly as CognitoUser.authenticateUserDefaultAuth.
 * Each round draws fresh server values (random salt, B in [1, N), a 1024-byte SECRET_BLOCK) that
 * both sides use; the order of the two sides alternates per round. Before timing, one round with
 * the same a on both sides must give the same SRP_A and signature, so both really do the same work.
 */
import { randomBytes } from "node:crypto";
import { availableParallelism, loadavg } from "node:os";
import { computePasswordClaim, createSrpEphemeral } from "../src/core/srp/index";
import { createSrpEphemeralFrom } from "../src/core/srp/srp-client";
import { SRP_N } from "../src/core/srp/srp-math";
import { classicClaim, classicEphemeral } from "../test/core/srp/classic-srp";

const WARMUP_ROUNDS = 5;
const TIMED_ROUNDS = Math.max(20, Number(process.env.SRP_BENCH_ROUNDS ?? 30));
const USER_POOL_ID = "us-east-1_AbCdEfGhI";
const POOL_NAME = "AbCdEfGhI";
const USER_ID = "8f1c2a9e-4b7d-4e1a-9c3b-2d5e6f708192";
const PASSWORD = "Correct-Horse-Battery-9!";

interface ServerValues {
  readonly salt: string;
  readonly srpB: string;
  readonly secretBlock: string;
}

function serverValues(): ServerValues {
  let B = 0n;
  while (B === 0n) B = BigInt(`0x${randomBytes(384).toString("hex")}`) % SRP_N;
  return {
    salt: randomBytes(16).toString("hex"),
    srpB: B.toString(16),
    secretBlock: randomBytes(1024).toString("base64"),
  };
}

interface Timing {
  readonly a: number;
  readonly claim: number;
}

async function ours(server: ServerValues): Promise<Timing> {
  const start = performance.now();
  const ephemeral = await createSrpEphemeral();
  const afterA = performance.now();
  await computePasswordClaim({
    ephemeral,
    userPoolId: USER_POOL_ID,
    userIdForSrp: USER_ID,
    password: PASSWORD,
    ...server,
    now: new Date(),
  });
  const end = performance.now();
  return { a: afterA - start, claim: end - afterA };
}

function classic(server: ServerValues): Timing {
  const start = performance.now();
  const ephemeral = classicEphemeral(POOL_NAME);
  const afterA = performance.now();
  classicClaim(ephemeral, { group: POOL_NAME, identity: USER_ID, password: PASSWORD, ...server });
  const end = performance.now();
  return { a: afterA - start, claim: end - afterA };
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The moment a classic TIMESTAMP names (`Wed Jan 1 00:00:00 UTC 2025`), read without our formatter. */
function parseTimestamp(text: string): Date {
  const match = /^\w{3} (\w{3}) (\d{1,2}) (\d\d):(\d\d):(\d\d) UTC (\d{4})$/.exec(text);
  if (!match) throw new Error(`not a Cognito TIMESTAMP: ${text}`);
  const [, month, day, hours, minutes, seconds, year] = match;
  return new Date(
    Date.UTC(
      Number(year),
      MONTHS.indexOf(month ?? ""),
      Number(day),
      Number(hours),
      Number(minutes),
      Number(seconds),
    ),
  );
}

/** Same a, same server values: both sides must produce the same SRP_A, TIMESTAMP and signature. */
async function checkEquivalence(): Promise<void> {
  const aBytes = randomBytes(128);
  const server = serverValues();
  const theirs = classicEphemeral(POOL_NAME, aBytes);
  const theirClaim = classicClaim(theirs, {
    group: POOL_NAME,
    identity: USER_ID,
    password: PASSWORD,
    ...server,
  });
  // The classic side reads the clock itself: sign for the moment it signed for.
  const mine = createSrpEphemeralFrom(BigInt(`0x${aBytes.toString("hex")}`));
  const myClaim = await computePasswordClaim({
    ephemeral: mine,
    userPoolId: USER_POOL_ID,
    userIdForSrp: USER_ID,
    password: PASSWORD,
    ...server,
    now: parseTimestamp(theirClaim.timestamp),
  });
  if (
    mine.srpA !== theirs.srpA ||
    myClaim.timestamp !== theirClaim.timestamp ||
    myClaim.signature !== theirClaim.signature
  ) {
    throw new Error("ours and classic disagree: the benchmark would compare different work");
  }
  console.log("check: same a and server values give the same SRP_A, TIMESTAMP and signature");
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const ms = (value: number): string => value.toFixed(2);

async function main(): Promise<void> {
  console.log(
    `node ${process.version}, ${availableParallelism()} cores, load average ${loadavg()[0]?.toFixed(2)}, ` +
      `${WARMUP_ROUNDS} warm-up + ${TIMED_ROUNDS} timed rounds`,
  );

  // The very first call of each side in this process: ours includes building the g comb table.
  const coldOurs = await ours(serverValues());
  const coldClassic = classic(serverValues());
  console.log(
    `cold first call: ours A=${ms(coldOurs.a)} claim=${ms(coldOurs.claim)} ms; ` +
      `classic A=${ms(coldClassic.a)} claim=${ms(coldClassic.claim)} ms`,
  );

  await checkEquivalence();

  const mine: Timing[] = [];
  const theirs: Timing[] = [];
  for (let round = 0; round < WARMUP_ROUNDS + TIMED_ROUNDS; round++) {
    const server = serverValues();
    let myTiming: Timing;
    let theirTiming: Timing;
    if (round % 2 === 0) {
      myTiming = await ours(server);
      theirTiming = classic(server);
    } else {
      theirTiming = classic(server);
      myTiming = await ours(server);
    }
    if (round >= WARMUP_ROUNDS) {
      mine.push(myTiming);
      theirs.push(theirTiming);
    }
  }

  const summary = (timings: readonly Timing[]) => ({
    a: median(timings.map((t) => t.a)),
    claim: median(timings.map((t) => t.claim)),
    total: median(timings.map((t) => t.a + t.claim)),
  });
  const o = summary(mine);
  const c = summary(theirs);
  console.log("median ms per step   A (SRP_A)   claim (PASSWORD_VERIFIER)   total");
  console.log(
    `ours                 ${ms(o.a).padStart(9)}   ${ms(o.claim).padStart(25)}   ${ms(o.total).padStart(5)}`,
  );
  console.log(
    `classic              ${ms(c.a).padStart(9)}   ${ms(c.claim).padStart(25)}   ${ms(c.total).padStart(5)}`,
  );
  console.log(
    `srp: ours=${ms(o.total)} classic=${ms(c.total)} ratio=${(c.total / o.total).toFixed(2)}`,
  );
}

await main();
