import { type JSX, useId } from "react";
import type { SignInTokens } from "../../src/core/index";
import {
  SignIn,
  type SignInProps,
  SignInProvider,
  useSignIn,
  useSignInActions,
} from "../../src/index";
import { DEMO_POOL_ID } from "../../src/testing/index";
import type { DemoSetup } from "./demo-setup";

/** The claims of an ID token (its middle part), for the signed-in screen. Not a verification. */
function claimsOf(idToken: string): Record<string, unknown> {
  const payload = idToken.split(".")[1] ?? "";
  const base64 = payload.replace(/-/g, "+").replace(/_/g, "/");
  try {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
  } catch {
    return {};
  }
}

function PasskeyRegistration(): JSX.Element {
  const { registerPasskey } = useSignInActions();
  const registered = useSignIn((s) => s.passkeyRegistered === true);
  const isPending = useSignIn((s) => s.isPending);
  const error = useSignIn((s) => s.error);
  return (
    <div className="sb-signed-in-passkey">
      <button
        type="button"
        aria-disabled={isPending || undefined}
        onClick={() => {
          if (!isPending) void registerPasskey();
        }}
      >
        Create a passkey
      </button>
      <p role="status">
        {registered ? "Passkey created. Next time, sign in with it." : ""}
        {error ? `Passkey not created: ${error.message}` : ""}
      </p>
    </div>
  );
}

/** What the demo app shows once signed in: who, from the ID token the pool issued. */
export function SignedInSummary({
  tokens,
  offerPasskey,
}: {
  readonly tokens: SignInTokens;
  /** Offer "Create a passkey" (the pool has a WebAuthn relying party). */
  readonly offerPasskey: boolean;
}): JSX.Element {
  const titleId = useId();
  const claims = claimsOf(tokens.IdToken);
  const who = String(claims.email ?? claims["cognito:username"] ?? "");
  return (
    <section aria-labelledby={titleId} className="sb-signed-in">
      <h2 id={titleId}>You're signed in</h2>
      <dl>
        <dt>Signed in as</dt>
        <dd translate="no">{who}</dd>
        <dt>Tokens</dt>
        <dd>
          ID, access{tokens.RefreshToken ? " and refresh" : ""} tokens, valid {tokens.ExpiresIn} s
        </dd>
      </dl>
      {offerPasskey ? <PasskeyRegistration /> : null}
    </section>
  );
}

export type DemoSignInProps = Omit<SignInProps, "authFlow"> & { readonly demo: DemoSetup };

/**
 * The library's `<SignIn>` on the demo flow, shaped by the demo user: its auth flow and, for
 * passwordless users, the first factor to ask for.
 */
export function DemoSignIn({ demo, ...props }: DemoSignInProps): JSX.Element {
  const { user } = demo;
  return (
    <SignInProvider flow={demo.flow}>
      <SignIn
        authFlow={user.authFlow}
        {...(user.preferredChallenge === undefined
          ? {}
          : { preferredChallenge: user.preferredChallenge })}
        signedIn={({ tokens }) => (
          <SignedInSummary tokens={tokens} offerPasskey={user.poolId === DEMO_POOL_ID} />
        )}
        {...props}
      />
    </SignInProvider>
  );
}
