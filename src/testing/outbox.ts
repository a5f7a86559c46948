/** A message the emulated pool "sent": a code by SMS or email, or a temporary password. */
export interface OutboxMessage {
  /** The internal username of the recipient. */
  readonly username: string;
  readonly medium: "SMS" | "EMAIL";
  /** The full phone number or address (the challenge only shows it masked). */
  readonly destination: string;
  /** The code (or, for `TEMPORARY_PASSWORD`, the temporary password). */
  readonly code: string;
  /** ISO time on the emulator clock. */
  readonly at: string;
  /** Why it was sent. */
  readonly purpose: "MFA" | "SIGN_IN" | "MFA_SETUP" | "TEMPORARY_PASSWORD";
}

export interface Outbox {
  list(): readonly OutboxMessage[];
  /** The newest message, optionally for one username or destination. */
  last(recipient?: string): OutboxMessage | undefined;
  clear(): void;
  /** Called with each new message; returns an unsubscribe function. */
  subscribe(listener: (message: OutboxMessage) => void): () => void;
}

export interface WritableOutbox extends Outbox {
  push(message: OutboxMessage): void;
}

export function createOutbox(): WritableOutbox {
  let messages: readonly OutboxMessage[] = [];
  const listeners = new Set<(message: OutboxMessage) => void>();
  return {
    list: () => messages,
    last(recipient) {
      for (let i = messages.length - 1; i >= 0; i--) {
        const message = messages[i];
        if (!message) continue;
        if (recipient === undefined) return message;
        if (message.username === recipient || message.destination === recipient) return message;
      }
      return undefined;
    },
    clear() {
      messages = [];
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    push(message) {
      messages = [...messages, message];
      for (const listener of [...listeners]) listener(message);
    },
  };
}
