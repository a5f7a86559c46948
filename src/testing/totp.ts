/**
 * TOTP (RFC 6238) with `otpauth`: 30-second steps, 6 digits, HMAC-SHA1, one step either side
 * accepted, on the emulator clock. Secrets are base32 like Cognito's `SecretCode`.
 */
import { Secret, TOTP } from "otpauth";

function totp(secret: string): TOTP {
  return new TOTP({ secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: 6, period: 30 });
}

/** A new shared secret: 20 random bytes as 32 base32 characters. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** Whether `code` is valid for `secret` at `now` (epoch ms), allowing ±1 step. */
export function checkTotp(secret: string, code: string, now: number): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  return totp(secret).validate({ token: code, timestamp: now, window: 1 }) !== null;
}

/**
 * The current code of a TOTP secret, as an authenticator app would show it. For tests and
 * stories: pass `emulator.clock.now()` to stay in step with the emulator.
 */
export function totpCode(secret: string, now: number = Date.now()): string {
  return totp(secret).generate({ timestamp: now });
}
