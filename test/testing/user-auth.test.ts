// @vitest-environment node
import { describe, expect, it } from "vitest";
import { createSrpEphemeral } from "../../src/core/srp";
import { createSoftwareAuthenticator } from "../../src/testing";
import {
  CLIENT_ID,
  CODE,
  call,
  failure,
  makePasskey,
  PASSWORD,
  passwordClaim,
  respond,
  setup,
  type Wire,
} from "./helpers";

const KIM = "5c1c2a9e-0000-4e1a-9c3b-2d5e6f700001";
const factors = {
  SignInPolicy: {
    AllowedFirstAuthFactors: [
      "PASSWORD" as const,
      "EMAIL_OTP" as const,
      "SMS_OTP" as const,
      "WEB_AUTHN" as const,
    ],
  },
};
const webauthn = {
  MfaConfiguration: "OPTIONAL" as const,
  SmsMfaConfiguration: {},
  WebAuthnConfiguration: { RelyingPartyId: "localhost", UserVerification: "required" as const },
};

async function pool(extra: Record<string, unknown> = {}) {
  const passkey = await makePasskey(KIM);
  const emulator = await setup({
    Policies: factors,
    MfaConfig: webauthn,
    Users: [
      {
        Username: "kim",
        Sub: KIM,
        Password: PASSWORD,
        Attributes: {
          email: "kim@example.com",
          email_verified: "true",
          phone_number: "+15555550012",
          phone_number_verified: "true",
        },
        Passkeys: [passkey.seed],
      },
      {
        Username: "una",
        Password: PASSWORD,
        Attributes: { email: "una@example.com", phone_number: "+15555550013" },
      },
      {
        Username: "mo",
        Password: PASSWORD,
        Attributes: { phone_number: "+15555550014", phone_number_verified: "true" },
        MfaPreference: { SMSMfaSettings: { Enabled: true } },
      },
    ],
    ...extra,
  });
  return { emulator, passkey };
}

function userAuth(username: string, extra: Record<string, string> = {}) {
  return {
    AuthFlow: "USER_AUTH",
    ClientId: CLIENT_ID,
    AuthParameters: { USERNAME: username, ...extra },
  };
}

describe("USER_AUTH", () => {
  it("lists the first factors the pool, client and user allow in AvailableChallenges", async () => {
    const { emulator } = await pool();
    const kim = await call(emulator, "InitiateAuth", userAuth("kim"));
    expect(kim).toMatchObject({
      ChallengeName: "SELECT_CHALLENGE",
      ChallengeParameters: {},
      AvailableChallenges: ["PASSWORD", "PASSWORD_SRP", "WEB_AUTHN", "EMAIL_OTP", "SMS_OTP"],
    });
    // No passkey and nothing verified: passwords only.
    expect((await call(emulator, "InitiateAuth", userAuth("una"))).AvailableChallenges).toEqual([
      "PASSWORD",
      "PASSWORD_SRP",
    ]);
    const passwordOnly = await setup({
      Users: [
        {
          Username: "kim",
          Password: PASSWORD,
          Attributes: { email: "kim@example.com", email_verified: "true" },
        },
      ],
    });
    expect((await call(passwordOnly, "InitiateAuth", userAuth("kim"))).AvailableChallenges).toEqual(
      ["PASSWORD", "PASSWORD_SRP"],
    );
    const required = await setup({
      Policies: factors,
      MfaConfig: { ...webauthn, MfaConfiguration: "ON" },
      Users: [
        {
          Username: "kim",
          Password: PASSWORD,
          Attributes: { email: "kim@example.com", email_verified: "true" },
        },
      ],
    });
    expect((await call(required, "InitiateAuth", userAuth("kim"))).AvailableChallenges).toEqual([
      "PASSWORD",
      "PASSWORD_SRP",
    ]);
    const noUserAuth = await setup({
      Clients: [{ ClientId: "srponly", ClientName: "srp" }],
      Users: [{ Username: "kim", Password: PASSWORD }],
    });
    expect(
      await failure(noUserAuth, "InitiateAuth", { ...userAuth("kim"), ClientId: "srponly" }),
    ).toMatchObject({
      type: "InvalidParameterException",
      message: "USER_AUTH flow not enabled for this client",
    });
  });

  it("SELECT_CHALLENGE → EMAIL_OTP (passwordless, no MFA afterwards)", async () => {
    const { emulator } = await pool();
    const select = await call(emulator, "InitiateAuth", userAuth("kim"));
    const bad = {
      ClientId: CLIENT_ID,
      ChallengeName: "SELECT_CHALLENGE",
      Session: select.Session,
      ChallengeResponses: { USERNAME: "kim", ANSWER: "SOFTWARE_TOKEN" },
    };
    expect(await failure(emulator, "RespondToAuthChallenge", bad)).toMatchObject({
      type: "InvalidParameterException",
    });
    const otp = await respond(emulator, select, "SELECT_CHALLENGE", {
      USERNAME: "kim",
      ANSWER: "EMAIL_OTP",
    });
    expect(otp).toMatchObject({
      ChallengeName: "EMAIL_OTP",
      ChallengeParameters: {
        CODE_DELIVERY_DELIVERY_MEDIUM: "EMAIL",
        CODE_DELIVERY_DESTINATION: "k***@e***",
      },
    });
    expect(emulator.outbox.last()).toMatchObject({
      purpose: "SIGN_IN",
      destination: "kim@example.com",
    });
    expect(
      (await respond(emulator, otp, "EMAIL_OTP", { USERNAME: "kim", EMAIL_OTP_CODE: CODE }))
        .AuthenticationResult,
    ).toBeDefined();
  });

  it("PREFERRED_CHALLENGE goes straight to SMS_OTP, PASSWORD or PASSWORD_SRP", async () => {
    const { emulator } = await pool();
    const sms = await call(
      emulator,
      "InitiateAuth",
      userAuth("kim", { PREFERRED_CHALLENGE: "SMS_OTP" }),
    );
    expect(sms).toMatchObject({
      ChallengeName: "SMS_OTP",
      ChallengeParameters: { CODE_DELIVERY_DESTINATION: "+*******0012" },
    });
    expect(
      (await respond(emulator, sms, "SMS_OTP", { USERNAME: "kim", SMS_OTP_CODE: CODE }))
        .AuthenticationResult,
    ).toBeDefined();

    expect(
      (
        await call(
          emulator,
          "InitiateAuth",
          userAuth("kim", { PREFERRED_CHALLENGE: "PASSWORD", PASSWORD }),
        )
      ).AuthenticationResult,
    ).toBeDefined();
    expect(
      await failure(
        emulator,
        "InitiateAuth",
        userAuth("kim", { PREFERRED_CHALLENGE: "PASSWORD", PASSWORD: "Wrong-Pass-1!" }),
      ),
    ).toMatchObject({ type: "NotAuthorizedException", message: "Incorrect username or password." });
    // Password first factor still gets MFA.
    expect(
      (
        await call(
          emulator,
          "InitiateAuth",
          userAuth("mo", { PREFERRED_CHALLENGE: "PASSWORD", PASSWORD }),
        )
      ).ChallengeName,
    ).toBe("SMS_MFA");

    const ephemeral = await createSrpEphemeral();
    const verifier = await call(
      emulator,
      "InitiateAuth",
      userAuth("kim", { PREFERRED_CHALLENGE: "PASSWORD_SRP", SRP_A: ephemeral.srpA }),
    );
    expect(verifier.ChallengeName).toBe("PASSWORD_VERIFIER");
    const claim = await passwordClaim(emulator, { ephemeral, challenge: verifier }, PASSWORD);
    expect(
      (await respond(emulator, verifier, "PASSWORD_VERIFIER", claim)).AuthenticationResult,
    ).toBeDefined();
  });

  it("an unavailable PREFERRED_CHALLENGE falls back to SELECT_CHALLENGE", async () => {
    const { emulator } = await pool();
    const result = await call(
      emulator,
      "InitiateAuth",
      userAuth("una", { PREFERRED_CHALLENGE: "EMAIL_OTP" }),
    );
    expect(result).toMatchObject({
      ChallengeName: "SELECT_CHALLENGE",
      AvailableChallenges: ["PASSWORD", "PASSWORD_SRP"],
    });
  });

  it("accepts ChallengeName PASSWORD / PASSWORD_SRP as the choice", async () => {
    const { emulator } = await pool();
    const select = await call(emulator, "InitiateAuth", userAuth("kim"));
    expect(
      (await respond(emulator, select, "PASSWORD", { USERNAME: "kim", PASSWORD }))
        .AuthenticationResult,
    ).toBeDefined();
    const again = await call(emulator, "InitiateAuth", userAuth("kim"));
    const ephemeral = await createSrpEphemeral();
    expect(
      (await respond(emulator, again, "PASSWORD_SRP", { USERNAME: "kim", SRP_A: ephemeral.srpA }))
        .ChallengeName,
    ).toBe("PASSWORD_VERIFIER");
  });
});

/** The same base64url string with one character in the middle changed. */
function flip(text: string): string {
  const i = Math.floor(text.length / 2);
  return text.slice(0, i) + (text[i] === "A" ? "B" : "A") + text.slice(i + 1);
}

describe("WEB_AUTHN", () => {
  async function webAuthnChallenge(emulator: Parameters<typeof call>[0]): Promise<Wire> {
    return call(emulator, "InitiateAuth", userAuth("kim", { PREFERRED_CHALLENGE: "WEB_AUTHN" }));
  }

  it("sends CREDENTIAL_REQUEST_OPTIONS as a JSON string and accepts the passkey's assertion", async () => {
    const { emulator, passkey } = await pool();
    const challenge = await webAuthnChallenge(emulator);
    expect(challenge.ChallengeName).toBe("WEB_AUTHN");
    const options = JSON.parse(challenge.ChallengeParameters?.CREDENTIAL_REQUEST_OPTIONS ?? "");
    expect(options).toMatchObject({
      rpId: "localhost",
      userVerification: "required",
      timeout: 180000,
      allowCredentials: [{ id: passkey.seed.CredentialId, type: "public-key" }],
    });
    expect(options.challenge).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    const authenticator = createSoftwareAuthenticator({
      origin: "http://localhost:6006",
      credentials: [passkey.credential],
    });
    const credential = await authenticator.startAuthentication({ optionsJSON: options });
    const tokens = await respond(emulator, challenge, "WEB_AUTHN", {
      USERNAME: "kim",
      CREDENTIAL: JSON.stringify(credential),
    });
    expect(tokens.AuthenticationResult?.AccessToken).toBeTruthy();
    // The signature counter moved on: replaying the same assertion in a new sign-in fails.
    const replay = await webAuthnChallenge(emulator);
    expect(
      await failure(emulator, "RespondToAuthChallenge", {
        ClientId: CLIENT_ID,
        ChallengeName: "WEB_AUTHN",
        Session: replay.Session,
        ChallengeResponses: { USERNAME: "kim", CREDENTIAL: JSON.stringify(credential) },
      }),
    ).toMatchObject({ type: "NotAuthorizedException", message: "Incorrect username or password." });
  });

  it("refuses a tampered assertion, a foreign origin and a missing user verification", async () => {
    const { emulator, passkey } = await pool();
    const cases: [
      string,
      (c: Record<string, unknown>) => Record<string, unknown>,
      { origin?: string; userVerification?: boolean },
    ][] = [
      [
        "tampered signature",
        (c) => ({
          ...c,
          response: {
            ...(c.response as object),
            signature: flip((c.response as { signature: string }).signature),
          },
        }),
        {},
      ],
      [
        "tampered authenticator data",
        (c) => ({
          ...c,
          response: {
            ...(c.response as object),
            authenticatorData: flip(
              (c.response as { authenticatorData: string }).authenticatorData,
            ),
          },
        }),
        {},
      ],
      ["other origin", (c) => c, { origin: "https://evil.example" }],
      ["no user verification", (c) => c, { userVerification: false }],
    ];
    for (const [label, change, options] of cases) {
      const challenge = await webAuthnChallenge(emulator);
      const requestOptions = JSON.parse(
        challenge.ChallengeParameters?.CREDENTIAL_REQUEST_OPTIONS ?? "",
      );
      if (options.userVerification === false) requestOptions.userVerification = "preferred";
      const authenticator = createSoftwareAuthenticator({
        origin: options.origin ?? "http://localhost:6006",
        credentials: [
          { ...passkey.credential, rpId: options.origin ? "evil.example" : "localhost" },
        ],
        ...(options.userVerification === false ? { userVerification: false } : {}),
      });
      if (options.origin) requestOptions.rpId = "evil.example";
      const credential = change(
        (await authenticator.startAuthentication({
          optionsJSON: requestOptions,
        })) as unknown as Record<string, unknown>,
      );
      const input = {
        ClientId: CLIENT_ID,
        ChallengeName: "WEB_AUTHN",
        Session: challenge.Session,
        ChallengeResponses: { USERNAME: "kim", CREDENTIAL: JSON.stringify(credential) },
      };
      expect(await failure(emulator, "RespondToAuthChallenge", input), label).toMatchObject({
        type: "NotAuthorizedException",
        message: "Incorrect username or password.",
      });
      expect(await failure(emulator, "RespondToAuthChallenge", input), label).toMatchObject({
        message: "Invalid session for the user.",
      });
    }
  });

  it("SELECT_CHALLENGE with ANSWER WEB_AUTHN issues the WEB_AUTHN challenge (two steps, as Amplify does)", async () => {
    const { emulator, passkey } = await pool();
    const select = await call(emulator, "InitiateAuth", userAuth("kim"));
    const challenge = await respond(emulator, select, "SELECT_CHALLENGE", {
      USERNAME: "kim",
      ANSWER: "WEB_AUTHN",
    });
    expect(challenge.ChallengeName).toBe("WEB_AUTHN");
    const authenticator = createSoftwareAuthenticator({
      origin: "http://127.0.0.1:4000",
      credentials: [passkey.credential],
    });
    const credential = await authenticator
      .startAuthentication({
        optionsJSON: JSON.parse(challenge.ChallengeParameters?.CREDENTIAL_REQUEST_OPTIONS ?? ""),
      })
      .catch((e: Error) => e);
    // 127.0.0.1 is not a suffix of the RP id "localhost": the authenticator refuses like a browser.
    expect(credential).toMatchObject({ name: "SecurityError" });
    const local = createSoftwareAuthenticator({
      origin: "http://localhost:4000",
      credentials: [passkey.credential],
    });
    const ok = await local.startAuthentication({
      optionsJSON: JSON.parse(challenge.ChallengeParameters?.CREDENTIAL_REQUEST_OPTIONS ?? ""),
    });
    expect(
      (
        await respond(emulator, challenge, "WEB_AUTHN", {
          USERNAME: "kim",
          CREDENTIAL: JSON.stringify(ok),
        })
      ).AuthenticationResult,
    ).toBeDefined();
  });

  it("the software authenticator fails like a dismissed prompt on request", async () => {
    const { emulator, passkey } = await pool();
    const challenge = await webAuthnChallenge(emulator);
    const authenticator = createSoftwareAuthenticator({
      origin: "http://localhost",
      credentials: [passkey.credential],
    });
    authenticator.failNext();
    const optionsJSON = JSON.parse(challenge.ChallengeParameters?.CREDENTIAL_REQUEST_OPTIONS ?? "");
    await expect(authenticator.startAuthentication({ optionsJSON })).rejects.toMatchObject({
      name: "NotAllowedError",
    });
    // Nothing was sent, so the same challenge can still be answered.
    const credential = await authenticator.startAuthentication({ optionsJSON });
    expect(
      (
        await respond(emulator, challenge, "WEB_AUTHN", {
          USERNAME: "kim",
          CREDENTIAL: JSON.stringify(credential),
        })
      ).AuthenticationResult,
    ).toBeDefined();
  });
});
