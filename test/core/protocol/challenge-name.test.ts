// @vitest-environment node
import { describe, expect, it } from "vitest";
import { CHALLENGE_NAMES, isChallengeName } from "../../../src/core/index";

describe("challenge names", () => {
  it("lists the sixteen names of the API, as on the wire", () => {
    expect(CHALLENGE_NAMES).toHaveLength(16);
    expect(new Set(CHALLENGE_NAMES).size).toBe(16);
  });

  it("recognises wire names and nothing else", () => {
    expect(isChallengeName("SMS_MFA")).toBe(true);
    expect(isChallengeName("EMAIL_MFA")).toBe(false);
    expect(isChallengeName("sms_mfa")).toBe(false);
  });
});
