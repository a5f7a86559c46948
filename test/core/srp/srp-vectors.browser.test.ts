import { describe, expect, it } from "vitest";
import { defineSrpVectorTests } from "./srp-vectors.cases";

describe("SRP vectors (Chromium WebCrypto)", () => {
  it("runs in a real browser, not Node", () => {
    expect(typeof window).toBe("object");
    expect(navigator.userAgent).toMatch(/Chrome\//);
    expect(typeof globalThis.process?.versions?.node).toBe("undefined");
  });

  defineSrpVectorTests();
});
