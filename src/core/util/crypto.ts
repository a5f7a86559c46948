import { concatBytes } from "./encoding";

/**
 * WebCrypto, the only crypto this library uses: `globalThis.crypto` exists in every supported
 * browser and in Node 20. Looked up per call so tests can swap it and so that importing `core`
 * never touches a global at load time (SSR).
 */
function subtle(): SubtleCrypto {
  const value = globalThis.crypto?.subtle;
  if (!value) throw new Error("WebCrypto (crypto.subtle) is not available in this environment");
  return value;
}

/** Cryptographically random bytes. */
export function randomBytes(length: number): Uint8Array {
  const out = new Uint8Array(length);
  // getRandomValues caps at 65536 bytes per call; our callers ask for at most a few hundred.
  globalThis.crypto.getRandomValues(out);
  return out;
}

// TypeScript 6's DOM lib wants ArrayBuffer-backed views for BufferSource; copy when needed.
function toBufferSource(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer
    ? (bytes as Uint8Array<ArrayBuffer>)
    : new Uint8Array(bytes);
}

export async function sha256(...parts: readonly Uint8Array[]): Promise<Uint8Array> {
  const data = parts.length === 1 && parts[0] ? parts[0] : concatBytes(...parts);
  return new Uint8Array(await subtle().digest("SHA-256", toBufferSource(data)));
}

export async function hmacSha256(
  key: Uint8Array,
  ...message: readonly Uint8Array[]
): Promise<Uint8Array> {
  const cryptoKey = await subtle().importKey(
    "raw",
    toBufferSource(key),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const data = message.length === 1 && message[0] ? message[0] : concatBytes(...message);
  return new Uint8Array(await subtle().sign("HMAC", cryptoKey, toBufferSource(data)));
}
