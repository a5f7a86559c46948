/**
 * Public demo material: the demo passkey's key pair, the demo TOTP secret and the remembered
 * device's secret. They are published on purpose (stories pre-fill a device store and sign with
 * the passkey); they protect nothing but the in-memory demo pool.
 */
import type { SoftwareCredential } from "../authenticator/software-authenticator";

/** The demo TOTP secret (base32) of every demo user with an authenticator app. */
export const DEMO_TOTP_SECRET = "MRNUGPXSXJJ6WF4TPJWNEJNBU4TLCQL4";

/** The demo passkey user's `sub`; the passkey's user handle is its base64url UTF-8. */
export const DEMO_PASSKEY_SUB = "0d3e0000-0000-4000-8000-000000000009";

/** The demo passkey (relying party `localhost`), private key included, for `createSoftwareAuthenticator`. */
export const DEMO_PASSKEY: SoftwareCredential = {
  credentialId: "KUmuEbEO75d4gMpjZ4B43w",
  rpId: "localhost",
  privateKey: {
    kty: "EC",
    crv: "P-256",
    x: "fzLquGZWYkdPoGazDWsQ6KFQcxGE1ci-9wuhRCjAX4M",
    y: "oQqgN5hCESojZaNcfLFEl8dSu8TG_-8aPJag6f9vYug",
    d: "Lrb_ruKhPnDoX_eocKFFvDQrlw8O6waebgRE3_eqC3I",
  },
  // base64url of UTF-8 "0d3e0000-0000-4000-8000-000000000009"
  userHandle: "MGQzZTAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDA5",
};

/** The remembered device of the demo device user: what a browser's device store would hold. */
export const DEMO_DEVICE: {
  readonly deviceKey: string;
  readonly deviceGroupKey: string;
  readonly devicePassword: string;
} = {
  deviceKey: "us-east-1_9e11d94f-c0df-4ed6-9742-0ab83995ba96",
  deviceGroupKey: "-CcUiDemo1",
  devicePassword: "m0qsA/9XU545s5NRvPOdw8OmPsxkbESr3ym8E1t0McO1IWO4AsKp3w==",
};
