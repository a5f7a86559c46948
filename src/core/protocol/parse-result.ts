import { ProtocolError } from "../errors/challenge-error";

/**
 * The outcome of parsing server data: the typed value, or the `ProtocolError` that says which
 * check failed (`error.reason`) and on which field (`error.message`). Parsers never throw.
 */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: ProtocolError };

/**
 * Throws the `ProtocolError` a parser reports; `attempt` turns it into `{ ok: false }`. The
 * message is `<reason>: <field>` (`InvalidHex: ChallengeParameters.SRP_B`): it names the field,
 * never its value. The reasons are listed in docs/protocol.md.
 */
export function reject(reason: string, field: string): never {
  throw new ProtocolError(reason, `${reason}: ${field}`);
}

/**
 * Runs a parser that reports bad data by throwing `ProtocolError`, and turns every outcome into
 * a `ParseResult`. Anything else thrown (a bug of ours, an exotic host object) still becomes a
 * `ProtocolError` (`Unreadable`), so a public parser can promise that it never throws.
 */
export function attempt<T>(parse: () => T): ParseResult<T> {
  try {
    return { ok: true, value: parse() };
  } catch (error) {
    return {
      ok: false,
      error:
        error instanceof ProtocolError
          ? error
          : new ProtocolError("Unreadable", "Unreadable", error),
    };
  }
}
