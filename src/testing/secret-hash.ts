/**
 * SECRET_HASH checks for app clients with a secret (protocol reference §8):
 * Base64(HMAC-SHA256(key = secret, msg = username ‖ clientId)).
 *
 * Which username: the `USERNAME` sent in the same request: InitiateAuth's AuthParameters.USERNAME
 * (possibly an alias), and ChallengeResponses.USERNAME in RespondToAuthChallenge. Cognito accepts
 * an alias as USERNAME in challenge responses (the classic SDK keeps the typed name after
 * USER_PASSWORD_AUTH), and the reports of "Unable to verify secret hash" after SRP
 * (alexrudd/cognito-srp#1, qwigo/warrant#125) are clients hashing the alias while sending
 * USER_ID_FOR_SRP: hash and USERNAME must agree, which is what we check. Refresh hashes the
 * internal username (§13.10, the likeliest reading).
 */
import { hmacSha256 } from "../core/util/crypto";
import { base64ToBytes, utf8 } from "../core/util/encoding";
import { notAuthorized } from "./errors";
import type { ClientState } from "./model/types";
import { equalBytes } from "./srp/srp-server";

export async function checkSecretHash(
  client: ClientState,
  username: string,
  secretHash: string | undefined,
): Promise<void> {
  if (client.secret === undefined) return;
  if (secretHash === undefined || secretHash === "") {
    throw notAuthorized(`Client ${client.id} is configured for secret but secret was not received`);
  }
  const expected = await hmacSha256(utf8(client.secret), utf8(username + client.id));
  let given: Uint8Array;
  try {
    given = base64ToBytes(secretHash);
  } catch {
    given = new Uint8Array();
  }
  if (!equalBytes(expected, given)) {
    throw notAuthorized(`Unable to verify secret hash for client ${client.id}`);
  }
}

/** GetTokensFromRefreshToken / RevokeToken send the raw secret instead of a hash. */
export function checkClientSecret(client: ClientState, secret: string | undefined): void {
  if (client.secret === undefined) return;
  if (secret === undefined || secret === "") {
    throw notAuthorized(`Client ${client.id} is configured for secret but secret was not received`);
  }
  if (secret !== client.secret)
    throw notAuthorized(`Unable to verify secret for client ${client.id}`);
}
