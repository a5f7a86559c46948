/**
 * The SRP vector tests, shared by the Node run (srp-vectors.test.ts) and the Chromium run
 * (srp-vectors.browser.test.ts), so both WebCrypto implementations face the same bytes.
 * Vectors: test/fixtures/srp-vectors.json (protocol reference §4.6), checked against
 * amazon-cognito-identity-js, @aws-amplify/auth and cognito-srp-helper when they were made.
 */
import { describe, expect, it } from "vitest";
import { computePasswordClaim, formatTimestamp } from "../../../src/core/srp/index";
import { createSrpEphemeralFrom } from "../../../src/core/srp/srp-client";
import {
  computeClientS,
  computeHkdfKey,
  computeU,
  computeX,
  modPow,
  padHex,
  SRP_G,
  SRP_N,
  srpK,
} from "../../../src/core/srp/srp-math";
import { bytesToHex } from "../../../src/core/util/encoding";
import fixture from "../../fixtures/srp-vectors.json";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** Reads a vector's TIMESTAMP back into a Date without using formatTimestamp. */
function parseTimestamp(text: string): Date {
  const match = /^(\w{3}) (\w{3}) (\d{1,2}) (\d\d):(\d\d):(\d\d) UTC (\d{4})$/.exec(text);
  if (!match) throw new Error(`not a Cognito TIMESTAMP: ${text}`);
  const [, weekday, month, day, hours, minutes, seconds, year] = match;
  const date = new Date(
    Date.UTC(
      Number(year),
      MONTHS.indexOf(month as string),
      Number(day),
      Number(hours),
      Number(minutes),
      Number(seconds),
    ),
  );
  expect(WEEKDAYS[date.getUTCDay()]).toBe(weekday);
  return date;
}

const big = (hex: string): bigint => BigInt(`0x${hex}`);

export function defineSrpVectorTests(): void {
  it("k is SHA-256(0x00 ‖ N ‖ 0x02), the documented constant", async () => {
    const k = (await srpK()).toString(16);
    expect(k).toBe("538282c4354742d7cbbde2359fcf67f9f5b3a6b08791e5011b43b8a5b66d9ee6");
    for (const vector of fixture.vectors) expect(k).toBe(vector.outputs.k);
  });

  describe.each(fixture.vectors.map((vector) => [vector.description, vector] as const))(
    "vector: %s",
    (_, vector) => {
      const { inputs, outputs, padding, simulatedServer } = vector;

      it("SRP_A, u, x, S and the HKDF key, byte for byte", async () => {
        const ephemeral = createSrpEphemeralFrom(big(inputs.a));
        expect(ephemeral.srpA).toBe(outputs.SRP_A);
        const B = big(inputs.SRP_B);
        const salt = big(inputs.SALT);
        const u = await computeU(ephemeral.A, B);
        expect(u.toString(16)).toBe(outputs.u);
        const x = await computeX(
          salt,
          inputs.userPoolName,
          inputs.USER_ID_FOR_SRP,
          inputs.password,
        );
        expect(x.toString(16)).toBe(outputs.x);
        const S = computeClientS({ a: ephemeral.a, B, k: await srpK(), u, x });
        expect(S.toString(16)).toBe(outputs.S);
        expect(bytesToHex(await computeHkdfKey(u, S))).toBe(outputs.hkdfKey);

        // The padding cases each vector was chosen for (§4.1: padHex adds 00 before a top bit).
        expect(padHex(u).startsWith("00")).toBe(padding.uHas00Prefix);
        expect(padHex(ephemeral.A).startsWith("00")).toBe(padding.AHas00Prefix);
        expect(padHex(S).startsWith("00")).toBe(padding.SHas00Prefix);
        expect(padHex(B).startsWith("00")).toBe(padding.BHas00Prefix);
        expect(padHex(salt).startsWith("00")).toBe(padding.saltHas00Prefix);
      });

      it("agrees with the simulated server: v = g^x, B = k·v + g^b, and its S = (A·v^u)^b", async () => {
        const ephemeral = createSrpEphemeralFrom(big(inputs.a));
        const k = await srpK();
        const x = big(outputs.x);
        const v = modPow(SRP_G, x, SRP_N);
        expect(v.toString(16)).toBe(simulatedServer.verifier);
        const b = big(simulatedServer.b);
        expect(((k * v + modPow(SRP_G, b, SRP_N)) % SRP_N).toString(16)).toBe(inputs.SRP_B);
        const serverS = modPow(ephemeral.A * modPow(v, big(outputs.u), SRP_N), b, SRP_N);
        expect(serverS.toString(16)).toBe(outputs.S);
      });

      it("PASSWORD_CLAIM_SIGNATURE and TIMESTAMP through the public computePasswordClaim", async () => {
        const now = parseTimestamp(inputs.TIMESTAMP);
        expect(formatTimestamp(now)).toBe(inputs.TIMESTAMP);
        const claim = await computePasswordClaim({
          ephemeral: createSrpEphemeralFrom(big(inputs.a)),
          userPoolId: inputs.userPoolId,
          userIdForSrp: inputs.USER_ID_FOR_SRP,
          password: inputs.password,
          salt: inputs.SALT,
          srpB: inputs.SRP_B,
          secretBlock: inputs.SECRET_BLOCK,
          now,
        });
        expect(claim).toEqual({
          secretBlock: inputs.SECRET_BLOCK,
          signature: outputs.PASSWORD_CLAIM_SIGNATURE,
          timestamp: inputs.TIMESTAMP,
        });
      });
    },
  );
}
