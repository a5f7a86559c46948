import { createDemoEmulator } from "../../../src/testing/index";
import { createEmulatorServer, type EmulatorServer } from "../../../src/testing/server/index";

/**
 * The demo pool served over HTTP on 127.0.0.1 at a free port, as `npx cognito-challenge-emulator`
 * serves it. Its WebAuthn relying party is `localhost`, and it accepts `http://localhost:*`
 * origins, which is where the tests open the page.
 */
export async function startDemoServer(): Promise<EmulatorServer> {
  const { emulator } = await createDemoEmulator();
  return createEmulatorServer({ emulator, host: "127.0.0.1", port: 0 });
}

/** The newest code the emulator delivered to `destination` (a full phone number or address). */
export function lastCodeTo(server: EmulatorServer, destination: string): string {
  const message = server.emulator.outbox.last(destination);
  if (!message) throw new Error(`No message to ${destination}`);
  return message.code;
}
