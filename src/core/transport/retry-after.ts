/**
 * `Retry-After` (RFC 9110 §10.2.3) in milliseconds: delta-seconds or an HTTP date. Returns
 * undefined for a missing or unusable value, so the error table's default applies.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  // Absent reads as "": neither digits nor a date.
  const text = value?.trim() ?? "";
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Only a date-like value is parsed as a date: Date.parse accepts far more than HTTP dates.
  if (!/[A-Za-z]/.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
