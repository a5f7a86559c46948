import type { Recovery } from "../../core/errors/challenge-error";
import type { MessagesApi } from "../messages/messages-provider";
import type { MessageKey, MessageParams } from "../messages/types";

/**
 * The part of a `ChallengeError` the screens read. `ChallengeError` satisfies it; so does a plain
 * object, which keeps components free of `instanceof` checks across bundles (the core entry and
 * the main entry each carry their own copy of the class).
 */
export interface ErrorLike {
  readonly code: string;
  readonly recovery: Recovery;
  readonly message: string;
  readonly retryAfterMs?: number | undefined;
}

/** Whether `value` looks like a `ChallengeError` (a `code` and a `recovery`). */
export function isErrorLike(value: unknown): value is ErrorLike {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Partial<ErrorLike>;
  return (
    typeof candidate.code === "string" &&
    (candidate.recovery === "retry" ||
      candidate.recovery === "restart" ||
      candidate.recovery === "wait")
  );
}

/** A message key and its parameters. */
export interface MessageRef {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

// Cognito's Pre-* triggers fail with "<Trigger> failed with error <text>." (protocol reference
// §10, UserLambdaValidationException); the text after the prefix is the app's own message.
const TRIGGER_PREFIX = /^[A-Za-z]+ failed with error\s*/;

/**
 * Which message describes `error`: `error.<code>`, unknown codes as `error.UnknownError`.
 *
 * `NotAuthorizedException` covers a wrong password, an expired or reused session and a lockout
 * (protocol reference §10); the code alone cannot tell them apart, so Cognito's message picks
 * the refinement. Only that choice reads Cognito's text; what is shown is always ours.
 * `UserLambdaValidationException` shows the trigger's own message, which the app wrote.
 */
export function describeError(error: ErrorLike, messages: Pick<MessagesApi, "has">): MessageRef {
  if (error.code === "NotAuthorizedException") {
    if (/session/i.test(error.message)) {
      return { key: "error.NotAuthorizedException.expiredSession" };
    }
    if (/attempts exceeded/i.test(error.message)) {
      return { key: "error.NotAuthorizedException.attemptsExceeded" };
    }
  }
  if (error.code === "UserLambdaValidationException") {
    const detail = error.message.replace(TRIGGER_PREFIX, "").trim();
    return detail === ""
      ? { key: "error.UserLambdaValidationException" }
      : { key: "error.UserLambdaValidationException.detail", params: { detail } };
  }
  const key = `error.${error.code}`;
  return { key: messages.has(key) ? key : "error.UnknownError" };
}

/**
 * The full text shown for `error`: what happened, then for `wait` errors when to try again
 * ("You can try again in 2 minutes.", `Intl.RelativeTimeFormat`).
 */
export function formatErrorText(error: ErrorLike, messages: MessagesApi): string {
  const { key, params } = describeError(error, messages);
  const text = messages.message(key, params);
  if (error.recovery !== "wait") return text;
  const when =
    error.retryAfterMs !== undefined && error.retryAfterMs > 0
      ? messages.message("common.tryAgainIn", {
          time: messages.formatter.relativeTime(error.retryAfterMs),
        })
      : messages.message("common.tryAgainLater");
  return `${text} ${when}`;
}
