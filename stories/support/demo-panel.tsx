import type { Decorator } from "@storybook/react-vite";
import { type JSX, useId, useState } from "react";
import type { DemoSetup } from "./demo-setup";
import { PhoneAndInbox } from "./phone-and-inbox";
import "./demo.css";

/** Minutes past any demo client's AuthSessionValidity (15 at most): the session is surely dead. */
const EXPIRE_SECONDS = 16 * 60;

function DemoUserCard({ demo }: { readonly demo: DemoSetup }): JSX.Element {
  const titleId = useId();
  const { user } = demo;
  return (
    <section className="sb-demo-card" aria-labelledby={titleId}>
      <h2 id={titleId}>Demo user</h2>
      <dl>
        <dt>Username</dt>
        <dd translate="no">{user.username}</dd>
        {user.authFlow === "USER_AUTH" && user.preferredChallenge !== undefined ? null : (
          <>
            <dt>Password</dt>
            <dd translate="no">{user.password}</dd>
          </>
        )}
        {user.answers ? (
          <>
            <dt>Answers</dt>
            <dd>{user.answers.join(", then ")}</dd>
          </>
        ) : null}
      </dl>
      <p>{user.shows}</p>
    </section>
  );
}

/** Buttons that move the emulated pool: what would otherwise take minutes or bad luck. */
function EmulatorControls({ demo }: { readonly demo: DemoSetup }): JSX.Element {
  const titleId = useId();
  const [note, setNote] = useState("");
  const { emulator, authenticator } = demo;
  return (
    <section className="sb-demo-card" aria-labelledby={titleId}>
      <h2 id={titleId}>Emulated pool</h2>
      <div className="sb-demo-buttons">
        <button
          type="button"
          onClick={() => {
            emulator.clock.advance(EXPIRE_SECONDS);
            setNote("The clock moved 16 minutes: the current step's session has expired.");
          }}
        >
          Expire the session
        </button>
        <button
          type="button"
          onClick={() => {
            emulator.faults.inject({
              operation: "*",
              kind: "exception",
              type: "TooManyRequestsException",
              message: "Rate exceeded",
            });
            setNote("The next request will be throttled (TooManyRequestsException).");
          }}
        >
          Throttle the next request
        </button>
        {demo.user.passkey ? (
          <button
            type="button"
            onClick={() => {
              authenticator.failNext();
              setNote("The next passkey prompt will be dismissed (NotAllowedError).");
            }}
          >
            Cancel the next passkey prompt
          </button>
        ) : null}
      </div>
      <p role="status" className="sb-demo-note">
        {note}
      </p>
    </section>
  );
}

/**
 * Puts the story beside the demo side panel: who to sign in as, the "Phone and inbox" panel
 * (codes the emulated pool delivered, authenticator-app codes) and buttons that expire the
 * session or throttle the next request. Reads the `demo` a flow story's loader created.
 */
export const withDemoPanel: Decorator = (Story, context) => {
  const demo = (context.loaded as { demo?: DemoSetup }).demo;
  if (!demo) return <Story />;
  const totpSecret = demo.user.totpSecret;
  return (
    <div className="sb-demo">
      <div className="sb-demo-app">
        <Story />
      </div>
      <div className="sb-demo-side">
        <DemoUserCard demo={demo} />
        <PhoneAndInbox
          emulator={demo.emulator}
          flow={demo.flow}
          authenticator={
            totpSecret === undefined
              ? undefined
              : { account: demo.user.username, secret: totpSecret }
          }
        />
        <EmulatorControls demo={demo} />
      </div>
    </div>
  );
};
