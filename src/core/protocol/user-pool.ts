import { isString } from "./parse-parameters";

/**
 * The pool name SRP hashes into x and the signature (protocol reference §4.3 step 3): the part of
 * the user pool id after `_`, e.g. `us-east-1_AbCdEfGhI` gives `AbCdEfGhI`.
 *
 * A pool id is `<region>_<name>` with an alphanumeric name, so this takes what follows the last
 * `_`. An id without `_` (or ending in it) gives `""`: no pool name can be read from it.
 * `createSignInFlow` refuses such an id when it is created (`sign-in.options.ts`) rather than
 * send an SRP proof that cannot verify.
 */
export function userPoolName(userPoolId: string): string {
  // What follows the last `_`: no `_` after it, up to the end.
  return (isString(userPoolId) && /_([^_]*)$/.exec(userPoolId)?.[1]) || "";
}
