/**
 * Passkey autofill (WebAuthn conditional mediation) for the start form.
 *
 * Why it is a hand-over and not a sign-in: Cognito only issues a WebAuthn challenge after
 * InitiateAuth(USER_AUTH) with a `USERNAME` (protocol reference §2, §7), so a page cannot hold a
 * Cognito challenge before it knows who is signing in. The conditional request below therefore
 * uses a random local challenge: the credential the person picks in the autofill menu is never
 * sent anywhere and proves nothing. It only says *which account* they picked (its user handle and
 * credential id); the app maps that to a username, and the flow then starts USER_AUTH with
 * `PREFERRED_CHALLENGE=WEB_AUTHN`, whose real ceremony is verified by Cognito.
 */

/** The credential the person picked in the autofill menu (base64url, as WebAuthn JSON spells it). */
export interface PickedPasskey {
  readonly credentialId: string;
  /** The WebAuthn `user.id` the passkey was registered with, when the authenticator returned it. */
  readonly userHandle: string | undefined;
}

/** The browser pieces passkey autofill needs; injectable so tests never touch `navigator`. */
export interface PasskeyAutofillEnvironment {
  readonly isConditionalMediationAvailable?: (() => Promise<boolean>) | undefined;
  readonly getCredential?:
    | ((options: CredentialRequestOptions) => Promise<Credential | null>)
    | undefined;
  /**
   * A fresh random WebAuthn challenge (32 bytes in the browser). Typed `BufferSource`, not
   * `Uint8Array<ArrayBuffer>`: generic typed arrays need TypeScript 5.7, and this type is public.
   */
  readonly randomChallenge?: (() => BufferSource) | undefined;
}

/** The real browser, or nothing outside one (SSR, Node). */
export function getBrowserPasskeyEnvironment(): PasskeyAutofillEnvironment {
  if (typeof window === "undefined" || typeof window.PublicKeyCredential === "undefined") return {};
  const pkc = window.PublicKeyCredential;
  const credentials = window.navigator.credentials;
  return {
    isConditionalMediationAvailable:
      typeof pkc.isConditionalMediationAvailable === "function"
        ? () => pkc.isConditionalMediationAvailable()
        : undefined,
    getCredential: credentials === undefined ? undefined : (options) => credentials.get(options),
    randomChallenge: () => crypto.getRandomValues(new Uint8Array(32)),
  };
}

/** Does this browser offer passkeys in the autofill menu? Never throws; `false` when unsure. */
export async function isPasskeyAutofillAvailable(
  env: PasskeyAutofillEnvironment = getBrowserPasskeyEnvironment(),
): Promise<boolean> {
  if (env.isConditionalMediationAvailable === undefined || env.getCredential === undefined) {
    return false;
  }
  try {
    return await env.isConditionalMediationAvailable();
  } catch {
    return false;
  }
}

/**
 * base64url without padding, as WebAuthn JSON spells ids. Not core's `bytesToBase64Url`: this
 * module is loaded on demand, and importing `core/util/encoding.ts`, which the first download
 * also needs, would make the bundler split that file into an initial chunk of its own (0.25 KB
 * gzip more for every app, `npm run bench:size`).
 */
function toBase64UrlBuffer(buffer: ArrayBuffer | null | undefined): string | undefined {
  if (buffer === null || buffer === undefined || buffer.byteLength === 0) return undefined;
  const binary = Array.from(new Uint8Array(buffer), (byte) => String.fromCharCode(byte)).join("");
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/**
 * Starts a conditional-mediation request and resolves when the person picks a passkey in the
 * autofill menu of the field marked `autocomplete="username webauthn"`; resolves `undefined` when
 * `signal` aborts it (unmount, a typed submit, a modal WebAuthn prompt), when the browser refuses,
 * or when autofill is unavailable. Only one such request can be outstanding per page.
 */
export async function waitForPickedPasskey(options: {
  readonly signal: AbortSignal;
  /** The relying-party id of the pool's passkeys; default the page's domain. */
  readonly rpId?: string | undefined;
  readonly env?: PasskeyAutofillEnvironment | undefined;
}): Promise<PickedPasskey | undefined> {
  const env = options.env ?? getBrowserPasskeyEnvironment();
  if (!(await isPasskeyAutofillAvailable(env)) || options.signal.aborted) return undefined;
  const getCredential = env.getCredential;
  const randomChallenge = env.randomChallenge;
  if (getCredential === undefined || randomChallenge === undefined) return undefined;
  const challenge = randomChallenge();
  try {
    const credential = await getCredential({
      mediation: "conditional",
      signal: options.signal,
      publicKey: {
        challenge,
        allowCredentials: [],
        userVerification: "preferred",
        ...(options.rpId === undefined ? {} : { rpId: options.rpId }),
      },
    });
    if (credential === null || !("rawId" in credential)) return undefined;
    const publicKey = credential as PublicKeyCredential;
    const response = publicKey.response as AuthenticatorAssertionResponse;
    return {
      credentialId: toBase64UrlBuffer(publicKey.rawId) ?? publicKey.id,
      userHandle: toBase64UrlBuffer(response.userHandle),
    };
  } catch {
    // AbortError on abort, NotAllowedError when the browser gives up: both mean "no pick".
    return undefined;
  }
}
