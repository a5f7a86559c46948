// @vitest-environment node
// Server rendering (Next.js, Remix, any SSR): `<SignIn>` renders its start form in plain Node, with
// no `window`, `document` or `localStorage`, from the options an app would write on the server.
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SignIn } from "../../src/components/sign-in/index";
import { createFetchTransport, createLocalStorageDeviceStore } from "../../src/core/index";
import { SignInProvider } from "../../src/headless/index";

const pool = { userPoolId: "eu-west-1_Abc123", clientId: "exampleclient" } as const;

describe("<SignIn> rendered on a server", () => {
  it("has no browser globals to lean on here", () => {
    expect(typeof window).toBe("undefined");
    expect(typeof document).toBe("undefined");
    expect(typeof localStorage).toBe("undefined");
  });

  it("renders the labelled start form from options, device store included", () => {
    const options = {
      ...pool,
      authFlow: "USER_SRP_AUTH",
      transport: createFetchTransport({ region: "eu-west-1" }),
      deviceStore: createLocalStorageDeviceStore(pool),
    } as const;
    const html = renderToString(
      <SignInProvider options={options}>
        <SignIn />
      </SignInProvider>,
    );
    expect(html).toMatch(/<form[^>]*data-scope="sign-in-start"/);
    const usernameId = /<input id="([^"]+)"[^>]*autoComplete="username webauthn"/.exec(html)?.[1];
    expect(usernameId).toBeDefined();
    expect(html).toContain(`for="${usernameId}"`);
    expect(html).toMatch(/<input[^>]*type="password"[^>]*autoComplete="current-password"/);
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>Sign in<\/button>/);
    // Nothing that only a browser can know leaks into the markup: no error, no pending state.
    expect(html).not.toMatch(/role="alert"[^>]*>[^<]/);
    expect(html).toContain('data-state="idle"');
  });

  it("renders a passwordless start form (USER_AUTH) with no password field", () => {
    const html = renderToString(
      <SignInProvider
        options={{
          ...pool,
          authFlow: "USER_AUTH",
          transport: createFetchTransport({ region: "eu-west-1" }),
        }}
      >
        <SignIn authFlow="USER_AUTH" />
      </SignInProvider>,
    );
    expect(html).toContain("username webauthn");
    expect(html).not.toContain('type="password"');
  });
});
