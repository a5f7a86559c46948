/** ES256 signing with WebCrypto, in the DER form WebAuthn assertions carry. */
import { concatBytes } from "../../core/util/encoding";

function subtle(): SubtleCrypto {
  const value = globalThis.crypto?.subtle;
  if (!value) throw new Error("WebCrypto (crypto.subtle) is not available in this environment");
  return value;
}

function derInteger(bytes: Uint8Array): Uint8Array {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  const trimmed = bytes.slice(start);
  const body = (trimmed[0] ?? 0) & 0x80 ? concatBytes(Uint8Array.of(0), trimmed) : trimmed;
  return concatBytes(Uint8Array.of(0x02, body.length), body);
}

/** WebCrypto's raw r ‖ s (IEEE P1363) → ASN.1 DER `SEQUENCE { INTEGER r, INTEGER s }`. */
export function rawToDer(raw: Uint8Array): Uint8Array {
  const half = raw.length / 2;
  const body = concatBytes(derInteger(raw.slice(0, half)), derInteger(raw.slice(half)));
  return concatBytes(Uint8Array.of(0x30, body.length), body);
}

const ALGORITHM = { name: "ECDSA", namedCurve: "P-256" } as const;

export async function importSigningKey(jwk: JsonWebKey): Promise<CryptoKey> {
  return subtle().importKey("jwk", { ...jwk, key_ops: ["sign"] }, ALGORITHM, false, ["sign"]);
}

export async function generateSigningKey(): Promise<{ privateJwk: JsonWebKey; spki: Uint8Array }> {
  const pair = (await subtle().generateKey(ALGORITHM, true, ["sign", "verify"])) as CryptoKeyPair;
  const privateJwk = await subtle().exportKey("jwk", pair.privateKey);
  const spki = new Uint8Array(await subtle().exportKey("spki", pair.publicKey));
  return { privateJwk, spki };
}

/** An ES256 signature over `data`, DER-encoded. */
export async function signEs256(key: CryptoKey, data: Uint8Array): Promise<Uint8Array> {
  const copy = new Uint8Array(data);
  const raw = new Uint8Array(await subtle().sign({ name: "ECDSA", hash: "SHA-256" }, key, copy));
  return rawToDer(raw);
}
