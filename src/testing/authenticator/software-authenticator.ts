/**
 * A software WebAuthn authenticator (ES256, WebCrypto) with the flow's `WebAuthnClient` shape, so
 * stories and tests can sign in with passkeys without a browser prompt. What it produces is
 * ordinary WebAuthn: the emulator verifies it with @simplewebauthn/server like any other passkey
 * (a real browser's response, or Chromium's virtual authenticator, would pass the same checks).
 */
import type { WebAuthnClient } from "../../core/flow/sign-in.types";
import type {
  AuthenticationCredentialJson,
  CredentialCreationOptionsJson,
  CredentialRequestOptionsJson,
  RegistrationCredentialJson,
} from "../../core/protocol/webauthn.types";
import { randomBytes, sha256 } from "../../core/util/crypto";
import { base64ToBytes, bytesToBase64Url, concatBytes, utf8 } from "../../core/util/encoding";
import { type CborValue, coseKeyFromJwk, encodeCbor } from "./cbor";
import { generateSigningKey, importSigningKey, signEs256 } from "./ecdsa";

/** A passkey the authenticator holds. `privateKey` is an EC P-256 JWK with `d`. */
export interface SoftwareCredential {
  /** base64url credential id. */
  readonly credentialId: string;
  readonly rpId: string;
  readonly privateKey: JsonWebKey;
  /** base64url user handle returned with assertions. */
  readonly userHandle?: string;
  /** Signature counter before the next use. @default 0 */
  readonly signCount?: number;
}

export interface SoftwareAuthenticatorOptions {
  /** The page origin written into clientDataJSON. @default `location.origin`, else `http://localhost` */
  readonly origin?: string;
  /** Passkeys it holds from the start (e.g. a seeded user's, with the matching private key). */
  readonly credentials?: readonly SoftwareCredential[];
  /** Whether it verifies the user (the UV flag). @default true */
  readonly userVerification?: boolean;
}

export interface SoftwareAuthenticator extends WebAuthnClient {
  /**
   * Makes the next call reject like a dismissed or timed-out prompt (a DOMException named
   * `NotAllowedError`), or with the error given.
   */
  failNext(error?: Error): void;
  /** The passkeys it holds (including private keys: demo and test material only). */
  credentials(): readonly SoftwareCredential[];
}

const UP = 0x01;
const UV = 0x04;
const AT = 0x40;

function domError(name: string, message: string): Error {
  return new DOMException(message, name);
}

function u32(value: number): Uint8Array {
  return Uint8Array.of(
    (value >>> 24) & 0xff,
    (value >> 16) & 0xff,
    (value >> 8) & 0xff,
    value & 0xff,
  );
}

/** The RP id must be the page's host or a registrable suffix of it (WebAuthn's SecurityError rule). */
function checkRpId(origin: string, rpId: string): void {
  const host = new URL(origin).hostname;
  if (host !== rpId && !host.endsWith(`.${rpId}`)) {
    throw domError(
      "SecurityError",
      "The relying party id is not a registrable domain suffix of the origin.",
    );
  }
}

function defaultOrigin(): string {
  const location = (globalThis as { location?: { origin?: string } }).location;
  return location?.origin && location.origin !== "null" ? location.origin : "http://localhost";
}

export function createSoftwareAuthenticator(
  options: SoftwareAuthenticatorOptions = {},
): SoftwareAuthenticator {
  const origin = options.origin ?? defaultOrigin();
  const verifies = options.userVerification ?? true;
  const held: { credential: SoftwareCredential; counter: number }[] = (
    options.credentials ?? []
  ).map((credential) => ({ credential, counter: credential.signCount ?? 0 }));
  let pendingFailure: Error | undefined;

  const takeFailure = (): void => {
    const failure = pendingFailure;
    pendingFailure = undefined;
    if (failure) throw failure;
  };

  const clientData = (type: string, challenge: string): Uint8Array =>
    utf8(JSON.stringify({ type, challenge, origin, crossOrigin: false }));

  return {
    failNext(error) {
      pendingFailure =
        error ?? domError("NotAllowedError", "The operation either timed out or was not allowed.");
    },

    credentials: () =>
      held.map(({ credential, counter }) => ({ ...credential, signCount: counter })),

    async startAuthentication({
      optionsJSON,
    }: {
      optionsJSON: CredentialRequestOptionsJson;
    }): Promise<AuthenticationCredentialJson> {
      takeFailure();
      const rpId = optionsJSON.rpId ?? new URL(origin).hostname;
      checkRpId(origin, rpId);
      const allowed = optionsJSON.allowCredentials ?? [];
      const entry = held.find(
        ({ credential }) =>
          credential.rpId === rpId &&
          (allowed.length === 0 || allowed.some((d) => d.id === credential.credentialId)),
      );
      if (!entry || (optionsJSON.userVerification === "required" && !verifies)) {
        throw domError("NotAllowedError", "The operation either timed out or was not allowed.");
      }
      entry.counter += 1;
      const authenticatorData = concatBytes(
        await sha256(utf8(rpId)),
        Uint8Array.of(UP | (verifies ? UV : 0)),
        u32(entry.counter),
      );
      const data = clientData("webauthn.get", optionsJSON.challenge);
      const key = await importSigningKey(entry.credential.privateKey);
      const signature = await signEs256(key, concatBytes(authenticatorData, await sha256(data)));
      const id = entry.credential.credentialId;
      return {
        id,
        rawId: id,
        type: "public-key",
        response: {
          clientDataJSON: bytesToBase64Url(data),
          authenticatorData: bytesToBase64Url(authenticatorData),
          signature: bytesToBase64Url(signature),
          ...(entry.credential.userHandle ? { userHandle: entry.credential.userHandle } : {}),
        },
        clientExtensionResults: {},
        authenticatorAttachment: "platform",
      };
    },

    async startRegistration({
      optionsJSON,
    }: {
      optionsJSON: CredentialCreationOptionsJson;
    }): Promise<RegistrationCredentialJson> {
      takeFailure();
      const o = optionsJSON as {
        challenge?: string;
        rp?: { id?: string };
        user?: { id?: string };
        pubKeyCredParams?: { alg?: number }[];
        excludeCredentials?: { id?: string }[];
        authenticatorSelection?: { userVerification?: string };
      };
      if (typeof o.challenge !== "string" || typeof o.user?.id !== "string") {
        throw new TypeError("CredentialCreationOptions need a challenge and a user id");
      }
      const rpId = o.rp?.id ?? new URL(origin).hostname;
      checkRpId(origin, rpId);
      const excluded = new Set((o.excludeCredentials ?? []).map((d) => d.id));
      if (
        held.some(
          ({ credential }) => credential.rpId === rpId && excluded.has(credential.credentialId),
        )
      ) {
        throw domError(
          "InvalidStateError",
          "The authenticator already holds a credential for this account.",
        );
      }
      if (!(o.pubKeyCredParams ?? []).some((p) => p.alg === -7)) {
        throw domError(
          "NotSupportedError",
          "No supported public key algorithm (ES256) was offered.",
        );
      }
      if (o.authenticatorSelection?.userVerification === "required" && !verifies) {
        throw domError("NotAllowedError", "The operation either timed out or was not allowed.");
      }
      const { privateJwk, spki } = await generateSigningKey();
      const credentialId = bytesToBase64Url(randomBytes(16));
      const idBytes = base64ToBytes(credentialId);
      const authenticatorData = concatBytes(
        await sha256(utf8(rpId)),
        Uint8Array.of(UP | (verifies ? UV : 0) | AT),
        u32(0),
        new Uint8Array(16),
        Uint8Array.of(idBytes.length >> 8, idBytes.length & 0xff),
        idBytes,
        coseKeyFromJwk(privateJwk as { x: string; y: string }),
      );
      const attestationObject = encodeCbor(
        new Map<string, CborValue>([
          ["fmt", "none"],
          ["attStmt", new Map<string, CborValue>()],
          ["authData", authenticatorData],
        ]),
      );
      held.push({
        credential: { credentialId, rpId, privateKey: privateJwk, userHandle: o.user.id },
        counter: 0,
      });
      const data = clientData("webauthn.create", o.challenge);
      return {
        id: credentialId,
        rawId: credentialId,
        type: "public-key",
        response: {
          clientDataJSON: bytesToBase64Url(data),
          attestationObject: bytesToBase64Url(attestationObject),
          authenticatorData: bytesToBase64Url(authenticatorData),
          transports: ["internal"],
          publicKeyAlgorithm: -7,
          publicKey: bytesToBase64Url(spki),
        },
        clientExtensionResults: {},
        authenticatorAttachment: "platform",
      };
    },
  };
}
