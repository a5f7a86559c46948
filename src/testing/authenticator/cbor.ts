/**
 * The little CBOR (RFC 8949) a WebAuthn authenticator writes: unsigned and negative integers,
 * byte strings, text strings and maps, in the canonical (shortest) encoding.
 */
import { base64ToBytes, concatBytes, utf8 } from "../../core/util/encoding";

export type CborValue = number | string | Uint8Array | CborMap;
export type CborMap = ReadonlyMap<number | string, CborValue>;

function head(major: number, length: number): Uint8Array {
  if (length < 24) return Uint8Array.of((major << 5) | length);
  if (length < 0x100) return Uint8Array.of((major << 5) | 24, length);
  if (length < 0x10000) return Uint8Array.of((major << 5) | 25, length >> 8, length & 0xff);
  return Uint8Array.of(
    (major << 5) | 26,
    (length >>> 24) & 0xff,
    (length >> 16) & 0xff,
    (length >> 8) & 0xff,
    length & 0xff,
  );
}

export function encodeCbor(value: CborValue): Uint8Array {
  if (typeof value === "number") {
    if (!Number.isInteger(value)) throw new RangeError("CBOR: integers only");
    return value >= 0 ? head(0, value) : head(1, -1 - value);
  }
  if (typeof value === "string") {
    const bytes = utf8(value);
    return concatBytes(head(3, bytes.length), bytes);
  }
  if (value instanceof Uint8Array) return concatBytes(head(2, value.length), value);
  const parts: Uint8Array[] = [head(5, value.size)];
  for (const [key, item] of value) parts.push(encodeCbor(key), encodeCbor(item));
  return concatBytes(...parts);
}

/** An EC P-256 public key (JWK `x`, `y`) as a COSE_Key for ES256 (RFC 9053): {1:2, 3:-7, -1:1, -2:x, -3:y}. */
export function coseKeyFromJwk(jwk: { readonly x?: string; readonly y?: string }): Uint8Array {
  if (!jwk.x || !jwk.y) throw new RangeError("An EC P-256 JWK needs x and y");
  const x = base64ToBytes(jwk.x);
  const y = base64ToBytes(jwk.y);
  if (x.length !== 32 || y.length !== 32)
    throw new RangeError("An EC P-256 JWK needs 32-byte x and y");
  return encodeCbor(
    new Map<number, CborValue>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, x],
      [-3, y],
    ]),
  );
}
