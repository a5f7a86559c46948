/**
 * Byte encodings used on the wire: UTF-8, lowercase hex, standard base64 (with padding) and
 * base64url. Plain functions over Uint8Array so they run the same in browsers and Node, without
 * `Buffer`.
 */

const encoder = new TextEncoder();

export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

const HEX_PATTERN = /^[0-9a-fA-F]*$/;

/** True when `text` is non-empty hex (any case). */
export function isHex(text: string): boolean {
  return text.length > 0 && HEX_PATTERN.test(text);
}

/** Hex (any case, even length expected; an odd length gets a leading 0) to bytes. Throws on non-hex. */
export function hexToBytes(hex: string): Uint8Array {
  if (!HEX_PATTERN.test(hex)) throw new RangeError("not a hex string");
  const even = hex.length % 2 === 0 ? hex : `0${hex}`;
  const out = new Uint8Array(even.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(even.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export function bytesToHex(bytes: Uint8Array): string {
  let hex = "";
  for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
  return hex;
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Standard base64 with `=` padding. */
export function bytesToBase64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] ?? 0;
    const b1 = bytes[i + 1];
    const b2 = bytes[i + 2];
    const n = (b0 << 16) | ((b1 ?? 0) << 8) | (b2 ?? 0);
    out += B64[(n >> 18) & 63];
    out += B64[(n >> 12) & 63];
    out += b1 === undefined ? "=" : B64[(n >> 6) & 63];
    out += b2 === undefined ? "=" : B64[n & 63];
  }
  return out;
}

const B64_LOOKUP: Readonly<Record<string, number>> = Object.fromEntries(
  [...B64].map((char, index) => [char, index]),
);

/**
 * Base64 or base64url, padded or not, to bytes. Cognito's SECRET_BLOCK is standard base64;
 * Amplify's decoder also tolerates base64url, so we do too. Throws RangeError on anything else.
 */
export function base64ToBytes(text: string): Uint8Array {
  const clean = text.replace(/-/g, "+").replace(/_/g, "/").replace(/=+$/, "");
  if (clean.length % 4 === 1) throw new RangeError("not a base64 string");
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const char of clean) {
    const digit = B64_LOOKUP[char];
    if (digit === undefined) throw new RangeError("not a base64 string");
    value = (value << 6) | digit;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[index++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

/** base64url without padding (WebAuthn's encoding). */
export function bytesToBase64Url(bytes: Uint8Array): string {
  return bytesToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
