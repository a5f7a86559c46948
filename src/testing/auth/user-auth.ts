/**
 * USER_AUTH, choice-based sign-in (protocol reference §2, §3.10-§3.12): which first factors a user
 * may pick, and starting one of them.
 *
 * AvailableChallenges is filtered to what the pool (AllowedFirstAuthFactors, tier, WebAuthn
 * relying party), the client (ALLOW_USER_AUTH) and the user allow: PASSWORD and PASSWORD_SRP need
 * a password, WEB_AUTHN a registered passkey, EMAIL_OTP a verified email, SMS_OTP a verified phone
 * number. Passwordless factors need the Essentials tier or higher and are not offered when pool
 * MFA is ON (a passkey still is with FactorConfiguration MULTI_FACTOR_WITH_USER_VERIFICATION);
 * when pool MFA is OPTIONAL they sign in without an MFA step.
 */
import { deliverCode } from "../codes";
import type { Env } from "../env";
import { invalidParameter, keepSession } from "../errors";
import type { PoolState, UserState } from "../model/types";
import { checkPassword } from "../model/users";
import { parseSrpA } from "../srp/srp-server";
import { requestOptions } from "../webauthn";
import { advance } from "./advance";
import type { AuthContext, FirstFactorName } from "./context";
import { type AuthResult, issueChallenge } from "./issue";
import { assertCanSignIn, assertNotLocked, failPassword } from "./password";
import { issuePasswordVerifier } from "./srp-steps";

const ORDER: readonly FirstFactorName[] = [
  "PASSWORD",
  "PASSWORD_SRP",
  "WEB_AUTHN",
  "EMAIL_OTP",
  "SMS_OTP",
];

export function availableFirstFactors(pool: PoolState, user: UserState): FirstFactorName[] {
  const allowed = pool.allowedFirstAuthFactors;
  const passwordless = pool.tier !== "LITE";
  const mfaOn = pool.mfaConfiguration === "ON";
  const verified = (name: string): boolean =>
    user.attributes.has(name) && user.attributes.get(`${name}_verified`) === "true";
  const offered = (factor: FirstFactorName): boolean => {
    switch (factor) {
      case "PASSWORD":
      case "PASSWORD_SRP":
        return allowed.includes("PASSWORD") && user.password !== undefined;
      case "WEB_AUTHN":
        return (
          passwordless &&
          allowed.includes("WEB_AUTHN") &&
          pool.webAuthn.RelyingPartyId !== undefined &&
          user.passkeys.length > 0 &&
          (!mfaOn || pool.webAuthn.FactorConfiguration === "MULTI_FACTOR_WITH_USER_VERIFICATION")
        );
      case "EMAIL_OTP":
        return passwordless && !mfaOn && allowed.includes("EMAIL_OTP") && verified("email");
      case "SMS_OTP":
        return passwordless && !mfaOn && allowed.includes("SMS_OTP") && verified("phone_number");
    }
  };
  return ORDER.filter(offered);
}

/** Starts the chosen first factor with the parameters that came with the choice. */
export async function startFirstFactor(
  env: Env,
  ctx: AuthContext,
  pool: PoolState,
  user: UserState,
  factor: FirstFactorName,
  parameters: Readonly<Record<string, string>>,
): Promise<AuthResult> {
  switch (factor) {
    case "PASSWORD": {
      const password = parameters.PASSWORD;
      if (!password) throw keepSession(invalidParameter("Missing required parameter PASSWORD"));
      assertNotLocked(env, user);
      if (!(await checkPassword(pool, user, password))) failPassword(env, user);
      assertCanSignIn(env, pool, user);
      return advance(env, { ...ctx, firstFactor: "PASSWORD", authTime: env.clock.now() });
    }
    case "PASSWORD_SRP": {
      const A = parseSrpA(parameters.SRP_A);
      if (parameters.SRP_A === undefined) {
        throw keepSession(invalidParameter("Missing required parameter SRP_A"));
      }
      if (A === undefined || !user.password) throw keepSession(invalidParameter("Invalid SRP_A"));
      return issuePasswordVerifier(env, ctx, A, user.password);
    }
    case "EMAIL_OTP":
    case "SMS_OTP": {
      const medium = factor === "EMAIL_OTP" ? "EMAIL" : "SMS";
      const destination = user.attributes.get(medium === "EMAIL" ? "email" : "phone_number") ?? "";
      const sent = deliverCode(env, user, medium, "SIGN_IN", destination);
      return issueChallenge(
        env,
        ctx,
        {
          name: factor,
          code: sent.code,
          codeExpiresAt: sent.expiresAt,
          purpose: "first-factor",
          destination,
        },
        { ...sent.parameters },
      );
    }
    case "WEB_AUTHN": {
      const options = await requestOptions(pool, user);
      return issueChallenge(
        env,
        ctx,
        { name: "WEB_AUTHN", challenge: options.challenge },
        { CREDENTIAL_REQUEST_OPTIONS: options.json },
      );
    }
  }
}
