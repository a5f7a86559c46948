import {
  createMemoryDeviceStore,
  createSignInFlow,
  type DeviceStore,
  type SignInAuthFlow,
  type SignInFlow,
  type SignInStartInput,
} from "../../src/core/index";
import {
  createDemoEmulator,
  createEmulatorTransport,
  createSoftwareAuthenticator,
  DEMO_SEED,
  DEMO_USERS,
  type DemoUser,
  type Emulator,
  type SoftwareAuthenticator,
} from "../../src/testing/index";

/** Everything a flow story runs on: its own emulated pool, flow and authenticator. */
export interface DemoSetup {
  readonly emulator: Emulator;
  readonly flow: SignInFlow;
  readonly user: DemoUser;
  /** The software passkey authenticator injected as the flow's `webauthn` client. */
  readonly authenticator: SoftwareAuthenticator;
  readonly deviceStore: DeviceStore;
  /** The user's internal username (the `sub` in the demo's email-as-username pool). */
  readonly internalUsername: string;
}

export interface DemoSetupOptions {
  /**
   * Pre-fill the device store with the demo user's remembered device (from the demo seed), as a
   * browser that signed in and said "remember" before would have it.
   */
  readonly rememberedDevice?: boolean;
  /** Another auth flow than the user's documented one. */
  readonly authFlow?: SignInAuthFlow;
  /** Start the sign-in before the story shows (a story that opens at a later step). */
  readonly start?: SignInStartInput;
}

/** The demo user that signs in as `username` (see `DEMO_USERS` and docs/emulator.md). */
export function demoUser(username: string): DemoUser {
  const user = DEMO_USERS.find((candidate) => candidate.username === username);
  if (!user) throw new Error(`No demo user ${username}`);
  return user;
}

/** The app client's AuthSessionValidity in the demo seed (Cognito's default 3 when unset). */
function sessionValidity(user: DemoUser): number {
  for (const pool of DEMO_SEED.pools) {
    const client = pool.Clients?.find((candidate) => candidate.ClientId === user.clientId);
    if (client) return client.AuthSessionValidity ?? 3;
  }
  return 3;
}

/**
 * A fresh emulated demo pool in this page (`createDemoEmulator`), reached through
 * `createEmulatorTransport` (requests and answers go through JSON as on the wire), and a sign-in
 * flow for one demo user. The flow shares the emulator's clock, so "expire the session" moves
 * both. Used as a Storybook loader: a new pool for every story render.
 */
export async function createDemoSetup(
  username: string,
  options: DemoSetupOptions = {},
): Promise<DemoSetup> {
  const user = demoUser(username);
  const { emulator, pool } = await createDemoEmulator();
  const internalUsername =
    pool.pools
      .find((candidate) => candidate.id === user.poolId)
      ?.users.find((candidate) => candidate.login === user.username)?.username ?? user.username;
  const deviceStore = createMemoryDeviceStore();
  if (options.rememberedDevice && user.device) {
    await deviceStore.set(internalUsername, { ...user.device, remembered: true });
  }
  const authenticator = createSoftwareAuthenticator({
    credentials: user.passkey ? [user.passkey] : [],
  });
  const flow = createSignInFlow({
    userPoolId: user.poolId,
    clientId: user.clientId,
    authFlow: options.authFlow ?? user.authFlow,
    transport: createEmulatorTransport(emulator),
    ...(user.clientSecret === undefined ? {} : { clientSecret: user.clientSecret }),
    deviceStore,
    deviceName: "Storybook demo",
    webauthn: authenticator,
    totpIssuer: "cognito-challenge-ui demo",
    sessionValidityMinutes: sessionValidity(user),
    now: () => emulator.clock.now(),
  });
  if (options.start) await flow.start(options.start);
  return { emulator, flow, user, authenticator, deviceStore, internalUsername };
}
