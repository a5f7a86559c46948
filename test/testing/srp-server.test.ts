// @vitest-environment node
import { describe, expect, it } from "vitest";
import { base64ToBytes } from "../../src/core/util/encoding";
import {
  createVerifier,
  matchesVerifier,
  parseSrpA,
  startSrp,
  verifySrpSignature,
} from "../../src/testing/srp/srp-server";
import { parseTimestamp } from "../../src/testing/srp/timestamp-check";
import vectors from "../fixtures/srp-vectors.json";

describe("server-side SRP against the shared vectors", () => {
  for (const vector of vectors.vectors) {
    it(`computes SRP_B and accepts the vector's signature: ${vector.description}`, async () => {
      const { inputs, simulatedServer, outputs } = vector;
      const verifier = { salt: inputs.SALT, verifier: BigInt(`0x${simulatedServer.verifier}`) };
      const A = parseSrpA(outputs.SRP_A);
      expect(A).toBeDefined();
      const state = await startSrp(A as bigint, verifier, BigInt(`0x${simulatedServer.b}`));
      expect(state.B.toString(16)).toBe(inputs.SRP_B);
      const proof = {
        realm: inputs.userPoolName,
        id: inputs.USER_ID_FOR_SRP,
        secretBlock: base64ToBytes(inputs.SECRET_BLOCK),
        timestamp: inputs.TIMESTAMP,
        signature: base64ToBytes(outputs.PASSWORD_CLAIM_SIGNATURE),
      };
      expect(await verifySrpSignature(state, proof)).toBe(true);
      const tampered = base64ToBytes(outputs.PASSWORD_CLAIM_SIGNATURE);
      tampered[0] = (tampered[0] ?? 0) ^ 1;
      expect(await verifySrpSignature(state, { ...proof, signature: tampered })).toBe(false);
      expect(await verifySrpSignature(state, { ...proof, timestamp: `${inputs.TIMESTAMP} ` })).toBe(
        false,
      );
    });

    it(`derives the vector's verifier from the password: ${vector.description}`, async () => {
      const { inputs, simulatedServer } = vector;
      const made = await createVerifier(
        inputs.userPoolName,
        inputs.USER_ID_FOR_SRP,
        inputs.password,
        inputs.SALT,
      );
      expect(made.verifier.toString(16)).toBe(simulatedServer.verifier);
      expect(
        await matchesVerifier(made, inputs.userPoolName, inputs.USER_ID_FOR_SRP, inputs.password),
      ).toBe(true);
      expect(
        await matchesVerifier(
          made,
          inputs.userPoolName,
          inputs.USER_ID_FOR_SRP,
          `${inputs.password}x`,
        ),
      ).toBe(false);
    });
  }

  it("refuses SRP_A that is not hex or is 0 mod N", () => {
    expect(parseSrpA("zz")).toBeUndefined();
    expect(parseSrpA("0")).toBeUndefined();
    expect(parseSrpA("")).toBeUndefined();
    expect(parseSrpA("ab")).toBe(0xabn);
  });
});

describe("TIMESTAMP parsing", () => {
  it("re-formats what it parses, so padded days and wrong weekdays change the signed string", () => {
    expect(parseTimestamp("Tue Sep 5 08:03:09 UTC 2023")?.canonical).toBe(
      "Tue Sep 5 08:03:09 UTC 2023",
    );
    expect(parseTimestamp("Tue Sep 05 08:03:09 UTC 2023")?.canonical).toBe(
      "Tue Sep 5 08:03:09 UTC 2023",
    );
    expect(parseTimestamp("Mon Sep 5 08:03:09 UTC 2023")?.canonical).toBe(
      "Tue Sep 5 08:03:09 UTC 2023",
    );
    expect(parseTimestamp("Tue Sep 5 08:03:09 UTC 2023")?.time).toBe(Date.UTC(2023, 8, 5, 8, 3, 9));
  });

  it("rejects what does not fit EEE MMM d HH:mm:ss z yyyy", () => {
    for (const text of [
      "2023-09-05T08:03:09Z",
      "Tue Sep 5 08:03:09 2023",
      "Xyz Sep 5 08:03:09 UTC 2023",
      "Tue Sep 5 8:3:9 UTC 2023",
      "",
    ]) {
      expect(parseTimestamp(text), text).toBeUndefined();
    }
  });
});
