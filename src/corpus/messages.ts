/**
 * Every problem text the validator shows, built by one named factory each, in words a clinic's web
 * admin understands: what is wrong (`message`, read after the path) and what was expected.
 */
export interface Wording {
  readonly message: string;
  readonly expected: string;
}

/** Long values are cut so one problem stays on one readable line. */
const MAX_QUOTED = 40;

/** A value as it appears in the file, shortened: `"javascript:alert(1)"`, `42`, `null`. */
export function quote(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > MAX_QUOTED ? `${json.slice(0, MAX_QUOTED - 2)}…${json.slice(-1)}` : json;
}

/** What kind of value this is, in plain words: "is a number (42)", "is a list", "is text ("…")". */
export function describe(value: unknown): string {
  if (value === null) return 'is null';
  if (Array.isArray(value)) return 'is a list';
  switch (typeof value) {
    case 'string':
      return `is text (${quote(value)})`;
    case 'number':
      return `is a number (${quote(value)})`;
    case 'boolean':
      return `is ${value} (a yes/no value)`;
    case 'object':
      return 'is an object';
    default:
      return 'is missing';
  }
}

const TYPE_EXPECTED: Readonly<Record<string, string>> = {
  string: 'text in double quotes',
  Array: 'a list in square brackets [ ]',
  Object: 'an object in curly braces { }',
};

export const EMPTY_FILE = (): Wording => ({
  message: 'the file is empty',
  expected: 'a JSON object such as { "entries": [] }',
});

export const NOT_JSON = (line: number, column: number, what: string, expected: string): Wording => ({
  message: `is not valid JSON: at line ${line}, column ${column}, ${what}`,
  expected,
});

export const NOT_AN_OBJECT = (value: unknown): Wording => ({
  message: `the file ${describe(value).replace(/^is /, 'holds ')} at the top level`,
  expected: 'a JSON object in curly braces { } with an "entries" list',
});

export const WRONG_TYPE = (value: unknown, expectedType: string): Wording => ({
  message: describe(value),
  expected: TYPE_EXPECTED[expectedType] ?? expectedType,
});

/** `where`: "every entry", "every source", "the file"… */
export const MISSING = (field: string, where: string): Wording => ({
  message: 'is missing',
  expected: `${/^[aeiou]/.test(field) ? 'an' : 'a'} "${field}" field, which ${where} needs`,
});

export const INVALID_VALUE = (what: string, expected: string): Wording => ({ message: what, expected });

export const UNKNOWN_FIELD = (field: string, known: readonly string[], guess: string | undefined): Wording => ({
  message: `"${field}" is not a known field, so it is ignored`,
  expected: guess ? `"${guess}", the closest known field` : `one of ${known.map((k) => `"${k}"`).join(', ')}`,
});

export const DUPLICATE_ID = (id: string, firstPath: string): Wording => ({
  message: `"${id}" is used twice: ${firstPath} has the same id`,
  expected: 'a different id for every entry',
});

const didYouMean = (guess: string | undefined, otherwise: string) => (guess ? `"${guess}", the closest existing id` : otherwise);

export const UNKNOWN_RELATED = (id: string, scope: string, guess: string | undefined): Wording => ({
  message: `"${id}" is not the id of any entry in ${scope}`,
  expected: didYouMean(guess, `the id of an existing entry in ${scope}`),
});

export const RELATED_REMOVED = (id: string): Wording => ({
  message: `"${id}" is an entry this file removes (in "remove"), so the link would lead nowhere`,
  expected: 'the id of an entry that stays',
});

export const SELF_RELATED = (id: string): Wording => ({
  message: `"${id}" is this entry's own id, so it would suggest itself`,
  expected: 'the ids of other entries',
});

export const UNKNOWN_REMOVE = (id: string, guess: string | undefined): Wording => ({
  message: `"${id}" is not an entry in the bundled FAQ, so there is nothing to remove`,
  expected: didYouMean(guess, 'the id of a bundled entry'),
});

export const REMOVED_AND_DEFINED = (id: string, entryPath: string): Wording => ({
  message: `"${id}" is removed here but ${entryPath} defines it again`,
  expected: 'either remove the entry or override it, not both',
});

export const NOTHING_TO_REPLACE_WITH = (): Wording => ({
  message: 'is empty, and "mode" is "replace": the widget would have no answers at all',
  expected: 'at least one entry, or "mode": "extend" to keep the bundled answers',
});

export const REMOVE_IGNORED = (): Wording => ({
  message: 'is ignored because "mode" is "replace" (only this file\'s entries are used)',
  expected: 'no "remove" list, or "mode": "extend"',
});

export const ANSWER_HTML = (tags: readonly string[]): Wording => ({
  message: `has HTML the widget does not show: ${tags.map((t) => `<${t}>`).join(', ')} (the tags are dropped, their text stays)`,
  expected: 'Markdown: **bold**, *italics*, lists and [links](https://…)',
});

export const ANSWER_LINK = (url: string): Wording => ({
  message: `has a link that would be removed: ${badUrl(url)}`,
  expected: 'links in the answer starting with https://, tel:, sms: or mailto:',
});

/** Why a URL is refused: names an unsafe scheme outright, since that is what a reviewer must see. */
export function badUrl(url: string): string {
  // Browsers ignore spaces and control characters inside a scheme ("java\tscript:"), so the name does too.
  const written = /^([a-z][a-z\d+.-]*):/i.exec([...url].filter((c) => c > ' ').join(''))?.[1];
  if (!written) return `${quote(url)} is not a full address (it has no https:// at the start)`;
  const scheme = written.toLowerCase();
  if (['https', 'tel', 'sms', 'mailto'].includes(scheme)) {
    return written === scheme ? `${quote(url)} is not a valid ${scheme}: link` : `${quote(url)} must start with "${scheme}:" in lowercase`;
  }
  const why = scheme === 'http' ? ' (it is not encrypted)' : '';
  return `${quote(url)} is unsafe: links starting with "${scheme}:" are not allowed${why}`;
}

export const EXAMPLE_NAME = (name: string): Wording => ({
  message: `${quote(name)} still reads like the example file's name, and it becomes the panel's title`,
  expected: 'your clinic\'s name',
});

export const EXAMPLE_ADDRESS = (address: string, what: string): Wording => ({
  message: `${quote(address)} is an example address from a sample file: it reaches no one`,
  expected: `your clinic's own ${what}`,
});

export const EXAMPLE_PHONE = (phone: string): Wording => ({
  message: `${quote(phone)} is a made-up 555 number from a sample file: it reaches no one`,
  expected: 'your clinic\'s phone number',
});

export const EXAMPLE_WORDING = (words: string): Wording => ({
  message: `still says "${words}": the example file's text is not yet replaced`,
  expected: 'your clinic\'s own details in this answer',
});
