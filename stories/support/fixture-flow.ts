import {
  type AuthResponse,
  createSignInFlow,
  type SignInAuthFlow,
  type SignInFlow,
  type Transport,
  toChallengeError,
} from "../../src/core/index";
import { fixtureIdentity, fixtures } from "../../test/fixtures/cognito/index";

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * A transport that plays recorded Cognito responses: InitiateAuth answers with `first` (a
 * challenge, or an error), every answer to it with the recorded tokens. For component stories
 * of screens that read the flow (`<SignIn>`, `<SignInStart>`, `<ChallengeRouter>`) without
 * running a whole pool; the flow stories use the emulator instead.
 */
export function createFixtureTransport(
  first:
    | AuthResponse
    | {
        readonly error: { readonly __type: string; readonly message: string };
        readonly status: number;
      },
): Transport {
  const refuse = (operation: string) => async (): Promise<never> => {
    throw toChallengeError({
      type: "InvalidParameterException",
      message: `${operation} is not recorded for this story.`,
      status: 400,
    });
  };
  return {
    initiateAuth: async () => {
      if ("error" in first) {
        throw toChallengeError({
          type: first.error.__type,
          message: first.error.message,
          status: first.status,
        });
      }
      return copy(first as AuthResponse);
    },
    respondToAuthChallenge: async () => copy(fixtures.tokens.response),
    associateSoftwareToken: async () => copy(fixtures.associateSoftwareToken.response),
    verifySoftwareToken: async () => copy(fixtures.verifySoftwareToken.response),
    confirmDevice: refuse("ConfirmDevice"),
    updateDeviceStatus: refuse("UpdateDeviceStatus"),
    startWebAuthnRegistration: refuse("StartWebAuthnRegistration"),
    completeWebAuthnRegistration: refuse("CompleteWebAuthnRegistration"),
  };
}

/** A flow on the fixtures' pool and client, over {@link createFixtureTransport}. */
export function createFixtureFlow(
  first: Parameters<typeof createFixtureTransport>[0],
  authFlow: SignInAuthFlow = "USER_AUTH",
  now?: () => number,
): SignInFlow {
  return createSignInFlow({
    userPoolId: fixtureIdentity.userPoolId,
    clientId: fixtureIdentity.clientId,
    authFlow,
    transport: createFixtureTransport(first),
    ...(now === undefined ? {} : { now }),
  });
}
