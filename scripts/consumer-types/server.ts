// A Node test setup a user writes: the emulated pool over HTTP (see app.tsx for why this is here).
import { createEmulatorServer } from "cognito-challenge-ui/testing/server";

export const server = createEmulatorServer;
