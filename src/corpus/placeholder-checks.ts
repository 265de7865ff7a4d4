/**
 * Values a clinic copied from the example file and never replaced: a booking link to clinic.example
 * or a 555 phone number would reach no one. They are warnings (the file still loads) so `check`
 * tells the admin before visitors find out.
 */
import { entryAnswers, field } from './entry-fields.ts';
import { formatPath, type PathKey } from './json-path.ts';
import { EXAMPLE_ADDRESS, EXAMPLE_NAME, EXAMPLE_PHONE, EXAMPLE_WORDING } from './messages.ts';
import type { Problem } from './problem.ts';
import { SAFE_URL_PATTERN } from './schema.ts';

/** Names reserved for examples (RFC 2606 and 6761): they never belong to a real clinic. */
const EXAMPLE_HOST = /(?:^|\.)(?:example(?:\.(?:com|net|org))?|test|invalid|localhost)$/;

/** The host of an https: address or the domain of an email (bare or mailto:), lowercased. */
function hostOf(address: string): string | undefined {
  const email = /^(?:mailto:)?[^\s@/:]+@([^\s@/?#]+)/i.exec(address);
  if (email) return email[1]?.toLowerCase();
  try {
    return new URL(address).hostname.toLowerCase() || undefined;
  } catch {
    return undefined;
  }
}

const isExampleAddress = (address: string): boolean => EXAMPLE_HOST.test(hostOf(address) ?? '');

/** North American 555 numbers are the ones films and samples use: area code 555, or 555-01xx. */
function isExamplePhone(phone: string): boolean {
  const digits = phone.replace(/^(?:tel|sms):/i, '').replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
  return digits.length === 10 && (digits.startsWith('555') || /^\d{3}55501\d\d$/.test(digits));
}

/** The example file's instruction to the admin, left in an answer. */
const TEMPLATE_WORDING = /\breplace (?:this|these|them|it) with your own\b/i;

/** Every `entries[i].links[j].url` and `entries[i].sources[j].url` that is text. */
function entryUrls(entries: unknown): [url: string, path: PathKey[]][] {
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((entry, i) =>
    (['links', 'sources'] as const).flatMap((list) => {
      const items = field(entry, list);
      if (!Array.isArray(items)) return [];
      return items.flatMap((item, j): [string, PathKey[]][] => {
        const url = field(item, 'url');
        return typeof url === 'string' ? [[url, ['entries', i, list, j, 'url']]] : [];
      });
    }),
  );
}

const warning = (path: PathKey[], wording: { message: string; expected: string }): Problem => ({ severity: 'warning', path: formatPath(path), ...wording });

export function checkPlaceholders(record: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  const clinic = record.clinic;
  const name = field(clinic, 'name');
  if (typeof name === 'string' && /\bexample\b/i.test(name)) problems.push(warning(['clinic', 'name'], EXAMPLE_NAME(name)));
  for (const key of ['bookingUrl', 'email'] as const) {
    const value = field(clinic, key);
    if (typeof value === 'string' && (key === 'email' || SAFE_URL_PATTERN.test(value)) && isExampleAddress(value)) problems.push(warning(['clinic', key], EXAMPLE_ADDRESS(value, key === 'email' ? 'email address' : 'booking page')));
  }
  const phone = field(clinic, 'phone');
  if (typeof phone === 'string' && isExamplePhone(phone)) problems.push(warning(['clinic', 'phone'], EXAMPLE_PHONE(phone)));
  // An unsafe link already has its error; a second problem about the same link would only distract.
  for (const [url, path] of entryUrls(record.entries).filter(([address]) => SAFE_URL_PATTERN.test(address))) {
    if (/^(?:tel|sms):/.test(url) ? isExamplePhone(url) : isExampleAddress(url)) problems.push(warning(path, EXAMPLE_ADDRESS(url, 'link')));
  }
  for (const [answer, i] of entryAnswers(record.entries)) {
    const left = TEMPLATE_WORDING.exec(answer);
    if (left) problems.push(warning(['entries', i, 'answer'], EXAMPLE_WORDING(left[0])));
  }
  return problems;
}
