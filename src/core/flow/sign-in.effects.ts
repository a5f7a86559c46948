import { ChallengeError, ProtocolError } from "../errors/challenge-error";
import { numericCode } from "../protocol/answer-checks";
import { buildAuthParameters, buildInitiateAuthRequest } from "../protocol/build-requests";
import { text } from "../protocol/parse-parameters";
import { buildTotpUri } from "../protocol/totp-uri";
import type { AuthResponse } from "../protocol/wire.types";
import { createSrpEphemeral } from "../srp/srp-client";
import { toWebAuthnError } from "../webauthn/to-webauthn-error";
import type { FlowDeps } from "./sign-in.deps";
import { confirmDevice, findDevice, updateDeviceStatus } from "./sign-in.device";
import { expiredSessionError } from "./sign-in.errors";
import { exchange, failure, respondWith } from "./sign-in.exchange";
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
        const srpA = ephemeral.srpA;
        const step: ResponseStep =
          task.name === "PASSWORD_SRP"
            ? { name: task.name, input: { srpA } }
            : { name: task.name, input: { challenge: "PASSWORD_SRP", srpA } };
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
  if (deps.now() >= (task.expiresAt ?? Number.POSITIVE_INFINITY)) throw expiredSessionError();
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
        password: srp ? undefined : task.password?.value,
        srpA: ephemeral?.srpA,
        preferredChallenge: preferred,
        srpFirst: flow === "CUSTOM_AUTH" && deps.customAuthWithSrp,
        // buildAuthParameters puts it only where Amplify does (USER_PASSWORD_AUTH, CUSTOM_AUTH).
        deviceKey,
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
      firstFactor: preferred,
      device,
      secret: task.password,
      ephemeral,
    },
    signal,
  );
}

function respondStart(task: SessionTask, deps: FlowDeps, signal: AbortSignal, step: ResponseStep) {
  return {
    generation: task.generation,
    names: task.names,
    send: (deviceKey: string | undefined) =>
      respondWith(deps, task.names, step, task.session, task.expiresAt, deviceKey, signal),
    deviceKey: task.deviceKey,
    // SELECT_CHALLENGE's ANSWER is the first factor the answer asks for.
    firstFactor: step.name === "SELECT_CHALLENGE" ? step.input.challenge : undefined,
  };
}

/**
 * A browser passkey prompt; whatever it throws becomes the WebAuthn `ChallengeError` (a cancelled
 * prompt: `WebAuthnCancelled`, retry). It fails before anything is sent, so the challenge and its
 * Session stay usable.
 */
async function prompt<T>(start: () => Promise<T>): Promise<T> {
  try {
    return await start();
  } catch (error) {
    throw toWebAuthnError(error);
  }
}

/** WEB_AUTHN (§7): the browser prompt (or the credential a custom screen passed), then CREDENTIAL. */
async function webauthn(
  task: Task<"webauthn">,
  deps: FlowDeps,
  signal: AbortSignal,
): Promise<SignInEffectEvent> {
  const credential =
    task.credential ??
    (await prompt(() => deps.webauthn.startAuthentication({ optionsJSON: task.requestOptions })));
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
  const secretCode = text(answer?.SecretCode);
  const session = text(answer?.Session);
  if (!secretCode || !session) throw missing("AssociateSoftwareToken SecretCode or Session");
  // The account is the name the person typed: the one they know themselves by (§6.3).
  const issuer = deps.totpIssuer;
  const accountName = task.names.typed;
  const uri = buildTotpUri({ secretCode, issuer, accountName });
  return {
    type: "TOTP_ASSOCIATED",
    generation: task.generation,
    totp: { secretCode, uri, issuer, accountName },
    session,
    expiresAt: deps.now() + deps.sessionValidityMs,
  };
}

/**
 * §6.1 step 3: VerifySoftwareToken with the Associate Session. A wrong code throws
 * (EnableSoftwareTokenMFAException, CodeMismatchException) or, in some client code's experience,
 * answers `Status: "ERROR"` (§13.11): both are a wrong code with recovery `retry`, and the newest
 * Session is the one to answer with next time (§1).
 */
async function verifyTotp(
  task: Task<"verifyTotp">,
  deps: FlowDeps,
  signal: AbortSignal,
): Promise<SignInEffectEvent> {
  assertFresh(task, deps);
  const { friendlyDeviceName: FriendlyDeviceName, generation } = task;
  const answer = await deps.transport.verifySoftwareToken(
    {
      Session: task.session,
      // Checked by the reducer already; normalised again for callers of runTask.
      UserCode: numericCode(task.code),
      ...(FriendlyDeviceName ? { FriendlyDeviceName } : {}),
    },
    { signal },
  );
  const session = text(answer?.Session);
  const fresh = session ? { session, expiresAt: deps.now() + deps.sessionValidityMs } : undefined;
  if (answer?.Status === "ERROR") {
    const error = new ChallengeError("EnableSoftwareTokenMFAException", "Status ERROR", {
      reason: "StatusError",
    });
    return { type: "FAILED", generation, error, ...fresh };
  }
  if (!fresh) throw missing("VerifySoftwareToken Session", "MissingSession");
  return { type: "TOTP_VERIFIED", generation, ...fresh };
}

/** §7 registration: StartWebAuthnRegistration, the browser prompt, CompleteWebAuthnRegistration. */
async function registerPasskey(
  task: Task<"registerPasskey">,
  deps: FlowDeps,
  signal: AbortSignal,
): Promise<SignInEffectEvent> {
  const AccessToken = task.accessToken;
  const started = await deps.transport.startWebAuthnRegistration({ AccessToken }, { signal });
  const optionsJSON = started?.CredentialCreationOptions;
  if (typeof optionsJSON !== "object" || !optionsJSON) {
    throw missing("StartWebAuthnRegistration CredentialCreationOptions");
  }
  const Credential = await prompt(() => deps.webauthn.startRegistration({ optionsJSON }));
  // `Credential` goes as an object, not a string (§7 registration step 3).
  await deps.transport.completeWebAuthnRegistration({ AccessToken, Credential }, { signal });
  return { type: "PASSKEY_REGISTERED", generation: task.generation };
}

/** An operation's answer lacks what the next step needs. */
function missing(field: string, reason = "MissingParameter"): ProtocolError {
  return new ProtocolError(reason, `${reason}: ${field}`);
}
