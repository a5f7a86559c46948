import { randomBytes } from "../core/util/crypto";
import { bytesToBase64Url, bytesToHex } from "../core/util/encoding";

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";

function randomFrom(alphabet: string, length: number): string {
  // Rejection sampling keeps every character equally likely.
  const limit = 256 - (256 % alphabet.length);
  let out = "";
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < limit && out.length < length) out += alphabet[byte % alphabet.length];
    }
  }
  return out;
}

/** RFC 4122 version 4 UUID from WebCrypto bytes (`crypto.randomUUID` needs a secure context). */
export function randomUuid(): string {
  const b = randomBytes(16);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = bytesToHex(b);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** `us-east-1_AbCdEfGhI`: region, underscore, 9 letters or digits. */
export function newUserPoolId(region: string): string {
  return `${region}_${randomFrom(ALNUM, 9)}`;
}

/** 26 lowercase letters or digits, like Cognito's app client ids. */
export function newClientId(): string {
  return randomFrom(LOWER_ALNUM, 26);
}

/** 51 lowercase letters or digits, like Cognito's generated client secrets. */
export function newClientSecret(): string {
  return randomFrom(LOWER_ALNUM, 51);
}

/** `us-east-1_<uuid>`, like Cognito's device keys (protocol reference §5). */
export function newDeviceKey(region: string): string {
  return `${region}_${randomUuid()}`;
}

/** A dash and 9 letters or digits, like Cognito's device group keys. */
export function newDeviceGroupKey(): string {
  return `-${randomFrom(ALNUM, 9)}`;
}

/** An opaque, unguessable string (Session values, refresh tokens). */
export function newOpaqueToken(bytes = 64): string {
  return bytesToBase64Url(randomBytes(bytes));
}

/** A random n-digit code. */
export function newNumericCode(digits = 6): string {
  return randomFrom("0123456789", digits);
}

/** A random temporary password that satisfies any password policy. */
export function newTemporaryPassword(): string {
  return `${randomFrom(ALNUM, 10)}a1A!`;
}
