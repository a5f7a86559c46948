/** What an authenticator app shows for a TOTP set-up. */
export interface TotpUriInput {
  /** The base32 `SecretCode` from AssociateSoftwareToken. */
  readonly secretCode: string;
  /** The app or company name shown in the authenticator; may be empty. */
  readonly issuer: string;
  /** Usually the username or email address the person signs in with. */
  readonly accountName: string;
}

/**
 * Percent-encoded, a lone surrogate (which `encodeURIComponent` refuses with a URIError) replaced
 * by U+FFFD. With the `u` flag a regex reads a surrogate pair as one code point, so `\p{Cs}`
 * matches only the lone halves.
 */
function encode(text: string): string {
  return encodeURIComponent(String(text).replace(/\p{Cs}/gu, "\uFFFD"));
}

/**
 * The Key URI for a QR code: `otpauth://totp/<issuer>:<account>?secret=<SecretCode>&issuer=<issuer>`
 * (protocol reference §6.3). Unlike Amplify, issuer and account are percent-encoded (§13.14), so
 * `Acme & Co` or an email address cannot break the label or the query. The Key URI format forbids
 * `:` in both; it is encoded too, but some apps decode the label before splitting it, so keep it
 * out of issuer names. Without an issuer the label is the account alone and the `issuer`
 * parameter is left out. Spaces and `=` padding are removed from the secret, as the format asks.
 */
export function buildTotpUri(input: TotpUriInput): string {
  const secret = encode(String(input.secretCode).replace(/[\s=]/g, ""));
  const account = encode(input.accountName);
  const issuer = input.issuer ? encode(input.issuer) : "";
  const label = issuer ? `${issuer}:${account}` : account;
  return `otpauth://totp/${label}?secret=${secret}${issuer && `&issuer=${issuer}`}`;
}
