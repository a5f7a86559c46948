import { Secret, TOTP } from "otpauth";
import { type JSX, useEffect, useId, useState, useSyncExternalStore } from "react";
import type { SignInFlow, SignInSnapshot } from "../../src/core/index";
import type { Emulator, OutboxMessage } from "../../src/testing/index";

/** A TOTP secret the panel turns into the current 6-digit code, like an authenticator app. */
export interface PanelAuthenticator {
  /** What the app would call the account. */
  readonly account: string;
  /** base32 */
  readonly secret: string;
}

export interface PhoneAndInboxProps {
  readonly emulator: Emulator;
  /** The flow of the story: its MFA_SETUP step brings a new TOTP secret to show codes for. */
  readonly flow?: SignInFlow | undefined;
  /** The demo user's authenticator app, when the user has one. */
  readonly authenticator?: PanelAuthenticator | undefined;
}

const PERIOD_SECONDS = 30;

/** The current code of `secret` at `at` (epoch ms, the emulator's clock). */
export function totpAt(secret: string, at: number): string {
  return TOTP.generate({
    secret: Secret.fromBase32(secret),
    algorithm: "SHA1",
    digits: 6,
    period: PERIOD_SECONDS,
    timestamp: at,
  });
}

function useOutbox(emulator: Emulator): readonly OutboxMessage[] {
  const [messages, setMessages] = useState<readonly OutboxMessage[]>(() => emulator.outbox.list());
  useEffect(() => {
    setMessages(emulator.outbox.list());
    return emulator.outbox.subscribe(() => setMessages(emulator.outbox.list()));
  }, [emulator]);
  return messages;
}

/** The emulator's time, refreshed every second (TOTP codes roll over every 30 s). */
function useEmulatorNow(emulator: Emulator): number {
  const [now, setNow] = useState(() => emulator.clock.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(emulator.clock.now()), 1000);
    return () => clearInterval(timer);
  }, [emulator]);
  return now;
}

const noFlow = {
  subscribe: () => () => {},
  getSnapshot: (): SignInSnapshot | undefined => undefined,
};

/** The TOTP secret of an authenticator-app set-up in progress, if the flow shows one. */
function useSetupSecret(flow: SignInFlow | undefined): PanelAuthenticator | undefined {
  const snapshot = useSyncExternalStore(
    flow?.subscribe ?? noFlow.subscribe,
    flow?.getSnapshot ?? noFlow.getSnapshot,
  );
  const challenge = snapshot?.challenge;
  if (challenge?.name !== "MFA_SETUP" || !("totp" in challenge) || !challenge.totp) {
    return undefined;
  }
  return { account: challenge.totp.accountName, secret: challenge.totp.secretCode };
}

function describe(message: OutboxMessage): string {
  const medium = message.medium === "SMS" ? "SMS" : "Email";
  return message.purpose === "TEMPORARY_PASSWORD"
    ? `${medium} to ${message.destination}, temporary password`
    : `${medium} to ${message.destination}`;
}

/**
 * "Phone and inbox": what a person would see on their phone and in their mailbox while signing
 * in to the demo pool. Every code the emulator delivered (newest first, as text to read or copy),
 * the current authenticator-app code for TOTP users (and for a TOTP set-up in progress), and a
 * polite live region that announces each new message.
 */
export function PhoneAndInbox({ emulator, flow, authenticator }: PhoneAndInboxProps): JSX.Element {
  const titleId = useId();
  const messages = useOutbox(emulator);
  const now = useEmulatorNow(emulator);
  const setup = useSetupSecret(flow);
  const apps = [setup, authenticator].filter((app): app is PanelAuthenticator => app !== undefined);
  const newest = messages.at(-1);
  const secondsLeft = PERIOD_SECONDS - (Math.floor(now / 1000) % PERIOD_SECONDS);
  return (
    <section className="sb-inbox" aria-labelledby={titleId}>
      <h2 id={titleId}>Phone and inbox</h2>
      {apps.length > 0 ? (
        <>
          <h3>Authenticator app</h3>
          <ul aria-label="Authenticator app codes">
            {apps.map((app) => (
              <li key={app.secret} className="sb-inbox-item">
                <span className="sb-inbox-from">{app.account}</span>
                <strong className="sb-inbox-code" translate="no">
                  {totpAt(app.secret, now)}
                </strong>
                <span className="sb-inbox-meta">new code in {secondsLeft} s</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>Messages</h3>
      {messages.length === 0 ? (
        <p className="sb-inbox-empty">No messages yet. Codes sent by SMS or email appear here.</p>
      ) : (
        <ul aria-label="Messages">
          {[...messages].reverse().map((message) => (
            <li
              key={`${message.at}-${message.destination}-${message.code}`}
              className="sb-inbox-item"
            >
              <span className="sb-inbox-from">{describe(message)}</span>
              <strong className="sb-inbox-code" translate="no">
                {message.code}
              </strong>
              <span className="sb-inbox-meta">
                <time dateTime={message.at}>{new Date(message.at).toLocaleTimeString("en")}</time>
              </span>
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="sb-visually-hidden">
        {newest ? `New ${describe(newest)}: ${newest.code}` : ""}
      </p>
    </section>
  );
}
