import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type PasskeyAutofillEnvironment,
  waitForPickedPasskey,
} from "../../src/components/sign-in-start/passkey-autofill";
import { bytesToBase64Url } from "../../src/core/util/encoding";

/** A browser whose autofill menu hands back a passkey with these bytes at once. */
function pickingEnvironment(rawId: Uint8Array, userHandle: Uint8Array): PasskeyAutofillEnvironment {
  return {
    isConditionalMediationAvailable: async () => true,
    randomChallenge: () => new Uint8Array(32),
    getCredential: async () =>
      ({
        id: "unused",
        type: "public-key",
        rawId: rawId.slice().buffer,
        response: { userHandle: userHandle.slice().buffer },
      }) as unknown as Credential,
  };
}

// The module spells base64url itself (to stay out of the first download); it must agree with core.
describe("waitForPickedPasskey encoding", () => {
  it("spells ids exactly as core's bytesToBase64Url does, `+` `/` and padding included", async () => {
    const picked = await waitForPickedPasskey({
      signal: new AbortController().signal,
      env: pickingEnvironment(new Uint8Array([0xfb, 0xff]), new Uint8Array([0x3e, 0x3f, 0xff])),
    });
    expect(picked).toEqual({ credentialId: "-_8", userHandle: "Pj__" });
  });

  it("agrees with core for any bytes", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 1, maxLength: 64 }),
        fc.uint8Array({ minLength: 1, maxLength: 64 }),
        async (rawId, userHandle) => {
          const picked = await waitForPickedPasskey({
            signal: new AbortController().signal,
            env: pickingEnvironment(rawId, userHandle),
          });
          expect(picked).toEqual({
            credentialId: bytesToBase64Url(rawId),
            userHandle: bytesToBase64Url(userHandle),
          });
        },
      ),
    );
  });
});
