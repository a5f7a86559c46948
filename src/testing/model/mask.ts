/** How Cognito masks a code's destination in `CODE_DELIVERY_DESTINATION` (protocol reference §3.2). */

/** `+15555550008` → `+*******0008`: every digit but the last four hidden. */
export function maskPhone(phone: string): string {
  const digits = phone.startsWith("+") ? phone.slice(1) : phone;
  const shown = digits.slice(-4);
  return `+${"*".repeat(Math.max(0, digits.length - shown.length))}${shown}`;
}

/** `alice@example.com` → `a***@e***`: the first letter of each side. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  const local = at > 0 ? email.slice(0, at) : email;
  const domain = at > 0 ? email.slice(at + 1) : "";
  return `${local.charAt(0)}***@${domain.charAt(0)}***`;
}
