import { ProtocolError } from "../errors/challenge-error";
import { buildRespondToAuthChallengeRequest } from "../protocol/build-requests";
import { buildChallengeResponses } from "../protocol/build-responses";
import type { AnyChallenge } from "../protocol/challenge.types";
import { isUnknownChallenge } from "../protocol/challenge.types";
import type { PasswordClaim } from "../protocol/challenge-response.types";
import { parseAuthResponse } from "../protocol/parse-auth-response";
import type { AuthResponse } from "../protocol/wire.types";
import type { SrpEphemeral } from "../srp/srp-client";
import { computeDeviceClaim, computePasswordClaim, createSrpEphemeral } from "../srp/srp-client";
import type { FlowDeps } from "./sign-in.deps";
import { findDevice, forgetDevice, isStaleDevice, toSignInDevice } from "./sign-in.device";
import { expiredSessionError, toFlowError } from "./sign-in.errors";
import type { ResponseStep, SecretBox, SignInEffectEvent, SignInNames } from "./sign-in.state";
import type { StoredDevice } from "./sign-in.types";

/** What an exchange starts with: the person's request, and the secrets its SRP step will need. */
export interface ExchangeStart {
  readonly generation: number;
  readonly names: SignInNames;
  /** Sends the first request; called again without the key after "Device does not exist.". */
  readonly send: (deviceKey: string | undefined) => Promise<AuthResponse>;
  /** DEVICE_KEY for the first request and the answers after it. */
  readonly deviceKey: string | undefined;
  /** The stored device behind `deviceKey`, when the effect already read it. */
  readonly device?: StoredDevice;
  /**
   * The password: sent by the first request (USER_PASSWORD_AUTH, PASSWORD), or kept for the
   * PASSWORD_VERIFIER when `ephemeral` is given. Emptied as soon as neither needs it any more.
   */
  readonly secret?: SecretBox;
  readonly ephemeral?: SrpEphemeral;
}

/** Automatic steps in a row before the flow calls it a loop (SRP, then device SRP, is 3). */
const MAX_AUTOMATIC_STEPS = 6;

/**
 * One exchange with Cognito: the person's request, then every step no person sees answered at
 * once (PASSWORD_VERIFIER, DEVICE_SRP_AUTH, DEVICE_PASSWORD_VERIFIER; §3.1, §3.13, §12 item 1),
 * until Cognito returns tokens or a challenge for the person. Never rejects: failures become a
 * `FAILED` event, `automatic` when the failing request came after the person's succeeded.
 */
export async function exchange(
  deps: FlowDeps,
  start: ExchangeStart,
  signal: AbortSignal,
): Promise<SignInEffectEvent> {
  const secret = start.secret;
  const forget = () => {
    if (secret) secret.value = undefined;
  };
  let ephemeral = start.ephemeral;
  let device = start.device;
  let deviceKey = start.deviceKey ?? device?.deviceKey;
  let forgotten = false;
  let automatic = false;
  let names = start.names;

  // §5 step 6: a stale DEVICE_KEY is forgotten and the same request (same Session) sent once more
  // without it. Not for the device SRP steps, which cannot be answered without the device.
  const tolerant = async (send: (key: string | undefined) => Promise<AuthResponse>) => {
    try {
      return await send(deviceKey);
    } catch (error) {
      if (deviceKey === undefined || !isStaleDevice(error)) throw error;
      await forgetDevice(deps, names);
      deviceKey = undefined;
      device = undefined;
      forgotten = true;
      return send(undefined);
    }
  };

  const answer = async (
    step: ResponseStep,
    session: string,
    username: string,
    expiresAt: number,
    retryStale: boolean,
  ): Promise<AuthResponse> => {
    const send = async (key: string | undefined) => {
      // §9: nothing is sent with a Session past its expiry, even a few milliseconds past.
      if (deps.now() >= expiresAt) throw expiredSessionError();
      const responses = await buildChallengeResponses(step.name, step.input as never, {
        username,
        ...(deps.secretHash ? { secretHash: deps.secretHash } : {}),
        ...(key ? { deviceKey: key } : {}),
      });
      const request = buildRespondToAuthChallengeRequest({
        clientId: deps.clientId,
        challengeName: step.name,
        session,
        challengeResponses: responses,
        ...deps.extras(names.typed),
      });
      return deps.transport.respondToAuthChallenge(request, { signal });
    };
    return retryStale ? tolerant(send) : send(deviceKey);
  };

  const rememberedDevice = async (): Promise<StoredDevice> => {
    device ??= await findDevice(deps, names, deviceKey);
    if (!device) {
      throw new ProtocolError(
        "MissingDevice",
        "Cognito asked for the remembered device, and none is stored.",
      );
    }
    deviceKey = device.deviceKey;
    return device;
  };

  try {
    let response = await tolerant(start.send);
    // The request that carried the password was answered (stale-device retry included).
    if (!start.ephemeral) forget();
    for (let steps = 0; ; steps++) {
      const parsed = parseAuthResponse(response, { codeLength: deps.codeLength });
      if (!parsed.ok) throw parsed.error;
      const expiresAt = deps.now() + deps.sessionValidityMs;
      const value = parsed.value;
      const challenge =
        value.kind === "challenge" && !isUnknownChallenge(value.challenge)
          ? value.challenge
          : undefined;
      if (!challenge || !isAutomatic(challenge)) {
        return {
          type: "AUTH_RESULT",
          generation: start.generation,
          result:
            value.kind === "signedIn"
              ? {
                  kind: "signedIn",
                  tokens: value.tokens,
                  ...(value.newDevice ? { newDevice: value.newDevice } : {}),
                }
              : { kind: "challenge", challenge: value.challenge, session: value.session },
          expiresAt,
          ...(forgotten ? { device: null } : device ? { device: toSignInDevice(device) } : {}),
          ...(names.active === start.names.active ? {} : { username: names.active }),
        };
      }
      if (steps >= MAX_AUTOMATIC_STEPS) {
        throw new ProtocolError("TooManySteps", "Cognito kept asking for automatic steps.");
      }
      automatic = true;
      const session = value.kind === "challenge" ? value.session : "";
      const active = challenge.username ?? names.active;
      names = { typed: names.typed, active };
      switch (challenge.name) {
        case "PASSWORD_VERIFIER": {
          names = { typed: names.typed, active: challenge.userIdForSrp };
          // Amplify sends a remembered device's key with the PASSWORD_VERIFIER answer (§5 step 5).
          device ??= await findDevice(deps, names);
          deviceKey = device?.deviceKey ?? deviceKey;
          const claim = await claimWithPassword(deps, challenge, secret, ephemeral);
          // `a` is not needed again either: drop it before the request goes out.
          ephemeral = undefined;
          const step: ResponseStep = { name: "PASSWORD_VERIFIER", input: claim };
          response = await answer(step, session, challenge.userIdForSrp, expiresAt, true);
          break;
        }
        case "DEVICE_SRP_AUTH": {
          await rememberedDevice();
          ephemeral = await createSrpEphemeral();
          const step: ResponseStep = { name: "DEVICE_SRP_AUTH", input: { srpA: ephemeral.srpA } };
          response = await answer(step, session, names.active, expiresAt, false);
          break;
        }
        case "DEVICE_PASSWORD_VERIFIER": {
          const stored = await rememberedDevice();
          if (!ephemeral) {
            throw new ProtocolError(
              "UnexpectedChallenge",
              "DEVICE_PASSWORD_VERIFIER arrived without DEVICE_SRP_AUTH.",
            );
          }
          const claim = await computeDeviceClaim({
            ephemeral,
            deviceGroupKey: stored.deviceGroupKey,
            deviceKey: stored.deviceKey,
            devicePassword: stored.devicePassword,
            salt: challenge.salt,
            srpB: challenge.srpB,
            secretBlock: challenge.secretBlock,
            now: new Date(deps.now()),
          });
          ephemeral = undefined;
          const step: ResponseStep = { name: "DEVICE_PASSWORD_VERIFIER", input: claim };
          response = await answer(step, session, names.active, expiresAt, false);
          break;
        }
        default:
          throw new ProtocolError(
            "UnexpectedChallenge",
            `${challenge.name} cannot be answered from a browser.`,
          );
      }
    }
  } catch (error) {
    return failure(start.generation, error, automatic);
  } finally {
    forget();
  }
}

/**
 * The PASSWORD_VERIFIER claim (§4.3). The password is read from its box here and nowhere else,
 * and the box is emptied whatever happens, so that it is gone before the claim is even sent.
 */
async function claimWithPassword(
  deps: FlowDeps,
  challenge: Extract<AnyChallenge, { name: "PASSWORD_VERIFIER" }>,
  secret: SecretBox | undefined,
  ephemeral: SrpEphemeral | undefined,
): Promise<PasswordClaim> {
  try {
    const password = secret?.value;
    if (password === undefined || !ephemeral) {
      throw new ProtocolError(
        "UnexpectedChallenge",
        "PASSWORD_VERIFIER arrived without an SRP start.",
      );
    }
    return await computePasswordClaim({
      ephemeral,
      userPoolId: deps.userPoolId,
      userIdForSrp: challenge.userIdForSrp,
      password,
      salt: challenge.salt,
      srpB: challenge.srpB,
      secretBlock: challenge.secretBlock,
      now: new Date(deps.now()),
    });
  } finally {
    if (secret) secret.value = undefined;
  }
}

type AutomaticChallenge = Extract<
  AnyChallenge,
  {
    name:
      | "PASSWORD_VERIFIER"
      | "DEVICE_SRP_AUTH"
      | "DEVICE_PASSWORD_VERIFIER"
      | "ADMIN_NO_SRP_AUTH";
  }
>;

function isAutomatic(challenge: AnyChallenge): challenge is AutomaticChallenge {
  return (
    challenge.name === "PASSWORD_VERIFIER" ||
    challenge.name === "DEVICE_SRP_AUTH" ||
    challenge.name === "DEVICE_PASSWORD_VERIFIER" ||
    challenge.name === "ADMIN_NO_SRP_AUTH"
  );
}

/** A `FAILED` event for whatever an effect threw (non-ChallengeErrors become `UnknownError`). */
export function failure(generation: number, error: unknown, automatic = false): SignInEffectEvent {
  return {
    type: "FAILED",
    generation,
    error: toFlowError(error),
    ...(automatic ? { automatic } : {}),
  };
}
