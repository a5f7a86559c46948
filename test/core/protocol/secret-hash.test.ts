// @vitest-environment node
import { createHmac } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ChallengeError, createSecretHashProvider, userPoolName } from "../../../src/core/index";

const reference = (secret: string, username: string, clientId: string) =>
  createHmac("sha256", Buffer.from(secret, "utf8"))
    .update(Buffer.from(username + clientId, "utf8"))
    .digest("base64");

describe("createSecretHashProvider", () => {
  it("matches HMAC-SHA256 from node:crypto for a known client", async () => {
    const hash = createSecretHashProvider("7h3lq2m9v5c1n8kp4r6t0sdbaf", "s3cr3t");
    const expected = reference("s3cr3t", "alice@example.com", "7h3lq2m9v5c1n8kp4r6t0sdbaf");
    await expect(hash("alice@example.com")).resolves.toBe(expected);
    expect(expected).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  });

  it("matches node:crypto for any username, client id and secret, UTF-8 included", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: "grapheme", maxLength: 40 }),
        fc.string({ minLength: 1, maxLength: 30 }),
        fc.string({ unit: "grapheme", minLength: 1, maxLength: 80 }),
        async (username, clientId, secret) => {
          const hash = await createSecretHashProvider(clientId, secret)(username);
          expect(hash).toBe(reference(secret, username, clientId));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("hashes the alias and the internal username differently (§8: use the internal one after SRP)", async () => {
    const hash = createSecretHashProvider("client", "secret");
    expect(await hash("alice@example.com")).not.toBe(
      await hash("8f1c2a9e-4b7d-4e1a-9c3b-2d5e6f708192"),
    );
  });

  it("rejects with a ChallengeError, never the secret, when no hash can be computed", async () => {
    const error = await createSecretHashProvider("client", "")("alice").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChallengeError);
    expect(error).toMatchObject({ reason: "SecretHashFailed" });
  });

  it("rejects with a ChallengeError when WebCrypto is missing", async () => {
    const original = globalThis.crypto;
    Object.defineProperty(globalThis, "crypto", { value: undefined, configurable: true });
    try {
      const error = await createSecretHashProvider(
        "client",
        "TopSecretValue",
      )("alice").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ChallengeError);
      expect((error as Error).message).not.toContain("TopSecretValue");
    } finally {
      Object.defineProperty(globalThis, "crypto", { value: original, configurable: true });
    }
  });
});

describe("userPoolName", () => {
  it.each([
    ["us-east-1_AbCdEfGhI", "AbCdEfGhI"],
    ["eu-west-2_Zx9Yw8Vu7", "Zx9Yw8Vu7"],
    ["local_6cde0bd4", "6cde0bd4"],
    ["AbCdEfGhI", ""],
    ["us-east-1_", ""],
    ["", ""],
  ])("%s -> %j", (id, name) => {
    expect(userPoolName(id)).toBe(name);
  });
});
