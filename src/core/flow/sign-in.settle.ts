import { isUnknownChallenge } from "../protocol/challenge.types";
import { setupOptions } from "./sign-in.answer";
import { asRestart, unknownChallengeError } from "./sign-in.errors";
import { isAutomatic, unexpected } from "./sign-in.exchange";
import type { SignInEffectEvent, SignInState, SignInTaskKind } from "./sign-in.state";
import { sessionTask, settleAtStart, settleSignedIn, taskNames } from "./sign-in.transitions";

/** The reducer's half for effect results: what each event means for the state. Pure. */

/** An effect of kind `running` finished (`state.running` is already cleared). */
export function settle(
  state: SignInState,
  event: SignInEffectEvent,
  running: SignInTaskKind,
): SignInState {
  switch (event.type) {
    case "AUTH_RESULT": {
      const device = event.device === null ? undefined : (event.device ?? state.device);
      const moved: SignInState = {
        ...state,
        activeUsername: event.username ?? state.activeUsername,
        pending: false,
        error: undefined,
        localStep: undefined,
        device,
        deviceKey: device?.deviceKey,
      };
      const result = event.result;
      if (result.kind === "signedIn") {
        if (result.newDevice && state.config.trackDevices) {
          // §5: confirm the new device before saying "signed in"; tokens stay internal until then.
          return {
            ...moved,
            pending: true,
            tokens: result.tokens,
            task: {
              kind: "confirmDevice",
              generation: state.generation,
              names: taskNames(moved),
              accessToken: result.tokens.AccessToken,
              newDevice: result.newDevice,
            },
          };
        }
        return settleSignedIn(moved, result.tokens, device);
      }
      const challenge = result.challenge;
      const username = isUnknownChallenge(challenge) ? undefined : challenge.username;
      const shown: SignInState = {
        ...moved,
        status: "challenge",
        challenge,
        session: result.session,
        expiresAt: event.expiresAt,
        activeUsername: username ?? event.username ?? state.activeUsername ?? state.username,
      };
      if (isUnknownChallenge(challenge))
        return { ...shown, error: unknownChallengeError(challenge.name) };
      if (isAutomatic(challenge)) {
        // The effects answer these themselves; one reaching the reducer is a protocol surprise.
        return settleAtStart(state, unexpected(challenge.name));
      }
      if (challenge.name !== "MFA_SETUP" || challenge.selected) return shown;
      const options = setupOptions(challenge.options);
      const only = options.length === 1 ? options[0] : undefined;
      if (only === undefined) return shown;
      const selected = { ...shown, challenge: { ...challenge, selected: only } };
      if (only === "EMAIL_OTP") return selected;
      // §6.1: the only factor is TOTP, so associate at once (no person step in between).
      return {
        ...selected,
        pending: true,
        task: { ...sessionTask(selected), kind: "associateTotp" },
      };
    }
    case "TOTP_ASSOCIATED": {
      const challenge = state.challenge;
      if (challenge?.name !== "MFA_SETUP" || isUnknownChallenge(challenge)) return state;
      return {
        ...state,
        pending: false,
        challenge: { ...challenge, selected: "SOFTWARE_TOKEN_MFA", totp: event.totp },
        session: event.session,
        expiresAt: event.expiresAt,
      };
    }
    case "TOTP_VERIFIED": {
      // §6.1 step 4: the MFA_SETUP answer carries only USERNAME, with VerifySoftwareToken's Session.
      const verified = { ...state, session: event.session, expiresAt: event.expiresAt };
      const step = { name: "MFA_SETUP", input: {} } as const;
      return { ...verified, task: { ...sessionTask(verified), kind: "respond", step } };
    }
    case "DEVICE_CONFIRMED": {
      const tokens = state.tokens;
      if (!tokens) return state;
      if (!event.userConfirmationNecessary) return settleSignedIn(state, tokens, event.device);
      // §5 step 3: opt-in device tracking; ask the person (a local step, no Session).
      const { session, expiresAt, ...rest } = state;
      return {
        ...rest,
        status: "challenge",
        pending: false,
        device: event.device,
        challenge: {
          name: "REMEMBER_DEVICE",
          deviceKey: event.device.deviceKey,
          parameters: {},
          ...(state.activeUsername === undefined ? {} : { username: state.activeUsername }),
        },
      };
    }
    case "DEVICE_STATUS_UPDATED": {
      if (!state.tokens) return state;
      const device = state.device && { ...state.device, remembered: event.remembered };
      return settleSignedIn(state, state.tokens, device);
    }
    case "PASSKEY_REGISTERED":
      return { ...state, pending: false, error: undefined, passkeyRegistered: true };
    case "FAILED":
      return failed(state, event, running);
  }
}

function failed(
  state: SignInState,
  event: Extract<SignInEffectEvent, { type: "FAILED" }>,
  running: SignInTaskKind,
): SignInState {
  const error = event.error;
  const tokens = state.tokens;
  // Device confirmation, remember-device and passkey registration never undo a sign-in
  // (Amplify ignores device errors, §5 step 3): signed in, with the error reported.
  if (tokens && running === "registerPasskey") return { ...state, pending: false, error };
  if (tokens && running === "confirmDevice") return settleSignedIn(state, tokens, undefined, error);
  if (tokens && running === "updateDeviceStatus") {
    const device = state.device && { ...state.device, remembered: false };
    return settleSignedIn(state, tokens, device, error);
  }
  const stay =
    !event.automatic &&
    (error.recovery === "retry" || error.recovery === "wait") &&
    state.status === "challenge" &&
    state.challenge !== undefined;
  if (stay) {
    return {
      ...state,
      pending: false,
      error,
      ...(event.session === undefined ? {} : { session: event.session }),
      ...(event.expiresAt === undefined ? {} : { expiresAt: event.expiresAt }),
    };
  }
  // Nothing to stay on: the start failed, or a step no person sees did, whose Session is spent
  // and whose secret is gone, so "retry" can only mean starting again.
  return settleAtStart(
    state,
    event.automatic && error.recovery === "retry" ? asRestart(error) : error,
  );
}
