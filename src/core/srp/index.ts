// Public SRP API of `cognito-challenge-ui/core` (protocol reference §4, §5). The group and the
// primitives in `srp-math.ts` are shared with the emulator but are not part of the public API.
export {
  createDeviceVerifier,
  type DeviceVerifier,
  type DeviceVerifierInput,
} from "./device-verifier";
export {
  computeDeviceClaim,
  computePasswordClaim,
  createSrpEphemeral,
  type DeviceClaimInput,
  type PasswordClaimInput,
  type SrpEphemeral,
} from "./srp-client";
export { formatTimestamp } from "./timestamp";
