/**
 * Passkey registration and management with an access token (protocol reference §7):
 * StartWebAuthnRegistration, CompleteWebAuthnRegistration, ListWebAuthnCredentials,
 * DeleteWebAuthnCredential.
 */
import type { Env } from "../env";
import { EmulatorError, invalidParameter, resourceNotFound } from "../errors";
import {
  type Input,
  optionalNumber,
  optionalObject,
  optionalString,
  requiredString,
  wireDate,
} from "../input";
import type { PoolState } from "../model/types";
import { verifyAccessToken } from "../tokens";
import { creationOptions, verifyRegistration, WEBAUTHN_TIMEOUT_MS } from "../webauthn";

/** Passkeys per user (Cognito's documented quota). */
export const MAX_PASSKEYS = 20;

function relyingParty(pool: PoolState): string {
  if (pool.tier === "LITE") {
    throw new EmulatorError(
      "FeatureUnavailableInTierException",
      "Passkeys need the ESSENTIALS or PLUS tier.",
    );
  }
  if (!pool.allowedFirstAuthFactors.includes("WEB_AUTHN")) {
    throw new EmulatorError(
      "WebAuthnNotEnabledException",
      "Passkey sign-in is not enabled for this user pool.",
    );
  }
  const rpId = pool.webAuthn.RelyingPartyId;
  if (!rpId) {
    throw new EmulatorError(
      "WebAuthnConfigurationMissingException",
      "The user pool has no WebAuthn relying party id configured.",
    );
  }
  return rpId;
}

export async function startWebAuthnRegistration(env: Env, input: Input): Promise<unknown> {
  const { pool, client, user } = await verifyAccessToken(env, requiredString(input, "AccessToken"));
  const rpId = relyingParty(pool);
  if (user.passkeys.length >= MAX_PASSKEYS) {
    throw new EmulatorError(
      "LimitExceededException",
      "The maximum number of passkeys has been reached.",
    );
  }
  const options = await creationOptions(pool, user, rpId);
  user.webAuthnRegistration = {
    challenge: String(options.challenge),
    clientId: client.id,
    expiresAt: env.clock.now() + WEBAUTHN_TIMEOUT_MS,
  };
  return { CredentialCreationOptions: options };
}

export async function completeWebAuthnRegistration(env: Env, input: Input): Promise<unknown> {
  const { pool, client, user } = await verifyAccessToken(env, requiredString(input, "AccessToken"));
  const credential = optionalObject(input, "Credential");
  if (!credential) throw invalidParameter("Missing required parameter Credential");
  const rpId = relyingParty(pool);
  const pending = user.webAuthnRegistration;
  const now = env.clock.now();
  if (!pending || now >= pending.expiresAt) {
    throw new EmulatorError(
      "WebAuthnChallengeNotFoundException",
      "The registration challenge was not found or has expired.",
    );
  }
  if (pending.clientId !== client.id) {
    throw new EmulatorError(
      "WebAuthnClientMismatchException",
      "The access token was issued to another app client.",
    );
  }
  const result = await verifyRegistration(
    pool,
    pending.challenge,
    rpId,
    credential,
    env.isAllowedOrigin,
    now,
  );
  switch (result) {
    case "origin":
      throw new EmulatorError(
        "WebAuthnOriginNotAllowedException",
        "The credential's origin is not allowed.",
      );
    case "rpId":
      throw new EmulatorError(
        "WebAuthnRelyingPartyMismatchException",
        "The credential's relying party does not match.",
      );
    case "algorithm":
      throw new EmulatorError(
        "WebAuthnCredentialNotSupportedException",
        "The credential's algorithm is not supported.",
      );
    case "invalid":
      throw invalidParameter("The credential could not be verified.");
  }
  if (user.passkeys.some((p) => p.id === result.id)) {
    throw invalidParameter("The credential is already registered.");
  }
  user.passkeys.push(result);
  delete user.webAuthnRegistration;
  return {};
}

export async function listWebAuthnCredentials(env: Env, input: Input): Promise<unknown> {
  const { user } = await verifyAccessToken(env, requiredString(input, "AccessToken"));
  const max = Math.min(Math.max(optionalNumber(input, "MaxResults") ?? 20, 1), 20);
  const start = Number(optionalString(input, "NextToken") ?? "0") || 0;
  const page = user.passkeys.slice(start, start + max);
  return {
    Credentials: page.map((p) => ({
      CredentialId: p.id,
      FriendlyCredentialName: p.friendlyName,
      RelyingPartyId: p.rpId,
      ...(p.attachment ? { AuthenticatorAttachment: p.attachment } : {}),
      AuthenticatorTransports: [...p.transports],
      CreatedAt: wireDate(p.createdAt),
    })),
    ...(start + max < user.passkeys.length ? { NextToken: String(start + max) } : {}),
  };
}

export async function deleteWebAuthnCredential(env: Env, input: Input): Promise<unknown> {
  const { user } = await verifyAccessToken(env, requiredString(input, "AccessToken"));
  const id = requiredString(input, "CredentialId");
  const index = user.passkeys.findIndex((p) => p.id === id);
  if (index < 0) throw resourceNotFound("The credential was not found.");
  user.passkeys.splice(index, 1);
  return {};
}
