// Public API of `cognito-challenge-ui/testing/server`: the emulated pool over HTTP (Node).
export {
  createEmulatorServer,
  type EmulatorServer,
  type EmulatorServerOptions,
} from "./emulator-server";
