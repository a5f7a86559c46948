/** DEVICE_SRP_AUTH → DEVICE_PASSWORD_VERIFIER (protocol reference §3.13, §5 step 5). */
import {
  EmulatorError,
  INCORRECT_CREDENTIALS,
  invalidParameter,
  keepSession,
  notAuthorized,
} from "../../errors";
import { parseSrpA } from "../../srp/srp-server";
import { advance, DEVICE_NOT_FOUND, deviceOf } from "../advance";
import { partiesOf } from "../issue";
import { issueDevicePasswordVerifier, verifyPasswordClaim } from "../srp-steps";
import { type ChallengeHandler, requiredResponse, stepOf } from "./handler";

export const deviceSrpAuth: ChallengeHandler = async (env, _record, responses, ctx) => {
  const deviceKey = requiredResponse(responses, "DEVICE_KEY");
  const srpA = requiredResponse(responses, "SRP_A");
  const { user } = partiesOf(env, ctx);
  const device = deviceOf(user, deviceKey);
  const A = parseSrpA(srpA);
  if (A === undefined) throw keepSession(invalidParameter("Invalid SRP_A"));
  if (!device?.verifier) {
    throw keepSession(new EmulatorError("ResourceNotFoundException", DEVICE_NOT_FOUND));
  }
  return issueDevicePasswordVerifier(env, { ...ctx, deviceKey }, deviceKey, A, device.verifier);
};

export const devicePasswordVerifier: ChallengeHandler = async (env, record, responses, ctx) => {
  const step = stepOf(record, "DEVICE_PASSWORD_VERIFIER");
  const { user } = partiesOf(env, ctx);
  const sent = responses.DEVICE_KEY;
  if (sent && sent !== step.deviceKey) throw notAuthorized(INCORRECT_CREDENTIALS);
  const device = deviceOf(user, step.deviceKey);
  if (!device) throw keepSession(new EmulatorError("ResourceNotFoundException", DEVICE_NOT_FOUND));
  // Device SRP: the pool name becomes the DeviceGroupKey and the user id the DeviceKey (§5).
  const ok = await verifyPasswordClaim(env, step, device.groupKey, device.key, responses);
  if (!ok) throw notAuthorized(INCORRECT_CREDENTIALS);
  return advance(env, { ...ctx, deviceKey: step.deviceKey, deviceAuthenticated: true });
};
