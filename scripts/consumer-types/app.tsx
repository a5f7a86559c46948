// What an app writes against the published types (`npm run check:package` compiles this file as a
// consumer with TypeScript 5.0 and the project's TypeScript, `skipLibCheck` off). Not part of the
// project's own typecheck: it imports the package by name, through `exports`, from `dist/`.

import {
  type ChallengeComponentOverrides,
  ChallengeRouter,
  MessagesProvider,
  OtpChallenge,
  type SignedInDetails,
  SignIn,
  SignInProvider,
  useChallenge,
  useSignIn,
  useSignInActions,
} from "cognito-challenge-ui";
import {
  type Challenge,
  ChallengeError,
  createFetchTransport,
  createLocalStorageDeviceStore,
  createSignInFlow,
} from "cognito-challenge-ui/core";
import { createSdkTransport } from "cognito-challenge-ui/core/sdk";
import { de } from "cognito-challenge-ui/locales";
import { createDemoEmulator, createEmulatorTransport } from "cognito-challenge-ui/testing";
import type { JSX } from "react";
import "cognito-challenge-ui/styles.css";
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";

const userPoolId = "eu-west-1_AbCdEfGhI";
const clientId = "1example23456789";

export const flow = createSignInFlow({
  userPoolId,
  clientId,
  authFlow: "USER_SRP_AUTH",
  transport: createFetchTransport({ region: "eu-west-1" }),
  deviceStore: createLocalStorageDeviceStore({ userPoolId, clientId }),
});

export const sdkTransport = createSdkTransport(
  new CognitoIdentityProviderClient({ region: "eu-west-1" }),
);

const overrides: ChallengeComponentOverrides = {
  SMS_MFA: (props) => <OtpChallenge.Default {...props} autoSubmit />,
};

function StepName(): JSX.Element {
  const name = useSignIn((snapshot) => snapshot.challenge?.name);
  const sms = useChallenge("SMS_MFA");
  const { restart } = useSignInActions();
  return (
    <button type="button" onClick={() => restart()}>
      {name} {sms?.challenge.delivery?.destination}
    </button>
  );
}

function Welcome({ tokens }: SignedInDetails): JSX.Element {
  return <p>{tokens.IdToken.length}</p>;
}

export function App(): JSX.Element {
  return (
    <MessagesProvider locale="de" messages={de}>
      <SignInProvider flow={flow}>
        <SignIn signedIn={(details) => <Welcome {...details} />} />
        <ChallengeRouter components={overrides} />
        <StepName />
      </SignInProvider>
    </MessagesProvider>
  );
}

export const describeError = (error: unknown): string =>
  error instanceof ChallengeError ? `${error.code}: ${error.recovery}` : "unknown";
export const first = (challenge: Challenge | undefined): string => challenge?.name ?? "none";
export const inProcess = createDemoEmulator().then(({ emulator }) =>
  createEmulatorTransport(emulator),
);
