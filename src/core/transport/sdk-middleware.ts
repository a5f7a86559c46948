// The SDK transport's per-command middlewares. Typed structurally: nothing here imports the AWS
// SDK (only sdk-transport.ts does), and the SDK's middleware types live in @smithy/types, which
// this library does not depend on.

/** The raw HTTP answer of the one attempt a call makes, read before the SDK parses it. */
export interface RawAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly text: string;
}

/** What the middlewares learn about one call. */
export interface CallState {
  attempts: number;
  raw?: RawAnswer;
  firstError?: unknown;
}

/**
 * Thrown in place of the first attempt's error so that the SDK's retry strategy sees a plain
 * client error and does not try again. It has no `cause`, `code`, `$metadata` or `$retryable`:
 * the SDK's classifiers (throttling, transient, server error) look at exactly those.
 */
export class SingleAttemptStop extends Error {
  override readonly name = "SingleAttemptStop";
}

interface HttpResponseLike {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  body?: unknown;
}

function isHttpResponseLike(value: unknown): value is HttpResponseLike {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.statusCode === "number" && typeof candidate.headers === "object";
}

type Next = (args: unknown) => Promise<{ readonly response: unknown }>;
type Middleware = (next: Next) => (args: unknown) => Promise<{ readonly response: unknown }>;

/** The part of a command's middleware stack used here. */
export interface StackLike {
  // `never`: the SDK's middleware types live in @smithy/types, which this library does not
  // depend on; any command's stack fits this shape, and the middlewares below are cast to it.
  addRelativeTo(
    middleware: never,
    options: { relation: "before" | "after"; toMiddleware: string; name: string },
  ): void;
}

const utf8 = new TextDecoder();

/**
 * Two per-command middlewares around the SDK's deserializer (the client itself is not changed):
 * - outside it, inside the retry middleware: one HTTP request per call. The first attempt's
 *   error is replaced by `SingleAttemptStop`, which no retry strategy retries; a second attempt
 *   (a custom strategy that retries everything) is refused without a request.
 * - inside it: reads the raw body once (`collectBody`, the client's own stream collector) and
 *   hands the bytes on, so that the transport sees what fetch would see (an empty or non-object
 *   2xx body is a NetworkError; the SDK would turn it into `{}`).
 */
export function instrumentCommand(
  stack: StackLike,
  collectBody: (body: unknown) => Promise<Uint8Array>,
  state: CallState,
): void {
  const oneAttempt: Middleware = (next) => async (args) => {
    state.attempts += 1;
    if (state.attempts > 1) throw new SingleAttemptStop("A second attempt was refused.");
    try {
      return await next(args);
    } catch (error) {
      state.firstError = error;
      throw new SingleAttemptStop("The first attempt failed.");
    }
  };
  const rawBody: Middleware = (next) => async (args) => {
    const result = await next(args);
    const response = result.response;
    if (isHttpResponseLike(response)) {
      const bytes =
        response.body === undefined ? new Uint8Array() : await collectBody(response.body);
      response.body = bytes;
      state.raw = {
        status: response.statusCode,
        headers: response.headers,
        text: utf8.decode(bytes),
      };
    }
    return result;
  };
  stack.addRelativeTo(oneAttempt as never, {
    relation: "before",
    toMiddleware: "deserializerMiddleware",
    name: "cognitoChallengeUiSingleAttempt",
  });
  stack.addRelativeTo(rawBody as never, {
    relation: "after",
    toMiddleware: "deserializerMiddleware",
    name: "cognitoChallengeUiRawBody",
  });
}
