import { ProtocolError } from "../errors/challenge-error";

/**
 * The outcome of parsing server data: the typed value, or the `ProtocolError` that says which
 * check failed (`error.reason`) and on which field (`error.message`). Parsers never throw.
 */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: ProtocolError };

/**
 * What each `ProtocolError.reason` of the parsers means; the message is
 * `Cognito's <field> is <problem>.`, naming the field and never its value.
 */
const PROBLEMS: Readonly<Record<string, string>> = {
  InvalidResponse: "not a JSON object",
  MissingResult: "missing",
  MissingChallengeName: "missing",
  MissingSession: "missing",
  MissingToken: "missing",
  MissingParameter: "missing",
  InvalidParameterType: "of the wrong type",
  MalformedJson: "not the JSON expected",
  InvalidHex: "not hexadecimal",
  InvalidBase64: "not base64",
  NoOptions: "without any option this library supports",
  Unreadable: "unreadable",
};

/** Throws the `ProtocolError` a parser reports; `attempt` turns it into `{ ok: false }`. */
export function reject(reason: string, field: string): never {
  throw new ProtocolError(reason, `Cognito's ${field} is ${PROBLEMS[reason] ?? "invalid"}.`);
}

/**
 * Runs a parser that reports bad data by throwing `ProtocolError`, and turns every outcome into
 * a `ParseResult`. Anything else thrown (a bug of ours, an exotic host object) still becomes a
 * `ProtocolError`, so a public parser can promise that it never throws.
 */
export function attempt<T>(parse: () => T): ParseResult<T> {
  try {
    return { ok: true, value: parse() };
  } catch (error) {
    if (error instanceof ProtocolError) return { ok: false, error };
    return {
      ok: false,
      error: new ProtocolError("Unreadable", "Cognito's response is unreadable.", error),
    };
  }
}
