import { ChallengeError, isChallengeError, type Recovery } from "../errors/challenge-error";
import { hmacSha256 } from "../util/crypto";
import { bytesToBase64, utf8 } from "../util/encoding";
import type { SecretHashProvider } from "./challenge-response.types";
import { text } from "./parse-parameters";

/**
 * Runs a SECRET_HASH computation. A `ChallengeError` it throws passes through; anything else it
 * throws, or a result that is not a non-empty string, becomes `UnknownError` with reason
 * `SecretHashFailed` (the thrown value as `cause`, never the secret in a message).
 */
async function hashOrFail(compute: () => unknown, recovery?: Recovery): Promise<string> {
  let hash: unknown;
  let cause: unknown;
  try {
    hash = await compute();
  } catch (error) {
    if (isChallengeError(error)) throw error;
    cause = error;
  }
  if (cause === undefined && text(hash)) return hash as string;
  throw new ChallengeError("UnknownError", "SecretHashFailed", {
    reason: "SecretHashFailed",
    recovery,
    cause,
  });
}

/**
 * A `SecretHashProvider` for an app client with a secret (protocol reference §8):
 * `SECRET_HASH = Base64(HMAC-SHA256(key = UTF-8(clientSecret), msg = UTF-8(username ‖ clientId)))`,
 * computed with WebCrypto.
 *
 * A secret shipped to a browser is public. Prefer a public client; otherwise pass a provider that
 * asks your server for the hash, so the secret never leaves it. Failures reject with a
 * `ChallengeError` whose message never contains the secret: an empty secret is `UnknownError`
 * (`SecretHashFailed`, recovery `restart`: a configuration error), a page without WebCrypto
 * `InsecureContext`.
 */
export function createSecretHashProvider(
  clientId: string,
  clientSecret: string,
): SecretHashProvider {
  return (username) =>
    hashOrFail(async () => {
      if (clientSecret === "") throw new RangeError("empty HMAC key");
      return bytesToBase64(await hmacSha256(utf8(clientSecret), utf8(username + clientId)));
    });
}

/**
 * Calls an app's SECRET_HASH provider. What it throws (other than a `ChallengeError`) or returns
 * amiss becomes `UnknownError` (`SecretHashFailed`) with recovery `retry`: an app's provider
 * usually asks a server, and asking again may work.
 */
export function secretHashOf(provider: SecretHashProvider, username: string): Promise<string> {
  return hashOrFail(() => provider(username), "retry");
}
