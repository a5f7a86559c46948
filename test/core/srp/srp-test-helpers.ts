/** Shared fixtures of the SRP client tests: fixed inputs, a simulated pool and error checks. */
import { expect } from "vitest";
import { ProtocolError } from "../../../src/core/errors/challenge-error";
import type { SrpEphemeral } from "../../../src/core/srp/index";
import {
  bytesToBigInt,
  computeHkdfKey,
  computeU,
  modPow,
  SRP_G,
  SRP_N,
  srpK,
} from "../../../src/core/srp/srp-math";
import { hmacSha256 } from "../../../src/core/util/crypto";
import { base64ToBytes, bytesToBase64, utf8 } from "../../../src/core/util/encoding";

export const NOW = new Date(Date.UTC(2025, 6, 4, 9, 5, 7));
export const PASSWORD = "pässwörd-✓-密码";
export const SECRET_BLOCK = bytesToBase64(crypto.getRandomValues(new Uint8Array(300)));

/**
 * A user pool's side of SRP, written from the protocol reference (§4.3) with the shared
 * primitives: it holds v = g^x, answers with B = k·v + g^b and checks the claim with
 * S = (A·v^u)^b, as Cognito (and the emulator) do.
 */
export async function simulatedServer(v: bigint) {
  const k = await srpK();
  const b = bytesToBigInt(crypto.getRandomValues(new Uint8Array(32)));
  const B = (k * v + modPow(SRP_G, b, SRP_N)) % SRP_N;
  return {
    srpB: B.toString(16),
    async expectedSignature(A: bigint, group: string, identity: string, timestamp: string) {
      const u = await computeU(A, B);
      const S = modPow(A * modPow(v, u, SRP_N), b, SRP_N);
      const key = await computeHkdfKey(u, S);
      const message = [utf8(group), utf8(identity), base64ToBytes(SECRET_BLOCK), utf8(timestamp)];
      return bytesToBase64(await hmacSha256(key, ...message));
    },
  };
}

export function claimInput(ephemeral: SrpEphemeral, overrides: Record<string, unknown> = {}) {
  return {
    ephemeral,
    userPoolId: "eu-west-2_Zx9Yw8Vu7",
    userIdForSrp: "8f1c2a9e-4b7d-4e1a-9c3b-2d5e6f708192",
    password: PASSWORD,
    salt: "a4473e3a872ad764d4fa028e05d8ad60",
    srpB: "a5ea9be6c627f416d6df",
    secretBlock: SECRET_BLOCK,
    now: NOW,
    ...overrides,
  };
}

/** Awaits a rejection and checks it is a ProtocolError with `reason` that leaks no secret. */
export async function expectRejection(
  promise: Promise<unknown>,
  reason: string,
  secrets: readonly string[],
): Promise<void> {
  const error = await promise.then(
    () => {
      throw new Error(`expected a ProtocolError ${reason}`);
    },
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ProtocolError);
  expect(error).toMatchObject({ code: "ProtocolError", reason, recovery: "restart" });
  const text = `${(error as Error).message} ${String((error as Error).cause ?? "")}`;
  for (const secret of secrets) expect(text).not.toContain(secret);
}
