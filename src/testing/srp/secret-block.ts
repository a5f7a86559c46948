/**
 * SECRET_BLOCK: opaque to the client, bound to one Session. 32 random bytes followed by their
 * HMAC under the emulator's key, stored in the Session that issued it; the answer must echo it
 * byte for byte (protocol reference §3.1: a modified SECRET_BLOCK fails like a wrong password).
 */
import { hmacSha256, randomBytes } from "../../core/util/crypto";
import { concatBytes, utf8 } from "../../core/util/encoding";
import { equalBytes } from "./srp-server";

export async function newSecretBlock(key: Uint8Array): Promise<Uint8Array> {
  const nonce = randomBytes(32);
  return concatBytes(nonce, await hmacSha256(key, utf8("SECRET_BLOCK"), nonce));
}

export async function isIssuedSecretBlock(
  key: Uint8Array,
  issued: Uint8Array,
  echoed: Uint8Array,
): Promise<boolean> {
  if (!equalBytes(issued, echoed) || echoed.length !== 64) return false;
  const tag = await hmacSha256(key, utf8("SECRET_BLOCK"), echoed.slice(0, 32));
  return equalBytes(tag, echoed.slice(32));
}
