/** The schemes a visitor may be sent to from an answer: web pages, phone, text message, email. */
const SAFE_SCHEMES = new Set(['https:', 'tel:', 'sms:', 'mailto:']);

/**
 * Returns the URL if its scheme is https:, tel:, sms: or mailto:, otherwise ''. Control characters
 * and whitespace inside the scheme (`java\tscript:`) are not forgiven: the URL parser would strip
 * them, so such a URL is judged after parsing. Does not HTML-escape: callers set it as an attribute.
 */
export function safeUrl(raw: string): string {
  const trimmed = raw.trim();
  if (trimmed === '') return '';
  let scheme: string;
  try {
    scheme = new URL(trimmed).protocol.toLowerCase();
  } catch {
    return '';
  }
  return SAFE_SCHEMES.has(scheme) ? trimmed : '';
}
