// @vitest-environment node
/**
 * User SRP against amazon-cognito-identity-js 6.3.21 on random inputs: the classic
 * AuthenticationHelper draws the same a (fed through its own random source), receives the same
 * SALT, SRP_B, SECRET_BLOCK, pool name, USER_ID_FOR_SRP, password and clock, and must produce the
 * same SRP_A, TIMESTAMP and PASSWORD_CLAIM_SIGNATURE as ours.
 *
 * Cost: the classic SDK's big-number code needs ~0.36 s of CPU for a case with a full 1024-bit a
 * and ~0.12 s when a has at least 64 leading zero bytes (its modPow time grows with the exponent;
 * the S exponent a + u·x never drops below ~512 bits, so no choice of inputs gets under ~0.1 s).
 * 10 full-size + 190 short secrets (a short a is still a valid draw of 128 bytes) keep this file
 * near 30 s of CPU. Full-size secrets are also covered by the three vectors and by the
 * benchmark's equivalence check.
 */
import fc from "fast-check";

// Timeouts are generous on purpose: on the shared 2-core machine under load these took 2-3 min.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { computePasswordClaim } from "../../../src/core/srp/index";
import { createSrpEphemeralFrom } from "../../../src/core/srp/srp-client";
import { bytesToBigInt } from "../../../src/core/srp/srp-math";
import { classicClaim, classicEphemeral } from "./classic-srp";
import {
  aBytesArbitrary,
  nowArbitrary,
  passwordArbitrary,
  serverValuesArbitrary,
  userIdArbitrary,
  userPoolIdArbitrary,
} from "./srp-arbitraries";

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
});
afterEach(() => {
  vi.useRealTimers();
});

async function checkCase(
  aBytes: Uint8Array,
  userPoolId: string,
  userIdForSrp: string,
  password: string,
  server: { salt: string; srpB: string; secretBlock: string },
  now: Date,
): Promise<void> {
  vi.setSystemTime(now);
  const poolName = userPoolId.split("_")[1] as string;
  const theirs = classicEphemeral(poolName, aBytes);
  const theirClaim = classicClaim(theirs, {
    group: poolName,
    identity: userIdForSrp,
    password,
    ...server,
  });

  const ephemeral = createSrpEphemeralFrom(bytesToBigInt(aBytes));
  expect(ephemeral.srpA).toBe(theirs.srpA);
  const claim = await computePasswordClaim({
    ephemeral,
    userPoolId,
    userIdForSrp,
    password,
    ...server,
    now,
  });
  expect(claim).toEqual({
    secretBlock: server.secretBlock,
    signature: theirClaim.signature,
    timestamp: theirClaim.timestamp,
  });
}

describe("user SRP vs amazon-cognito-identity-js AuthenticationHelper", () => {
  it("gives the same SRP_A, TIMESTAMP and signature for 10 full-size secrets", async () => {
    await fc.assert(
      fc.asyncProperty(
        aBytesArbitrary(0, 1),
        userPoolIdArbitrary,
        userIdArbitrary,
        passwordArbitrary,
        serverValuesArbitrary,
        nowArbitrary,
        checkCase,
      ),
      { numRuns: 10, endOnFailure: true },
    );
  }, 600_000);

  it("gives the same SRP_A, TIMESTAMP and signature for 190 secrets of at most 64 bytes", async () => {
    await fc.assert(
      fc.asyncProperty(
        aBytesArbitrary(64, 127),
        userPoolIdArbitrary,
        userIdArbitrary,
        passwordArbitrary,
        serverValuesArbitrary,
        nowArbitrary,
        checkCase,
      ),
      { numRuns: 190, endOnFailure: true },
    );
  }, 600_000);
});
