import { invalidOption } from "../errors/invalid-option";
import type { SignInFlowOptions } from "./sign-in.types";

/**
 * Refuses options no sign-in can work with, when the flow is created: a developer mistake (often
 * from JavaScript, or an unset environment variable) must fail loudly in the developer's console,
 * not reach a person as "Incorrect username or password." (an SRP proof over a pool name that
 * cannot be read never verifies) or as an unknown error at the first request.
 *
 * Throws a `ChallengeError` `InvalidParameterException`, `reason: "InvalidFlowOptions"`, whose
 * message names the option. One message shape for all four keeps it small (the flow's whole
 * code counts against the core's size budget); docs/flow.md#options says what each takes.
 * `<SignInProvider options>` shows this error as its idle snapshot's `error` as soon as the
 * flow's module has loaded (`deferred-flow.ts`).
 */
export function checkFlowOptions(options: SignInFlowOptions): void {
  const { userPoolId, clientId, authFlow, transport } = options ?? {};
  // Cognito's patterns: a pool id is `[\w-]+_[0-9a-zA-Z]+` (SRP hashes the part after `_`), an
  // app client id `[\w+]+`.
  const bad = !/^[\w-]+_[0-9a-zA-Z]+$/.test(`${userPoolId}`)
    ? "userPoolId"
    : typeof clientId !== "string" || !/^[\w+]+$/.test(clientId)
      ? "clientId"
      : !/^(USER_SRP_AUTH|USER_PASSWORD_AUTH|USER_AUTH|CUSTOM_AUTH)$/.test(`${authFlow}`)
        ? "authFlow"
        : typeof transport?.initiateAuth !== "function"
          ? "transport"
          : "";
  if (bad) {
    throw invalidOption(
      `createSignInFlow: option ${bad} is missing or malformed`,
      "InvalidFlowOptions",
    );
  }
}
