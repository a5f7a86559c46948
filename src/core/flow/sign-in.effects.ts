import { buildAuthParameters, buildInitiateAuthRequest } from "../protocol/build-requests";
import type { AuthResponse } from "../protocol/wire.types";
import { createSrpEphemeral } from "../srp/srp-client";
import type { FlowDeps } from "./sign-in.deps";
import { findDevice } from "./sign-in.device";
import { onDemand } from "./sign-in.errors";
import { exchange, failure, respondWith } from "./sign-in.exchange";
import type { ResponseStep, SignInEffectEvent, SignInTask } from "./sign-in.state";

/**
 * The effects: every piece of I/O the flow does (Cognito calls, SRP, WebAuthn, the device store,
 * the clock). Each task the reducer asks for runs here and ends in exactly one event; nothing here
 * touches the state. Never rejects.
 *
 * The rarely used steps (passkeys, TOTP set-up, confirming and remembering a device) are loaded on
 * demand, when their task first runs; a failed download is a `NetworkError` (retry, `onDemand`).
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
      case "webauthn": {
        // WEB_AUTHN (§7): the browser prompt (or the credential a custom screen passed), then
        // CREDENTIAL. The prompt's code is loaded only when there is a prompt.
        const credential =
          task.credential ?? (await (await steps()).authenticate(deps, task.requestOptions));
        const step: ResponseStep = { name: "WEB_AUTHN", input: { credential } };
        return await exchange(deps, respondStart(task, deps, signal, step), signal);
      }
      case "associateTotp":
        return await (await steps()).associateTotp(task, deps, signal);
      case "verifyTotp":
        return await (await steps()).verifyTotp(task, deps, signal);
      case "confirmDevice":
        return await (await steps()).confirmDevice(deps, task, signal);
      case "updateDeviceStatus":
        return await (await steps()).updateDeviceStatus(deps, task, signal);
      case "registerPasskey":
        return await (await steps()).registerPasskey(task, deps, signal);
    }
  } catch (error) {
    return failure(task.generation, error);
  }
}

const steps = () => onDemand(() => import("./on-demand-steps"));

type Task<K extends SignInTask["kind"]> = Extract<SignInTask, { kind: K }>;
type SessionTask = Task<"respond" | "respondSrp" | "webauthn">;

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
