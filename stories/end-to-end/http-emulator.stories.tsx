import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { type JSX, useMemo } from "react";
import { expect } from "storybook/test";
import { createLocalStorageDeviceStore, type SignInFlowOptions } from "../../src/core/index";
import { createSdkTransport } from "../../src/core/transport/sdk-transport";
import { SignIn, SignInProvider } from "../../src/index";
import { DEMO_POOL_ID, DEMO_USERS } from "../../src/testing/index";
import { SignedInSummary } from "../support/demo-sign-in";

interface Args {
  /** The emulator's URL: `npm run emulator` serves the demo pool on http://127.0.0.1:9229. */
  readonly endpoint: string;
  /** The demo user to sign in as (decides pool, app client and auth flow). */
  readonly user: string;
}

/**
 * Query parameters of the preview page win over the args, so a test can point the page at its
 * own emulator: `iframe.html?id=…&endpoint=http://127.0.0.1:41234&user=totp@example.com`.
 */
function fromQuery(args: Args): Args {
  const query = new URLSearchParams(globalThis.location?.search ?? "");
  return {
    endpoint: query.get("endpoint") ?? args.endpoint,
    user: query.get("user") ?? args.user,
  };
}

/**
 * Options, not a flow: `<SignInProvider options>` is how most apps wire it, and it fetches the
 * flow's code on demand, which the end-to-end tests then exercise in Chromium.
 */
function createHttpOptions({ endpoint, user: username }: Args): {
  options: SignInFlowOptions;
  user: (typeof DEMO_USERS)[number];
} {
  const user = DEMO_USERS.find((candidate) => candidate.username === username) ?? DEMO_USERS[0];
  if (!user) throw new Error("No demo users");
  // The real AWS SDK v3 client, pointed at the emulator. Sign-in operations are unsigned, so the
  // credentials are never used; one attempt, so a refused request is not silently retried.
  const client = new CognitoIdentityProviderClient({
    endpoint,
    region: "us-east-1",
    maxAttempts: 1,
    credentials: { accessKeyId: "EMULATOR", secretAccessKey: "EMULATOR" },
  });
  const options: SignInFlowOptions = {
    userPoolId: user.poolId,
    clientId: user.clientId,
    authFlow: user.authFlow,
    transport: createSdkTransport(client),
    ...(user.clientSecret === undefined ? {} : { clientSecret: user.clientSecret }),
    deviceStore: createLocalStorageDeviceStore({
      userPoolId: user.poolId,
      clientId: user.clientId,
    }),
    deviceName: "End-to-end browser",
  };
  return { options, user };
}

function HttpSignIn(props: Args): JSX.Element {
  const { endpoint, user: username } = fromQuery(props);
  // One flow per endpoint and user; the passkey calls are the browser's own (@simplewebauthn/browser).
  const { options, user } = useMemo(
    () => createHttpOptions({ endpoint, user: username }),
    [endpoint, username],
  );
  return (
    <div className="sb-demo">
      <div className="sb-demo-app">
        <SignInProvider key={`${endpoint} ${username}`} options={options}>
          <SignIn
            authFlow={user.authFlow}
            {...(user.preferredChallenge === undefined
              ? {}
              : { preferredChallenge: user.preferredChallenge })}
            signedIn={({ tokens }) => (
              <SignedInSummary tokens={tokens} offerPasskey={user.poolId === DEMO_POOL_ID} />
            )}
          />
        </SignInProvider>
      </div>
      <aside className="sb-demo-card" aria-label="Connection">
        <h2>Over HTTP, through the AWS SDK</h2>
        <p>
          Emulator: <code>{endpoint}</code>. Start it with <code>npm run emulator</code>; codes
          appear in its console and at <code>{`${endpoint}/_emulator/outbox`}</code>.
        </p>
        <p>
          Signing in as <code>{user.username}</code> ({user.authFlow}).
        </p>
      </aside>
    </div>
  );
}

/**
 * The same `<SignIn>`, wired to the emulator over HTTP with the real
 * `CognitoIdentityProviderClient` (`createSdkTransport`), real `fetch`, real CORS, and the
 * browser's own WebAuthn. The end-to-end tests open this page at their own emulator.
 */
const meta = {
  title: "End to end/Real SDK over HTTP",
  component: HttpSignIn,
  args: { endpoint: "http://127.0.0.1:9229", user: "sms@example.com" },
  argTypes: {
    endpoint: { control: "text" },
    user: { control: "select", options: DEMO_USERS.map((user) => user.username) },
  },
} satisfies Meta<typeof HttpSignIn>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Renders the start form; nothing is sent until someone signs in. */
export const SdkOverHttp: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("heading", { name: "Sign in" })).toBeVisible();
  },
};
