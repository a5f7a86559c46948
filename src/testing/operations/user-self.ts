/** Operations of a signed-in user (access token): GetUser, SetUserMFAPreference. */
import { mfaSettingList } from "../auth/mfa";
import type { Env } from "../env";
import { type Input, requiredString } from "../input";
import { applyMfaPreference } from "../model/mfa-preference";
import { attributeList } from "../model/users";
import { verifyAccessToken } from "../tokens";

export async function getUser(env: Env, input: Input): Promise<unknown> {
  const { user } = await verifyAccessToken(env, requiredString(input, "AccessToken"));
  return {
    Username: user.username,
    UserAttributes: attributeList(user),
    ...mfaSettingList(user),
  };
}

export async function setUserMfaPreference(env: Env, input: Input): Promise<unknown> {
  const { user } = await verifyAccessToken(env, requiredString(input, "AccessToken"));
  applyMfaPreference(user, input, env.clock.now());
  return {};
}
