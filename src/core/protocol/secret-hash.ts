import { ChallengeError } from "../errors/challenge-error";
import { hmacSha256 } from "../util/crypto";
import { bytesToBase64, utf8 } from "../util/encoding";
import type { SecretHashProvider } from "./challenge-response.types";

/**
 * A `SecretHashProvider` for an app client with a secret (protocol reference §8):
 * `SECRET_HASH = Base64(HMAC-SHA256(key = UTF-8(clientSecret), msg = UTF-8(username ‖ clientId)))`,
 * computed with WebCrypto.
 *
 * A secret shipped to a browser is public. Prefer a public client; otherwise pass a provider that
 * asks your server for the hash, so the secret never leaves it. Failures reject with a
 * `ChallengeError` whose message never contains the secret: an empty secret is `UnknownError`
 * (`SecretHashFailed`), a page without WebCrypto `InsecureContext`.
 */
export function createSecretHashProvider(
  clientId: string,
  clientSecret: string,
): SecretHashProvider {
  return async (username) => {
    try {
      if (clientSecret === "") throw new RangeError("empty HMAC key");
      return bytesToBase64(await hmacSha256(utf8(clientSecret), utf8(username + clientId)));
    } catch (error) {
      throw error instanceof ChallengeError
        ? error
        : new ChallengeError("UnknownError", "SecretHashFailed", {
            reason: "SecretHashFailed",
            cause: error,
          });
    }
  };
}
