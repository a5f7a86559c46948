/**
 * Password factor rules shared by USER_PASSWORD_AUTH, PASSWORD and SRP: temporary lockout after
 * repeated failures, then the user's status.
 *
 * Lockout ([DG-old], protocol reference §9): from the 5th consecutive failure on, the user is
 * locked for 1 s, doubling per further failure up to 15 minutes; tries while locked answer
 * NotAuthorizedException "Password attempts exceeded" and do not count; 15 quiet minutes reset
 * the count.
 */
import type { Env } from "../env";
import { EmulatorError, INCORRECT_CREDENTIALS, notAuthorized } from "../errors";
import type { PoolState, UserState } from "../model/types";

const FREE_FAILURES = 4;
const MAX_LOCK_MS = 15 * 60_000;
const RESET_AFTER_MS = 15 * 60_000;

export function assertNotLocked(env: Env, user: UserState): void {
  if (env.clock.now() < user.lockedUntil) throw notAuthorized("Password attempts exceeded");
}

/** Records a failed password; always throws NotAuthorizedException. */
export function failPassword(env: Env, user: UserState): never {
  const now = env.clock.now();
  if (now - user.lastFailedSignIn > RESET_AFTER_MS) user.failedSignIns = 0;
  user.failedSignIns += 1;
  user.lastFailedSignIn = now;
  if (user.failedSignIns > FREE_FAILURES) {
    const lock = Math.min(1000 * 2 ** (user.failedSignIns - FREE_FAILURES - 1), MAX_LOCK_MS);
    user.lockedUntil = now + lock;
  }
  throw notAuthorized(INCORRECT_CREDENTIALS);
}

/** After a correct password: the states in which Cognito still refuses to go on. */
export function assertCanSignIn(env: Env, pool: PoolState, user: UserState): void {
  user.failedSignIns = 0;
  if (user.status === "UNCONFIRMED") {
    throw new EmulatorError("UserNotConfirmedException", "User is not confirmed.");
  }
  if (user.status === "RESET_REQUIRED") {
    throw new EmulatorError(
      "PasswordResetRequiredException",
      "Password reset required for the user",
    );
  }
  if (user.status === "FORCE_CHANGE_PASSWORD" && user.passwordSetAt !== undefined) {
    const days = pool.passwordPolicy.TemporaryPasswordValidityDays;
    if (env.clock.now() > user.passwordSetAt + days * 86_400_000) {
      throw notAuthorized("Temporary password has expired and must be reset by an administrator.");
    }
  }
}
