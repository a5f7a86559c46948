/**
 * Passkeys (protocol reference §3.12, §7), verified with @simplewebauthn/server (WebCrypto, so it
 * runs in a page too): request options for the WEB_AUTHN challenge, assertion checks, and the
 * registration ceremony of Start/CompleteWebAuthnRegistration.
 *
 * Origins: by default a relying party id accepts `https://<rpId>` and `https://<sub>.<rpId>` on
 * any port, plus `http(s)://localhost:*` and `http(s)://127.0.0.1:*` (local development and tests);
 * `EmulatorOptions.webAuthnOrigins` replaces that rule.
 */
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from "@simplewebauthn/server";
import { base64ToBytes, bytesToBase64Url, utf8 } from "../core/util/encoding";
import type { PasskeyState, PoolState, UserState } from "./model/types";

/** Milliseconds a passkey prompt may take (the options' `timeout`). */
export const WEBAUTHN_TIMEOUT_MS = 180_000;

export function defaultOriginPolicy(origin: string, rpId: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.origin !== origin) return false;
  const host = url.hostname;
  if (host === "localhost" || host === "127.0.0.1") return true;
  return url.protocol === "https:" && (host === rpId || host.endsWith(`.${rpId}`));
}

/** The WebAuthn user handle of a user: base64url of the UTF-8 `sub`. */
export function userHandle(user: UserState): string {
  return bytesToBase64Url(utf8(user.sub));
}

function descriptors(user: UserState): { id: string; transports?: string[] }[] {
  return user.passkeys.map((p) => ({
    id: p.id,
    ...(p.transports.length > 0 ? { transports: [...p.transports] } : {}),
  }));
}

/** CREDENTIAL_REQUEST_OPTIONS, and the challenge to remember in the Session. */
export async function requestOptions(
  pool: PoolState,
  user: UserState,
): Promise<{ challenge: string; json: string }> {
  const options = await generateAuthenticationOptions({
    rpID: pool.webAuthn.RelyingPartyId ?? "",
    allowCredentials: descriptors(user),
    userVerification: pool.webAuthn.UserVerification,
    timeout: WEBAUTHN_TIMEOUT_MS,
  });
  const { extensions: _unused, ...wire } = options;
  return { challenge: options.challenge, json: JSON.stringify(wire) };
}

/** The `origin` inside a response's clientDataJSON, or undefined. */
export function clientDataOrigin(clientDataJSON: unknown): string | undefined {
  if (typeof clientDataJSON !== "string") return undefined;
  try {
    const parsed = JSON.parse(new TextDecoder().decode(base64ToBytes(clientDataJSON))) as {
      origin?: unknown;
    };
    return typeof parsed.origin === "string" ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

interface AssertionJson {
  id: string;
  rawId: string;
  type: "public-key";
  response: {
    clientDataJSON: string;
    authenticatorData: string;
    signature: string;
    userHandle?: string;
  };
  clientExtensionResults: Record<string, unknown>;
}

function parseAssertion(text: string): AssertionJson | undefined {
  try {
    const value = JSON.parse(text) as Partial<AssertionJson>;
    const r = value?.response;
    if (
      typeof value.id !== "string" ||
      typeof value.rawId !== "string" ||
      value.type !== "public-key" ||
      typeof r?.clientDataJSON !== "string" ||
      typeof r.authenticatorData !== "string" ||
      typeof r.signature !== "string"
    ) {
      return undefined;
    }
    return {
      ...(value as AssertionJson),
      clientExtensionResults: value.clientExtensionResults ?? {},
    };
  } catch {
    return undefined;
  }
}

/**
 * Verifies a CREDENTIAL answer: one of the user's passkeys, an allowed origin, the Session's
 * challenge, the pool's RP id, user verification when required, the signature, a user handle (if
 * sent) that names this user. Updates the signature counter. Returns false on any mismatch.
 */
export async function verifyAssertion(
  pool: PoolState,
  user: UserState,
  challenge: string,
  credential: string,
  isAllowedOrigin: (origin: string, rpId: string) => boolean,
): Promise<boolean> {
  const response = parseAssertion(credential);
  const rpId = pool.webAuthn.RelyingPartyId;
  if (!response || !rpId) return false;
  const passkey: PasskeyState | undefined = user.passkeys.find((p) => p.id === response.id);
  const origin = clientDataOrigin(response.response.clientDataJSON);
  if (!passkey || !origin || !isAllowedOrigin(origin, rpId)) return false;
  if (response.response.userHandle && response.response.userHandle !== userHandle(user))
    return false;
  try {
    const result = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: origin,
      expectedRPID: rpId,
      credential: {
        id: passkey.id,
        publicKey: new Uint8Array(passkey.publicKey),
        counter: passkey.counter,
        transports: [...passkey.transports],
      },
      requireUserVerification: pool.webAuthn.UserVerification === "required",
    });
    if (!result.verified) return false;
    passkey.counter = result.authenticationInfo.newCounter;
    return true;
  } catch {
    return false;
  }
}

/** StartWebAuthnRegistration's CredentialCreationOptions (an object, §7). */
export async function creationOptions(
  pool: PoolState,
  user: UserState,
  rpId: string,
): Promise<Record<string, unknown>> {
  const name = user.attributes.get("email") ?? user.attributes.get("phone_number") ?? user.username;
  const options = await generateRegistrationOptions({
    rpName: pool.name,
    rpID: rpId,
    userName: name,
    userID: new Uint8Array(utf8(user.sub)),
    userDisplayName: name,
    timeout: WEBAUTHN_TIMEOUT_MS,
    attestationType: "none",
    excludeCredentials: descriptors(user),
    authenticatorSelection: {
      residentKey: "required",
      requireResidentKey: true,
      userVerification: pool.webAuthn.UserVerification,
    },
    supportedAlgorithmIDs: [-7, -257],
  });
  return options as unknown as Record<string, unknown>;
}

export type RegistrationFailure = "origin" | "rpId" | "algorithm" | "invalid";

/** Verifies CompleteWebAuthnRegistration's Credential; the new passkey or why it failed. */
export async function verifyRegistration(
  pool: PoolState,
  challenge: string,
  rpId: string,
  credential: Record<string, unknown>,
  isAllowedOrigin: (origin: string, rpId: string) => boolean,
  now: number,
): Promise<PasskeyState | RegistrationFailure> {
  const response = credential.response as Record<string, unknown> | undefined;
  const origin = clientDataOrigin(response?.clientDataJSON);
  if (!origin) return "invalid";
  if (!isAllowedOrigin(origin, rpId)) return "origin";
  try {
    const result = await verifyRegistrationResponse({
      // The shape is checked by the library; a malformed one throws and counts as invalid.
      response: credential as unknown as Parameters<
        typeof verifyRegistrationResponse
      >[0]["response"],
      expectedChallenge: challenge,
      expectedOrigin: origin,
      expectedRPID: rpId,
      requireUserVerification: pool.webAuthn.UserVerification === "required",
      supportedAlgorithmIDs: [-7, -257],
    });
    if (!result.verified) return "invalid";
    const info = result.registrationInfo;
    const attachment = credential.authenticatorAttachment;
    return {
      id: info.credential.id,
      publicKey: new Uint8Array(info.credential.publicKey),
      counter: info.credential.counter,
      transports: [...(info.credential.transports ?? [])],
      friendlyName:
        typeof attachment === "string" && attachment === "platform" ? "Passkey" : "Security key",
      ...(typeof attachment === "string" ? { attachment } : {}),
      rpId,
      createdAt: now,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    if (/RP ID/i.test(message)) return "rpId";
    if (/public key alg/i.test(message)) return "algorithm";
    return "invalid";
  }
}
