// The app `npm run bench:size` measures: what a React app writes to get a whole Cognito sign-in
// with the default screens and the fetch transport (no AWS SDK).
import { SignIn, SignInProvider } from "cognito-challenge-ui";
import { createFetchTransport } from "cognito-challenge-ui/core";
import { createRoot } from "react-dom/client";

const container = document.getElementById("sign-in");
if (container !== null) {
  createRoot(container).render(
    <SignInProvider
      options={{
        userPoolId: "eu-west-1_AbCdEfGhI",
        clientId: "7h3lq2m9v5c1n8kp4r6t0sdbaf",
        authFlow: "USER_SRP_AUTH",
        transport: createFetchTransport({ region: "eu-west-1" }),
        totpIssuer: "Size Bench",
      }}
    >
      <SignIn
        signedIn={({ tokens }) => <p>Signed in; the token expires in {tokens.ExpiresIn} s.</p>}
      />
    </SignInProvider>,
  );
}
