// Runs in real Chromium (the `browser` project): the emulator, SRP, TOTP and a passkey signed by
// the software authenticator, all inside a page — what Storybook does.
import { describe, expect, it } from "vitest";
import { computePasswordClaim, createSrpEphemeral } from "../../src/core/srp";
import {
  createDemoEmulator,
  createEmulatorTransport,
  createSoftwareAuthenticator,
  DEMO_CLIENT_ID,
  DEMO_PASSKEY,
  DEMO_PASSWORD,
  DEMO_POOL_ID,
  DEMO_TOTP_SECRET,
  totpCode,
} from "../../src/testing";

describe("the emulator in a browser page", () => {
  it("is really in a browser", () => {
    expect(typeof window).toBe("object");
    expect(navigator.userAgent).toMatch(/Chrome/);
    expect(typeof window.document.createElement).toBe("function");
  });

  it("signs in with USER_SRP_AUTH and a TOTP code", async () => {
    const { emulator } = await createDemoEmulator();
    const transport = createEmulatorTransport(emulator);
    const ephemeral = await createSrpEphemeral();
    const verifier = await transport.initiateAuth({
      AuthFlow: "USER_SRP_AUTH",
      ClientId: DEMO_CLIENT_ID,
      AuthParameters: { USERNAME: "totp@example.com", SRP_A: ephemeral.srpA },
    });
    const p = verifier.ChallengeParameters ?? {};
    expect(verifier.ChallengeName).toBe("PASSWORD_VERIFIER");
    // As on AWS: no Session; the SRP state rides on SECRET_BLOCK.
    expect(verifier.Session).toBeUndefined();
    const claim = await computePasswordClaim({
      ephemeral,
      userPoolId: DEMO_POOL_ID,
      userIdForSrp: p.USER_ID_FOR_SRP ?? "",
      password: DEMO_PASSWORD,
      salt: p.SALT ?? "",
      srpB: p.SRP_B ?? "",
      secretBlock: p.SECRET_BLOCK ?? "",
      now: new Date(emulator.clock.now()),
    });
    const mfa = await transport.respondToAuthChallenge({
      ClientId: DEMO_CLIENT_ID,
      ChallengeName: "PASSWORD_VERIFIER",
      ChallengeResponses: {
        USERNAME: p.USER_ID_FOR_SRP ?? "",
        PASSWORD_CLAIM_SECRET_BLOCK: claim.secretBlock,
        PASSWORD_CLAIM_SIGNATURE: claim.signature,
        TIMESTAMP: claim.timestamp,
      },
    });
    expect(mfa.ChallengeName).toBe("SOFTWARE_TOKEN_MFA");
    const wrong = await transport
      .respondToAuthChallenge({
        ClientId: DEMO_CLIENT_ID,
        ChallengeName: "SOFTWARE_TOKEN_MFA",
        Session: mfa.Session ?? "",
        ChallengeResponses: {
          USERNAME: p.USER_ID_FOR_SRP ?? "",
          SOFTWARE_TOKEN_MFA_CODE: "000000",
        },
      })
      .catch((error: { code: string }) => error);
    expect(wrong).toMatchObject({ code: "CodeMismatchException", recovery: "retry" });
    const tokens = await transport.respondToAuthChallenge({
      ClientId: DEMO_CLIENT_ID,
      ChallengeName: "SOFTWARE_TOKEN_MFA",
      Session: mfa.Session ?? "",
      ChallengeResponses: {
        USERNAME: p.USER_ID_FOR_SRP ?? "",
        SOFTWARE_TOKEN_MFA_CODE: totpCode(DEMO_TOTP_SECRET, emulator.clock.now()),
      },
    });
    expect(tokens.AuthenticationResult?.AccessToken?.split(".")).toHaveLength(3);
  });

  it("signs in with the demo passkey through the software authenticator (page origin)", async () => {
    const { emulator } = await createDemoEmulator();
    const transport = createEmulatorTransport(emulator);
    const challenge = await transport.initiateAuth({
      AuthFlow: "USER_AUTH",
      ClientId: DEMO_CLIENT_ID,
      AuthParameters: { USERNAME: "passkey@example.com", PREFERRED_CHALLENGE: "WEB_AUTHN" },
    });
    expect(challenge.ChallengeName).toBe("WEB_AUTHN");
    const authenticator = createSoftwareAuthenticator({ credentials: [DEMO_PASSKEY] });
    const credential = await authenticator.startAuthentication({
      optionsJSON: JSON.parse(challenge.ChallengeParameters?.CREDENTIAL_REQUEST_OPTIONS ?? ""),
    });
    expect(
      JSON.parse(atob(credential.response.clientDataJSON.replace(/-/g, "+").replace(/_/g, "/")))
        .origin,
    ).toBe(window.location.origin);
    const tokens = await transport.respondToAuthChallenge({
      ClientId: DEMO_CLIENT_ID,
      ChallengeName: "WEB_AUTHN",
      Session: challenge.Session ?? "",
      ChallengeResponses: {
        USERNAME: "passkey@example.com",
        CREDENTIAL: JSON.stringify(credential),
      },
    });
    expect(tokens.AuthenticationResult?.IdToken).toBeTruthy();
  });
});
