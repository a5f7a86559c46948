// @vitest-environment node
import fc from "fast-check";
import { URI } from "otpauth";
import { describe, expect, it } from "vitest";
import { buildTotpUri } from "../../../src/core/index";

const secretCode = "JBSWY3DPEHPK3PXPLR5HFRWNZG7DK4AQ";

describe("buildTotpUri", () => {
  it("encodes the issuer and the account (protocol reference §6.3, §13.14)", () => {
    expect(
      buildTotpUri({ secretCode, issuer: "Acme & Co", accountName: "alice@example.com" }),
    ).toBe(
      `otpauth://totp/Acme%20%26%20Co:alice%40example.com?secret=${secretCode}&issuer=Acme%20%26%20Co`,
    );
  });

  it("encodes non-ASCII as UTF-8", () => {
    expect(buildTotpUri({ secretCode, issuer: "Café Ünïon", accountName: "山田@example.jp" })).toBe(
      `otpauth://totp/Caf%C3%A9%20%C3%9Cn%C3%AFon:%E5%B1%B1%E7%94%B0%40example.jp?secret=${secretCode}&issuer=Caf%C3%A9%20%C3%9Cn%C3%AFon`,
    );
  });

  it("keeps a colon in the issuer from splitting the label", () => {
    const uri = buildTotpUri({ secretCode, issuer: "Acme: Staging", accountName: "bob" });
    expect(uri).toContain("/Acme%3A%20Staging:bob?");
  });

  it("without an issuer, the label is the account alone", () => {
    expect(buildTotpUri({ secretCode, issuer: "", accountName: "bob" })).toBe(
      `otpauth://totp/bob?secret=${secretCode}`,
    );
  });

  it("drops spaces and = padding from the secret", () => {
    expect(
      buildTotpUri({ secretCode: "JBSW Y3DP EHPK 3PXP====", issuer: "A", accountName: "b" }),
    ).toBe("otpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP&issuer=A");
  });

  it("keeps emoji (surrogate pairs) intact", () => {
    expect(buildTotpUri({ secretCode, issuer: "Acme 🚀", accountName: "bob" })).toContain(
      "/Acme%20%F0%9F%9A%80:bob?",
    );
  });

  it("does not throw on lone surrogates", () => {
    expect(buildTotpUri({ secretCode, issuer: "bad\ud800", accountName: "x\udc00" })).toBe(
      `otpauth://totp/bad%EF%BF%BD:x%EF%BF%BD?secret=${secretCode}&issuer=bad%EF%BF%BD`,
    );
  });

  // The Key URI format forbids ":" in the issuer and the account; otpauth decodes the label before
  // splitting it there, so a colon cannot round-trip even when percent-encoded.
  it("reads back in an authenticator library as the same issuer, account and secret", () => {
    const name = (maxLength: number) =>
      fc
        .string({ unit: "grapheme", minLength: 1, maxLength })
        .filter((s) => s.trim() === s && s !== "" && !s.includes(":"));
    fc.assert(
      fc.property(name(20), name(30), (issuer, accountName) => {
        const totp = URI.parse(buildTotpUri({ secretCode, issuer, accountName }));
        expect(totp.issuer).toBe(issuer);
        expect(totp.label).toBe(accountName);
        expect(totp.secret.base32).toBe(secretCode);
      }),
      { numRuns: 500 },
    );
  });
});
