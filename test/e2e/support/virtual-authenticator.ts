import type { CDPSession, Page } from "playwright-core";

/**
 * Chromium's virtual authenticator (DevTools protocol `WebAuthn` domain): a platform
 * authenticator with user verification and resident keys that answers `navigator.credentials`
 * without any prompt. Real WebAuthn, real signatures: the emulator verifies them like a phone's.
 */
export interface VirtualAuthenticator {
  readonly cdp: CDPSession;
  readonly authenticatorId: string;
  /** The credentials it holds (ids base64, as the protocol reports them). */
  credentials(): Promise<readonly { credentialId: string; rpId?: string; signCount: number }[]>;
  /** `false` makes the next ceremonies fail user verification: the page sees NotAllowedError. */
  setUserVerified(verified: boolean): Promise<void>;
}

export async function addVirtualAuthenticator(page: Page): Promise<VirtualAuthenticator> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable", { enableUI: false });
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return {
    cdp,
    authenticatorId,
    async credentials() {
      const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
      return credentials;
    },
    async setUserVerified(verified) {
      await cdp.send("WebAuthn.setUserVerified", { authenticatorId, isUserVerified: verified });
    },
  };
}
