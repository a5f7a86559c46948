import { WebAuthnError } from "@simplewebauthn/browser";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ChallengeError } from "../../../src/core/errors/challenge-error";
import { createBrowserWebAuthnClient } from "../../../src/core/webauthn/browser-webauthn-client";
import { toWebAuthnError } from "../../../src/core/webauthn/to-webauthn-error";

const optionsJSON = { challenge: "AAAA", rpId: "localhost", allowCredentials: [] };

afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, "credentials");
});

async function rejection(promise: Promise<unknown>): Promise<ChallengeError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ChallengeError) return error;
    throw error;
  }
  throw new Error("expected a rejection");
}

describe("createBrowserWebAuthnClient", () => {
  it("is WebAuthnUnsupported where there is no PublicKeyCredential", async () => {
    vi.stubGlobal("PublicKeyCredential", undefined);
    const error = await rejection(
      createBrowserWebAuthnClient().startAuthentication({ optionsJSON }),
    );
    expect(error).toMatchObject({
      code: "WebAuthnUnsupported",
      recovery: "restart",
      reason: "NoWebAuthn",
    });
  });

  it("is WebAuthnUnsupported outside a secure context", async () => {
    vi.stubGlobal("isSecureContext", false);
    const error = await rejection(
      createBrowserWebAuthnClient().startRegistration({ optionsJSON: {} }),
    );
    expect(error).toMatchObject({ code: "WebAuthnUnsupported", reason: "InsecureContext" });
  });

  it("loads @simplewebauthn/browser and passes the options to navigator.credentials.get", async () => {
    const get = vi.fn(async () => {
      throw new DOMException(
        "The operation either timed out or was not allowed.",
        "NotAllowedError",
      );
    });
    vi.stubGlobal("PublicKeyCredential", class {});
    vi.stubGlobal("isSecureContext", true);
    Object.defineProperty(navigator, "credentials", { value: { get }, configurable: true });
    // SimpleWebAuthn wraps the dismissed prompt; the flow maps that with toWebAuthnError.
    let thrown: unknown;
    try {
      await createBrowserWebAuthnClient().startAuthentication({ optionsJSON });
    } catch (error) {
      thrown = error;
    }
    expect(get).toHaveBeenCalledTimes(1);
    expect((get.mock.calls[0] as unknown[])[0]).toMatchObject({ publicKey: { rpId: "localhost" } });
    expect(thrown).toBeInstanceOf(WebAuthnError);
    expect(toWebAuthnError(thrown)).toMatchObject({ code: "WebAuthnCancelled", recovery: "retry" });
  });
});

describe("toWebAuthnError", () => {
  const dom = (name: string) => new DOMException("browser message", name);
  it.each([
    ["NotAllowedError", dom("NotAllowedError"), "WebAuthnCancelled", "retry"],
    ["AbortError", dom("AbortError"), "WebAuthnCancelled", "retry"],
    [
      "SimpleWebAuthn passthrough of NotAllowedError",
      new WebAuthnError({
        message: "m",
        code: "ERROR_PASSTHROUGH_SEE_CAUSE_PROPERTY",
        cause: dom("NotAllowedError"),
      }),
      "WebAuthnCancelled",
      "retry",
    ],
    [
      "SimpleWebAuthn aborted ceremony",
      new WebAuthnError({ message: "m", code: "ERROR_CEREMONY_ABORTED", cause: dom("AbortError") }),
      "WebAuthnCancelled",
      "retry",
    ],
    [
      "SimpleWebAuthn 'not supported'",
      new Error("WebAuthn is not supported in this browser"),
      "WebAuthnUnsupported",
      "restart",
    ],
    [
      "SimpleWebAuthn invalid RP ID",
      new WebAuthnError({ message: "m", code: "ERROR_INVALID_RP_ID", cause: dom("SecurityError") }),
      "WebAuthnFailed",
      "retry",
    ],
    ["InvalidStateError (already registered)", dom("InvalidStateError"), "WebAuthnFailed", "retry"],
    ["a thrown string", "nope", "WebAuthnFailed", "retry"],
  ])("%s", (_, error, code, recovery) => {
    const mapped = toWebAuthnError(error);
    expect(mapped).toMatchObject({ code, recovery });
    expect(mapped.cause).toBe(error);
    expect(mapped.message).not.toContain("browser message");
  });

  it("keeps a ChallengeError as it is", () => {
    const error = new ChallengeError("WebAuthnUnsupported", "x", { recovery: "restart" });
    expect(toWebAuthnError(error)).toBe(error);
  });
});
