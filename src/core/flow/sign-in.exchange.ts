import { ProtocolError } from "../errors/challenge-error";
import { buildRespondToAuthChallengeRequest } from "../protocol/build-requests";
import { buildChallengeResponses } from "../protocol/build-responses";
import type { AnyChallenge } from "../protocol/challenge.types";
import { isUnknownChallenge } from "../protocol/challenge.types";
import type { AutomaticChallengeName } from "../protocol/challenge-name";
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
  readonly device?: StoredDevice | undefined;
  /**
   * The password: sent by the first request (USER_PASSWORD_AUTH, PASSWORD), or kept for the
   * PASSWORD_VERIFIER when `ephemeral` is given. Emptied as soon as neither needs it any more.
   */
  readonly secret?: SecretBox | undefined;
  readonly ephemeral?: SrpEphemeral | undefined;
  /**
   * The first factor this request asks Cognito for (USER_AUTH's PREFERRED_CHALLENGE, or the
   * SELECT_CHALLENGE answer). A passwordless EMAIL_OTP or SMS_OTP code has 8 digits
   * (aws-amplify/amplify-js#14428); an MFA code has 6.
   */
  readonly firstFactor?: string | undefined;
}

/**
 * Sends RespondToAuthChallenge for `step` with the challenge's Session, refused without a request
 * once that Session is past its expiry (§9, even a few milliseconds past).
 */
export async function respondWith(
  deps: FlowDeps,
  names: SignInNames,
  step: ResponseStep,
  session: string,
  expiresAt: number | undefined,
  deviceKey: string | undefined,
  signal: AbortSignal,
): Promise<AuthResponse> {
  if (expiresAt !== undefined && deps.now() >= expiresAt) throw expiredSessionError();
  const responses = await buildChallengeResponses(step.name, step.input as never, {
    username: names.active,
    secretHash: deps.secretHash,
    deviceKey,
  });
  const request = buildRespondToAuthChallengeRequest({
    clientId: deps.clientId,
    challengeName: step.name,
    session,
    challengeResponses: responses,
    ...deps.extras(names.typed),
  });
  return deps.transport.respondToAuthChallenge(request, { signal });
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

  const rememberedDevice = async (): Promise<StoredDevice> => {
    device ??= await findDevice(deps, names, deviceKey);
    if (!device) throw new ProtocolError("MissingDevice", "MissingDevice");
    deviceKey = device.deviceKey;
    return device;
  };

  try {
    let response = await tolerant(start.send);
    // The request that carried the password was answered (stale-device retry included).
    if (!start.ephemeral) forget();
    for (let steps = 0; ; steps++) {
      // The app's `codeLength` wins; else 8 digits for the code of a passwordless first factor
      // (the direct answer to the request that asked for it), 6 for MFA (parseAuthResponse).
      const codeLength =
        deps.codeLength ??
        (steps === 0 && /^(EMAIL|SMS)_OTP$/.test(start.firstFactor ?? "") ? 8 : undefined);
      const parsed = parseAuthResponse(response, codeLength ? { codeLength } : {});
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
          result: value,
          expiresAt,
          ...(forgotten ? { device: null } : device ? { device: toSignInDevice(device) } : {}),
          ...(names.active === start.names.active ? {} : { username: names.active }),
        };
      }
      if (steps >= MAX_AUTOMATIC_STEPS) throw new ProtocolError("TooManySteps", "TooManySteps");
      automatic = true;
      const session = value.kind === "challenge" ? value.session : "";
      const name = challenge.name;
      names = { typed: names.typed, active: challenge.username ?? names.active };
      const now = new Date(deps.now());
      let step: ResponseStep;
      if (name === "PASSWORD_VERIFIER") {
        // Amplify sends a remembered device's key with the PASSWORD_VERIFIER answer (§5 step 5).
        device ??= await findDevice(deps, names);
        deviceKey = device?.deviceKey ?? deviceKey;
        step = { name, input: await claimWithPassword(deps, challenge, secret, ephemeral, now) };
      } else if (name === "DEVICE_SRP_AUTH") {
        await rememberedDevice();
        ephemeral = await createSrpEphemeral();
        step = { name, input: { srpA: ephemeral.srpA } };
      } else if (name === "DEVICE_PASSWORD_VERIFIER" && ephemeral) {
        const stored = await rememberedDevice();
        const claim = await computeDeviceClaim({ ...challenge, ...stored, ephemeral, now });
        step = { name, input: claim };
      } else {
        // DEVICE_PASSWORD_VERIFIER without DEVICE_SRP_AUTH first; ADMIN_NO_SRP_AUTH, which is
        // server-only and never answerable from a browser.
        throw unexpected(name);
      }
      // `a` is not needed again once a claim exists: drop it before the request goes out.
      if (name !== "DEVICE_SRP_AUTH") ephemeral = undefined;
      // Only the PASSWORD_VERIFIER answer may carry a stale DEVICE_KEY worth retrying without:
      // the device SRP steps cannot be answered without the device.
      const send = (key: string | undefined) =>
        respondWith(deps, names, step, session, expiresAt, key, signal);
      response = await (name === "PASSWORD_VERIFIER" ? tolerant(send) : send(deviceKey));
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
  now: Date,
): Promise<PasswordClaim> {
  try {
    const password = secret?.value;
    if (password === undefined || !ephemeral) throw unexpected(challenge.name);
    return await computePasswordClaim({
      ...challenge,
      ephemeral,
      userPoolId: deps.userPoolId,
      password,
      now,
    });
  } finally {
    if (secret) secret.value = undefined;
  }
}

/** A challenge that cannot come now (a verifier without its SRP start, a server-only one). */
export function unexpected(name: string): ProtocolError {
  return new ProtocolError("UnexpectedChallenge", `Unexpected ${name}`);
}

type AutomaticChallenge = Extract<AnyChallenge, { name: AutomaticChallengeName }>;

/** The steps the flow answers itself (PASSWORD_VERIFIER, device SRP, ADMIN_NO_SRP_AUTH). */
export function isAutomatic(challenge: AnyChallenge): challenge is AutomaticChallenge {
  return /^(PASSWORD_VERIFIER|DEVICE_.*|ADMIN_NO_SRP_AUTH)$/.test(challenge.name);
}

/** A `FAILED` event for whatever an effect threw (non-ChallengeErrors become `UnknownError`). */
export function failure(generation: number, error: unknown, automatic = false): SignInEffectEvent {
  return {
    type: "FAILED",
    generation,
    error: toFlowError(error),
    ...(automatic && { automatic }),
  };
}
