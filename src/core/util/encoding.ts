/**
 * Byte encodings used on the wire: UTF-8, lowercase hex, standard base64 (with padding) and
 * base64url. Plain functions over Uint8Array on `TextEncoder`, `btoa` and `atob`, so they run the
 * same in browsers and Node, without `Buffer`.
 */

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** The parts one after the other, in a new buffer (so always `ArrayBuffer`-backed, as WebCrypto wants). */
export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  // Through a plain array: the inputs are small (hashes, keys, a SECRET_BLOCK of a few kB).
  return new Uint8Array(parts.flatMap((part) => [...part]));
}

/** True when `text` is non-empty hex (any case). */
export function isHex(text: string): boolean {
  return /^[\da-f]+$/i.test(text);
}

/** Hex (any case, even length expected; an odd length gets a leading 0) to bytes. Throws on non-hex. */
export function hexToBytes(hex: string): Uint8Array {
  if (hex !== "" && !isHex(hex)) throw new RangeError("not a hex string");
  const even = hex.length % 2 ? `0${hex}` : hex;
  return Uint8Array.from(even.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
}

export function bytesToHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** Standard base64 with `=` padding. */
export function bytesToBase64(bytes: Uint8Array): string {
  return btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(""));
}

/**
 * Base64 or base64url, padded or not, to bytes; undefined for anything else (whitespace included,
 * which `atob` alone would skip). Cognito's SECRET_BLOCK is standard base64; Amplify's decoder
 * also tolerates base64url, so we do too. The one base64 check of `core`: the parser and SRP
 * both use it.
 */
export function decodeBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/-/g, "+").replace(/_/g, "/").replace(/=+$/, "");
  return /^[A-Za-z\d+/]*$/.test(clean) && clean.length % 4 !== 1
    ? Uint8Array.from(atob(clean), (char) => char.charCodeAt(0))
    : undefined;
}

/** `decodeBase64`, throwing a RangeError instead of returning undefined. */
export function base64ToBytes(text: string): Uint8Array {
  const bytes = decodeBase64(text);
  if (!bytes) throw new RangeError("not a base64 string");
  return bytes;
}

/** base64url without padding (WebAuthn's encoding). */
export function bytesToBase64Url(bytes: Uint8Array): string {
  return bytesToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
