/**
 * NEW_PASSWORD_REQUIRED (protocol reference §3.8): a new password that meets the policy, plus the
 * pool's required attributes the user lacks (`userAttributes.<name>`). Refusals keep the Session
 * so the person can correct the form.
 */
import { EmulatorError, invalidParameter, keepSession } from "../../errors";
import { checkPasswordPolicy } from "../../model/password-policy";
import { checkAttributeWrites, requiredAttributes } from "../../model/schema";
import { setPassword, writeAttributes } from "../../model/users";
import { advance } from "../advance";
import { partiesOf } from "../issue";
import { type ChallengeHandler, requiredResponse } from "./handler";

const PREFIX = "userAttributes.";
// Verification flags and sub are Cognito's to set (the classic SDK README strips email_verified).
const READ_ONLY = new Set(["sub", "email_verified", "phone_number_verified"]);

function keep(error: unknown): never {
  throw error instanceof EmulatorError ? keepSession(error) : error;
}

export const newPasswordRequired: ChallengeHandler = async (env, _record, responses, ctx) => {
  const password = requiredResponse(responses, "NEW_PASSWORD");
  const { pool, user } = partiesOf(env, ctx);
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(responses)) {
    if (!key.startsWith(PREFIX)) continue;
    const name = key.slice(PREFIX.length);
    if (READ_ONLY.has(name)) {
      throw keepSession(invalidParameter(`Cannot modify the non-mutable attribute ${name}`));
    }
    const current = user.attributes.get(name);
    if (current !== undefined && current !== value && requiredAttributes(pool).includes(name)) {
      throw keepSession(invalidParameter(`Cannot modify an already provided ${name}`));
    }
    attributes[name] = value;
  }
  try {
    checkAttributeWrites(pool, attributes);
  } catch (error) {
    keep(error);
  }
  for (const name of requiredAttributes(pool)) {
    const value = attributes[name] ?? user.attributes.get(name);
    if (value === undefined || value === "") {
      throw keepSession(invalidParameter(`Invalid attributes given, ${name} is missing`));
    }
  }
  try {
    checkPasswordPolicy(pool.passwordPolicy, password);
  } catch (error) {
    keep(error);
  }
  const now = env.clock.now();
  writeAttributes(pool, user, attributes, now);
  await setPassword(pool, user, password, true, now);
  return advance(env, { ...ctx, passwordChanged: true });
};
