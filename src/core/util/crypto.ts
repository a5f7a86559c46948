import { ChallengeError } from "../errors/challenge-error";
import { concatBytes } from "./encoding";

/**
 * WebCrypto, the only crypto this library uses: `globalThis.crypto` exists in every supported
 * browser and in Node 20. Looked up per call so tests can swap it and so that importing `core`
 * never touches a global at load time (SSR).
 *
 * Browsers hide `crypto.subtle` outside a secure context (a page on plain http other than
 * localhost): that is a `ChallengeError` `InsecureContext` (recovery `restart`; the flow ends in
 * status `failed`), never a raw `TypeError`.
 */
function webCrypto(): Crypto & { subtle: SubtleCrypto } {
  const crypto = globalThis.crypto;
  if (!crypto?.subtle) {
    throw new ChallengeError(
      "InsecureContext",
      "WebCrypto is unavailable: serve the page over https or from localhost",
    );
  }
  return crypto;
}

/** Cryptographically random bytes. */
export function randomBytes(length: number): Uint8Array {
  // getRandomValues caps at 65536 bytes per call; our callers ask for at most a few hundred.
  return webCrypto().getRandomValues(new Uint8Array(length));
}

// WebCrypto (and TypeScript 6's DOM lib) wants ArrayBuffer-backed views: `concatBytes` always
// makes one, so every input goes through it, the key included (a copy, never a shared buffer).

export async function sha256(...parts: readonly Uint8Array[]): Promise<Uint8Array> {
  return new Uint8Array(await webCrypto().subtle.digest("SHA-256", concatBytes(...parts)));
}

export async function hmacSha256(
  key: Uint8Array,
  ...message: readonly Uint8Array[]
): Promise<Uint8Array> {
  const subtle = webCrypto().subtle;
  const hmac = { name: "HMAC", hash: "SHA-256" };
  const cryptoKey = await subtle.importKey("raw", concatBytes(key), hmac, false, ["sign"]);
  return new Uint8Array(await subtle.sign(hmac, cryptoKey, concatBytes(...message)));
}
