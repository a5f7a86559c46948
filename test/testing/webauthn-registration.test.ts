// @vitest-environment node
import { describe, expect, it } from "vitest";
import { createSoftwareAuthenticator, type Emulator } from "../../src/testing";
import {
  CLIENT_ID,
  call,
  failure,
  PASSWORD,
  passwordSignIn,
  SECRET_CLIENT_ID,
  secretHash,
  setup,
} from "./helpers";

const pool = {
  Policies: {
    SignInPolicy: { AllowedFirstAuthFactors: ["PASSWORD" as const, "WEB_AUTHN" as const] },
  },
  MfaConfig: {
    WebAuthnConfiguration: { RelyingPartyId: "localhost", UserVerification: "required" as const },
  },
  Users: [
    {
      Username: "reg",
      Sub: "0e600000-0000-4000-8000-000000000001",
      Password: PASSWORD,
      Attributes: { email: "reg@example.com" },
    },
  ],
};

async function accessToken(emulator: Emulator): Promise<string> {
  return (await passwordSignIn(emulator, "reg")).AuthenticationResult?.AccessToken ?? "";
}

describe("passkey registration", () => {
  it("Start → software authenticator → Complete, then sign in with the new passkey", async () => {
    const emulator = await setup(pool);
    const token = await accessToken(emulator);
    const started = await call(emulator, "StartWebAuthnRegistration", { AccessToken: token });
    const options = started.CredentialCreationOptions as Record<string, unknown>;
    expect(options).toMatchObject({
      rp: { id: "localhost" },
      user: { id: "MGU2MDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAx", name: "reg@example.com" },
      pubKeyCredParams: [
        { alg: -7, type: "public-key" },
        { alg: -257, type: "public-key" },
      ],
      authenticatorSelection: { residentKey: "required", userVerification: "required" },
      attestation: "none",
      excludeCredentials: [],
    });
    const authenticator = createSoftwareAuthenticator({ origin: "http://localhost:5173" });
    const credential = await authenticator.startRegistration({ optionsJSON: options });
    expect(
      await call(emulator, "CompleteWebAuthnRegistration", {
        AccessToken: token,
        Credential: credential,
      }),
    ).toEqual({});
    const listed = await call(emulator, "ListWebAuthnCredentials", { AccessToken: token });
    expect(listed.Credentials).toEqual([
      expect.objectContaining({
        CredentialId: credential.id,
        RelyingPartyId: "localhost",
        AuthenticatorAttachment: "platform",
        AuthenticatorTransports: ["internal"],
      }),
    ]);

    const challenge = await call(emulator, "InitiateAuth", {
      AuthFlow: "USER_AUTH",
      ClientId: CLIENT_ID,
      AuthParameters: { USERNAME: "reg", PREFERRED_CHALLENGE: "WEB_AUTHN" },
    });
    const assertion = await authenticator.startAuthentication({
      optionsJSON: JSON.parse(challenge.ChallengeParameters?.CREDENTIAL_REQUEST_OPTIONS ?? ""),
    });
    const tokens = await call(emulator, "RespondToAuthChallenge", {
      ClientId: CLIENT_ID,
      ChallengeName: "WEB_AUTHN",
      Session: challenge.Session,
      ChallengeResponses: { USERNAME: "reg", CREDENTIAL: JSON.stringify(assertion) },
    });
    expect(tokens.AuthenticationResult?.AccessToken).toBeTruthy();

    // A second registration excludes the first credential: the authenticator refuses like a browser.
    const again = await call(emulator, "StartWebAuthnRegistration", { AccessToken: token });
    await expect(
      authenticator.startRegistration({
        optionsJSON: again.CredentialCreationOptions as Record<string, unknown>,
      }),
    ).rejects.toMatchObject({ name: "InvalidStateError" });
    expect(
      await call(emulator, "DeleteWebAuthnCredential", {
        AccessToken: token,
        CredentialId: credential.id,
      }),
    ).toEqual({});
    expect(
      (await call(emulator, "ListWebAuthnCredentials", { AccessToken: token })).Credentials,
    ).toEqual([]);
  });

  it("refuses an expired challenge, another client's token, a foreign origin and a wrong RP", async () => {
    const emulator = await setup(pool);
    const token = await accessToken(emulator);
    const authenticator = createSoftwareAuthenticator({ origin: "http://localhost" });
    expect(
      await failure(emulator, "CompleteWebAuthnRegistration", {
        AccessToken: token,
        Credential: { id: "x" },
      }),
    ).toMatchObject({ type: "WebAuthnChallengeNotFoundException" });

    let options = (await call(emulator, "StartWebAuthnRegistration", { AccessToken: token }))
      .CredentialCreationOptions as Record<string, unknown>;
    emulator.clock.advance(181);
    const late = await authenticator.startRegistration({ optionsJSON: options });
    expect(
      await failure(emulator, "CompleteWebAuthnRegistration", {
        AccessToken: token,
        Credential: late,
      }),
    ).toMatchObject({ type: "WebAuthnChallengeNotFoundException" });

    options = (await call(emulator, "StartWebAuthnRegistration", { AccessToken: token }))
      .CredentialCreationOptions as Record<string, unknown>;
    const otherToken = (
      await call(emulator, "InitiateAuth", {
        AuthFlow: "USER_PASSWORD_AUTH",
        ClientId: SECRET_CLIENT_ID,
        AuthParameters: { USERNAME: "reg", PASSWORD, SECRET_HASH: await secretHash("reg") },
      })
    ).AuthenticationResult?.AccessToken;
    const credential = await authenticator.startRegistration({ optionsJSON: options });
    expect(
      await failure(emulator, "CompleteWebAuthnRegistration", {
        AccessToken: otherToken,
        Credential: credential,
      }),
    ).toMatchObject({ type: "WebAuthnClientMismatchException" });

    const evil = createSoftwareAuthenticator({ origin: "https://evil.example" });
    const foreign = await evil.startRegistration({
      optionsJSON: { ...options, rp: { id: "evil.example", name: "x" } },
    });
    expect(
      await failure(emulator, "CompleteWebAuthnRegistration", {
        AccessToken: token,
        Credential: foreign,
      }),
    ).toMatchObject({ type: "WebAuthnOriginNotAllowedException" });

    const sub = createSoftwareAuthenticator({ origin: "https://app.localhost" });
    const wrongRp = await sub.startRegistration({
      optionsJSON: { ...options, rp: { id: "app.localhost", name: "x" } },
    });
    expect(
      await failure(emulator, "CompleteWebAuthnRegistration", {
        AccessToken: token,
        Credential: wrongRp,
      }),
    ).toMatchObject({ type: "WebAuthnRelyingPartyMismatchException" });

    // The right one still completes.
    expect(
      await call(emulator, "CompleteWebAuthnRegistration", {
        AccessToken: token,
        Credential: credential,
      }),
    ).toEqual({});
  });

  it("needs WEB_AUTHN among the first factors and a relying party id", async () => {
    const off = await setup({ Users: pool.Users });
    expect(
      await failure(off, "StartWebAuthnRegistration", { AccessToken: await accessToken(off) }),
    ).toMatchObject({ type: "WebAuthnNotEnabledException" });
    const noRp = await setup({ Users: pool.Users, Policies: pool.Policies });
    expect(
      await failure(noRp, "StartWebAuthnRegistration", { AccessToken: await accessToken(noRp) }),
    ).toMatchObject({ type: "WebAuthnConfigurationMissingException" });
  });
});
