import { ChallengeError, ProtocolError } from "../errors/challenge-error";
import { ERROR_TABLE } from "../errors/error-table";
import {
  buildAuthParameters,
  buildInitiateAuthRequest,
  buildRespondToAuthChallengeRequest,
} from "../protocol/build-requests";
import { buildChallengeResponses } from "../protocol/build-responses";
import { normalizeCode } from "../protocol/normalize-code";
import { buildTotpUri } from "../protocol/totp-uri";
import type { AuthResponse } from "../protocol/wire.types";
import { createSrpEphemeral } from "../srp/srp-client";
import { toWebAuthnError } from "../webauthn/to-webauthn-error";
import type { FlowDeps } from "./sign-in.deps";
import { confirmDevice, findDevice, updateDeviceStatus } from "./sign-in.device";
import { expiredSessionError, invalidAnswerError } from "./sign-in.errors";
import { exchange, failure } from "./sign-in.exchange";
import type { ResponseStep, SignInEffectEvent, SignInTask } from "./sign-in.state";

/**
 * The effects: every piece of I/O the flow does (Cognito calls, SRP, WebAuthn, the device store,
 * the clock). Each task the reducer asks for runs here and ends in exactly one event; nothing here
 * touches the state. Never rejects.
 */
export async function runTask(
  task: SignInTask,
  deps: FlowDeps,
  signal: AbortSignal,
): Promise<SignInEffectEvent> {
  try {
    switch (task.kind) {
      case "initiate":
        return await initiate(task, deps, signal);
      case "respond":
        return await exchange(deps, respondStart(task, deps, signal, task.step), signal);
      case "respondSrp": {
        const ephemeral = await createSrpEphemeral();
        const step: ResponseStep =
          task.name === "PASSWORD_SRP"
            ? { name: "PASSWORD_SRP", input: { srpA: ephemeral.srpA } }
            : {
                name: "SELECT_CHALLENGE",
                input: { challenge: "PASSWORD_SRP", srpA: ephemeral.srpA },
              };
        return await exchange(
          deps,
          { ...respondStart(task, deps, signal, step), secret: task.password, ephemeral },
          signal,
        );
      }
      case "webauthn":
        return await webauthn(task, deps, signal);
      case "associateTotp":
        return await associateTotp(task, deps, signal);
      case "verifyTotp":
        return await verifyTotp(task, deps, signal);
      case "confirmDevice":
        return await confirmDevice(deps, task, signal);
      case "updateDeviceStatus":
        return await updateDeviceStatus(deps, task, signal);
      case "registerPasskey":
        return await registerPasskey(task, deps, signal);
    }
  } catch (error) {
    return failure(task.generation, error);
  }
}

type Task<K extends SignInTask["kind"]> = Extract<SignInTask, { kind: K }>;
type SessionTask = Task<"respond" | "respondSrp" | "webauthn" | "associateTotp" | "verifyTotp">;

/** §9: refuse to send a Session past its expiry (the person may have been slow, or a prompt was). */
function assertFresh(task: SessionTask, deps: FlowDeps): void {
  if (task.expiresAt !== undefined && deps.now() >= task.expiresAt) throw expiredSessionError();
}

function newExpiry(deps: FlowDeps): number {
  return deps.now() + deps.sessionValidityMs;
}

async function initiate(
  task: Task<"initiate">,
  deps: FlowDeps,
  signal: AbortSignal,
): Promise<SignInEffectEvent> {
  const flow = deps.authFlow;
  const preferred = task.preferredChallenge;
  const srp =
    flow === "USER_SRP_AUTH" ||
    (flow === "CUSTOM_AUTH" && deps.customAuthWithSrp) ||
    (flow === "USER_AUTH" && preferred === "PASSWORD_SRP");
  const ephemeral = srp ? await createSrpEphemeral() : undefined;
  // Only the typed name is known yet; the internal one is looked up at PASSWORD_VERIFIER.
  const device = await findDevice(deps, task.names);
  const send = async (deviceKey: string | undefined): Promise<AuthResponse> => {
    const authParameters = await buildAuthParameters(
      {
        authFlow: flow,
        username: task.names.typed,
        // Read from the box at send time: it is emptied once this request is answered.
        ...(!srp && task.password?.value !== undefined ? { password: task.password.value } : {}),
        ...(ephemeral ? { srpA: ephemeral.srpA } : {}),
        ...(preferred ? { preferredChallenge: preferred } : {}),
        ...(flow === "CUSTOM_AUTH" && deps.customAuthWithSrp ? { srpFirst: true } : {}),
        // buildAuthParameters puts it only where Amplify does (USER_PASSWORD_AUTH, CUSTOM_AUTH).
        ...(deviceKey ? { deviceKey } : {}),
      },
      deps.secretHash,
    );
    const request = buildInitiateAuthRequest({
      clientId: deps.clientId,
      authFlow: flow,
      authParameters,
      ...deps.extras(task.names.typed),
    });
    return deps.transport.initiateAuth(request, { signal });
  };
  return exchange(
    deps,
    {
      generation: task.generation,
      names: task.names,
      send,
      deviceKey: device?.deviceKey,
      ...(device ? { device } : {}),
      ...(task.password ? { secret: task.password } : {}),
      ...(ephemeral ? { ephemeral } : {}),
    },
    signal,
  );
}

function respondStart(task: SessionTask, deps: FlowDeps, signal: AbortSignal, step: ResponseStep) {
  const send = async (deviceKey: string | undefined): Promise<AuthResponse> => {
    assertFresh(task, deps);
    const responses = await buildChallengeResponses(step.name, step.input as never, {
      username: task.names.active,
      ...(deps.secretHash ? { secretHash: deps.secretHash } : {}),
      ...(deviceKey ? { deviceKey } : {}),
    });
    const request = buildRespondToAuthChallengeRequest({
      clientId: deps.clientId,
      challengeName: step.name,
      session: task.session,
      challengeResponses: responses,
      ...deps.extras(task.names.typed),
    });
    return deps.transport.respondToAuthChallenge(request, { signal });
  };
  return { generation: task.generation, names: task.names, send, deviceKey: task.deviceKey };
}

/**
 * WEB_AUTHN (§7): the browser prompt (or the credential a custom screen passed), then CREDENTIAL.
 * A cancelled prompt fails before anything is sent, so the challenge and its Session stay usable.
 */
async function webauthn(
  task: Task<"webauthn">,
  deps: FlowDeps,
  signal: AbortSignal,
): Promise<SignInEffectEvent> {
  let credential = task.credential;
  if (!credential) {
    try {
      credential = await deps.webauthn.startAuthentication({ optionsJSON: task.requestOptions });
    } catch (error) {
      return failure(task.generation, toWebAuthnError(error));
    }
  }
  const step: ResponseStep = { name: "WEB_AUTHN", input: { credential } };
  return exchange(deps, respondStart(task, deps, signal, step), signal);
}

/** §6.1 step 1: AssociateSoftwareToken with the MFA_SETUP Session; the otpauth URI for the QR code. */
async function associateTotp(
  task: Task<"associateTotp">,
  deps: FlowDeps,
  signal: AbortSignal,
): Promise<SignInEffectEvent> {
  assertFresh(task, deps);
  const answer = await deps.transport.associateSoftwareToken({ Session: task.session }, { signal });
  const secretCode = answer?.SecretCode;
  const session = answer?.Session;
  if (
    typeof secretCode !== "string" ||
    secretCode === "" ||
    typeof session !== "string" ||
    session === ""
  ) {
    throw new ProtocolError(
      "MissingParameter",
      "AssociateSoftwareToken returned no SecretCode or Session.",
    );
  }
  // The account is the name the person typed: the one they know themselves by (§6.3).
  const issuer = deps.totpIssuer;
  const accountName = task.names.typed;
  return {
    type: "TOTP_ASSOCIATED",
    generation: task.generation,
    totp: {
      secretCode,
      uri: buildTotpUri({ secretCode, issuer, accountName }),
      issuer,
      accountName,
    },
    session,
    expiresAt: newExpiry(deps),
  };
}

/**
 * §6.1 step 3: VerifySoftwareToken with the Associate Session. A wrong code throws
 * (EnableSoftwareTokenMFAException, CodeMismatchException) or, in some client code's experience,
 * answers `Status: "ERROR"` (§13.11): both are a wrong code with recovery `retry`.
 */
async function verifyTotp(
  task: Task<"verifyTotp">,
  deps: FlowDeps,
  signal: AbortSignal,
): Promise<SignInEffectEvent> {
  const code = normalizeCode(task.code);
  if (!/^[0-9]+$/.test(code)) {
    return failure(
      task.generation,
      invalidAnswerError("NonNumericCode", "The code can only contain digits."),
    );
  }
  assertFresh(task, deps);
  const answer = await deps.transport.verifySoftwareToken(
    {
      Session: task.session,
      UserCode: code,
      ...(task.friendlyDeviceName ? { FriendlyDeviceName: task.friendlyDeviceName } : {}),
    },
    { signal },
  );
  const session =
    typeof answer?.Session === "string" && answer.Session !== "" ? answer.Session : undefined;
  if (answer?.Status === "ERROR") {
    const row = ERROR_TABLE.EnableSoftwareTokenMFAException;
    return {
      type: "FAILED",
      generation: task.generation,
      error: new ChallengeError("EnableSoftwareTokenMFAException", row.message, {
        recovery: row.recovery,
        reason: "StatusError",
      }),
      // The newest Session is the one to answer with next time (§1).
      ...(session ? { session, expiresAt: newExpiry(deps) } : {}),
    };
  }
  if (!session)
    throw new ProtocolError("MissingSession", "VerifySoftwareToken returned no Session.");
  return {
    type: "TOTP_VERIFIED",
    generation: task.generation,
    session,
    expiresAt: newExpiry(deps),
  };
}

/** §7 registration: StartWebAuthnRegistration, the browser prompt, CompleteWebAuthnRegistration. */
async function registerPasskey(
  task: Task<"registerPasskey">,
  deps: FlowDeps,
  signal: AbortSignal,
): Promise<SignInEffectEvent> {
  const started = await deps.transport.startWebAuthnRegistration(
    { AccessToken: task.accessToken },
    { signal },
  );
  const optionsJSON = started?.CredentialCreationOptions;
  if (typeof optionsJSON !== "object" || optionsJSON === null) {
    throw new ProtocolError(
      "MissingParameter",
      "StartWebAuthnRegistration returned no CredentialCreationOptions.",
    );
  }
  let credential: Awaited<ReturnType<FlowDeps["webauthn"]["startRegistration"]>>;
  try {
    credential = await deps.webauthn.startRegistration({ optionsJSON });
  } catch (error) {
    return failure(task.generation, toWebAuthnError(error));
  }
  // `Credential` goes as an object, not a string (§7 registration step 3).
  await deps.transport.completeWebAuthnRegistration(
    { AccessToken: task.accessToken, Credential: credential },
    { signal },
  );
  return { type: "PASSKEY_REGISTERED", generation: task.generation };
}
