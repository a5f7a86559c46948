/**
 * Splits a base32 TOTP secret into blocks for reading and typing: `JBSW Y3DP EHPK 3PXP`.
 * Authenticator apps ignore the spaces when the secret is typed or pasted back, and people lose
 * their place far less often in blocks of four (anchors-and-ux §5.5).
 *
 * @param secret the `SecretCode` from AssociateSoftwareToken
 * @param size characters per block @default 4
 */
export function groupSecret(secret: string, size = 4): string[] {
  const compact = secret.replace(/\s+/g, "");
  const groups: string[] = [];
  for (let index = 0; index < compact.length; index += size) {
    groups.push(compact.slice(index, index + size));
  }
  return groups;
}
