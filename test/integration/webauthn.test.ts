// @vitest-environment node
import { WebAuthnError } from "@simplewebauthn/browser";
import { describe, expect, it } from "vitest";
import type { WebAuthnClient } from "../../src/core/flow/sign-in.types";
import { isUnknownChallenge } from "../../src/core/protocol/challenge.types";
import { createSoftwareAuthenticator } from "../../src/testing/authenticator/software-authenticator";
import { ALL_FLOWS, flowOn, SUFFIX, startHarness, TRANSPORTS } from "./harness";

const PASSWORD = "Correct-Horse-9";

function passkeyPools(suffix: string) {
  return [
    {
      Id: `us-east-1_Keys${suffix}`,
      PoolName: "Keys",
      UserPoolTier: "ESSENTIALS" as const,
      Policies: { SignInPolicy: { AllowedFirstAuthFactors: ["PASSWORD", "WEB_AUTHN"] as const } },
      MfaConfig: {
        WebAuthnConfiguration: {
          RelyingPartyId: "localhost",
          UserVerification: "preferred" as const,
        },
      },
      Clients: [{ ClientId: `keys${suffix}`, ClientName: "web", ExplicitAuthFlows: ALL_FLOWS }],
      Users: [
        { Username: "pat", Password: PASSWORD },
        { Username: "quinn", Password: PASSWORD },
      ],
    },
  ];
}

const harness = startHarness(passkeyPools);

const notAllowed = () =>
  new DOMException("The operation either timed out or was not allowed.", "NotAllowedError");

describe.each(TRANSPORTS)("passkeys (%s)", (kind) => {
  const s = SUFFIX[kind];
  const authenticator = createSoftwareAuthenticator({ origin: "http://localhost" });
  const flowWith = (
    authFlow: "USER_SRP_AUTH" | "USER_AUTH",
    webauthn: WebAuthnClient = authenticator,
  ) =>
    flowOn(harness, kind, {
      userPoolId: `us-east-1_Keys${s}`,
      clientId: `keys${s}`,
      authFlow,
      webauthn,
    });

  it("registerPasskey() before sign-in does nothing", async () => {
    const { flow, calls } = flowWith("USER_SRP_AUTH");
    await flow.registerPasskey();
    expect(flow.getSnapshot()).toEqual({ status: "idle", isPending: false });
    expect(calls).toEqual([]);
  });

  it("registerPasskey() after a password sign-in: a cancelled prompt reports, then it registers", async () => {
    const { flow, calls } = flowWith("USER_SRP_AUTH");
    await flow.start({ username: "pat", password: PASSWORD });
    authenticator.failNext();
    await flow.registerPasskey();
    expect(flow.getSnapshot()).toMatchObject({
      status: "signedIn",
      error: { code: "WebAuthnCancelled", recovery: "retry" },
    });
    expect(flow.getSnapshot().passkeyRegistered).toBeUndefined();
    await flow.registerPasskey();
    expect(flow.getSnapshot()).toMatchObject({ status: "signedIn", passkeyRegistered: true });
    expect(flow.getSnapshot().error).toBeUndefined();
    expect(calls.slice(2)).toEqual([
      "StartWebAuthnRegistration",
      "StartWebAuthnRegistration",
      "CompleteWebAuthnRegistration",
    ]);
    expect(authenticator.credentials()).toHaveLength(1);
  });

  it("USER_AUTH with PREFERRED_CHALLENGE WEB_AUTHN: the prompt, then CREDENTIAL: 2 requests", async () => {
    const { flow, calls } = flowWith("USER_AUTH");
    await flow.start({ username: "pat", preferredChallenge: "WEB_AUTHN" });
    const challenge = flow.getSnapshot().challenge;
    expect(challenge).toMatchObject({
      name: "WEB_AUTHN",
      requestOptions: { rpId: "localhost", challenge: expect.any(String) },
    });
    await flow.respond({});
    expect(flow.getSnapshot().status).toBe("signedIn");
    expect(calls).toEqual(["InitiateAuth", "RespondToAuthChallenge"]);
  });

  it.each([
    ["a dismissed prompt (NotAllowedError)", notAllowed],
    [
      "SimpleWebAuthn's wrapped NotAllowedError",
      () =>
        new WebAuthnError({
          message: "The operation either timed out or was not allowed.",
          code: "ERROR_PASSTHROUGH_SEE_CAUSE_PROPERTY",
          cause: notAllowed(),
        }),
    ],
    [
      "SimpleWebAuthn's aborted ceremony",
      () =>
        new WebAuthnError({
          message: "Authentication ceremony was sent an abort signal",
          code: "ERROR_CEREMONY_ABORTED",
          cause: new DOMException("aborted", "AbortError"),
        }),
    ],
  ])(
    "%s is WebAuthnCancelled (retry): nothing sent, the challenge stays, a retry signs in",
    async (_, error) => {
      const { flow, calls } = flowWith("USER_AUTH");
      await flow.start({ username: "pat", preferredChallenge: "WEB_AUTHN" });
      const before = flow.getSnapshot();
      authenticator.failNext(error());
      await flow.respond({});
      expect(flow.getSnapshot()).toMatchObject({
        status: "challenge",
        error: { code: "WebAuthnCancelled", recovery: "retry" },
      });
      expect(flow.getSnapshot().challenge).toBe(before.challenge);
      expect(calls).toEqual(["InitiateAuth"]);
      await flow.respond({});
      expect(flow.getSnapshot().status).toBe("signedIn");
    },
  );

  it("another browser error is WebAuthnFailed (retry), with the browser's error as cause", async () => {
    const { flow } = flowWith("USER_AUTH");
    await flow.start({ username: "pat", preferredChallenge: "WEB_AUTHN" });
    const security = new DOMException("The RP ID is invalid for this domain", "SecurityError");
    authenticator.failNext(security);
    await flow.respond({});
    const error = flow.getSnapshot().error;
    expect(error).toMatchObject({
      code: "WebAuthnFailed",
      recovery: "retry",
      reason: "SecurityError",
    });
    expect(error?.cause).toBe(security);
  });

  it("a custom screen may run the ceremony itself and pass the credential", async () => {
    const { flow } = flowWith("USER_AUTH");
    await flow.start({ username: "pat" });
    await flow.respond({ challenge: "WEB_AUTHN" });
    const challenge = flow.getSnapshot().challenge;
    if (!challenge || isUnknownChallenge(challenge) || challenge.name !== "WEB_AUTHN")
      throw new Error("no WEB_AUTHN");
    const credential = await authenticator.startAuthentication({
      optionsJSON: challenge.requestOptions,
    });
    await flow.respond({ credential });
    expect(flow.getSnapshot().status).toBe("signedIn");
  });

  it("without WebAuthn (the default client in Node): WebAuthnUnsupported, back to the start", async () => {
    const { flow, calls } = flowOn(harness, kind, {
      userPoolId: `us-east-1_Keys${s}`,
      clientId: `keys${s}`,
      authFlow: "USER_AUTH",
    });
    await flow.start({ username: "pat", preferredChallenge: "WEB_AUTHN" });
    await flow.respond({});
    expect(flow.getSnapshot()).toMatchObject({
      status: "idle",
      username: "pat",
      error: { code: "WebAuthnUnsupported", recovery: "restart" },
    });
    expect(calls).toEqual(["InitiateAuth"]);
  });

  it.each([
    ["StartWebAuthnRegistration", "WebAuthnNotEnabledException", "restart"],
    ["StartWebAuthnRegistration", "LimitExceededException", "wait"],
    ["CompleteWebAuthnRegistration", "WebAuthnChallengeNotFoundException", "retry"],
    ["CompleteWebAuthnRegistration", "WebAuthnRelyingPartyMismatchException", "restart"],
  ] as const)(
    "registerPasskey(): %s %s stays signed in, with the error (%s)",
    async (operation, type, recovery) => {
      const { flow } = flowWith(
        "USER_SRP_AUTH",
        createSoftwareAuthenticator({ origin: "http://localhost" }),
      );
      await flow.start({ username: "quinn", password: PASSWORD });
      harness.emulator.faults.inject({ operation, kind: "exception", type });
      await flow.registerPasskey();
      expect(flow.getSnapshot()).toMatchObject({
        status: "signedIn",
        error: { code: type, recovery },
      });
      expect(flow.getSnapshot().passkeyRegistered).toBeUndefined();
      expect(flow.getSnapshot().tokens?.AccessToken).toEqual(expect.any(String));
    },
  );
});
