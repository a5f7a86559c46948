// Public API of `cognito-challenge-ui/testing`: the emulated user pool (browser and Node).
export {
  createSoftwareAuthenticator,
  type SoftwareAuthenticator,
  type SoftwareAuthenticatorOptions,
  type SoftwareCredential,
} from "./authenticator/software-authenticator";
export type { EmulatorClock } from "./clock";
export {
  DEMO_CLIENT_ID,
  DEMO_CLIENT_SECRET,
  DEMO_CUSTOM_CLIENT_ID,
  DEMO_EMAIL_CLIENT_ID,
  DEMO_EMAIL_POOL_ID,
  DEMO_PASSWORD,
  DEMO_POOL_ID,
  DEMO_SECRET_CLIENT_ID,
  DEMO_TEMPORARY_PASSWORD,
  DEMO_TOTP_CLIENT_ID,
  DEMO_TOTP_POOL_ID,
} from "./demo/demo-ids";
export { DEMO_DEVICE, DEMO_PASSKEY, DEMO_TOTP_SECRET } from "./demo/demo-keys";
export { createDemoEmulator, DEMO_USERS, type DemoUser } from "./demo/demo-pool";
export { DEMO_SEED } from "./demo/demo-seed";
export { createEmulator, type Emulator, type EmulatorOptions } from "./emulator";
export { EmulatorError, EmulatorFault } from "./errors";
export type { FaultSpec, Faults } from "./faults";
export type { UserPoolClientInput } from "./model/client";
export type { MfaConfigInput, UserPoolInput } from "./model/pool";
export type {
  CustomAuthEvent,
  CustomAuthSessionEntry,
  CustomAuthTrigger,
  CustomAuthTriggers,
} from "./model/types";
export type { Outbox, OutboxMessage } from "./outbox";
export type {
  EmulatorSeed,
  SeedClient,
  SeedDevice,
  SeedPasskey,
  SeedPool,
  SeedResult,
  SeedUser,
} from "./seed";
export { totpCode } from "./totp";
export { createEmulatorTransport } from "./transport";
