import { describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '../../../src/corpus/problem.ts';
import { validateFaqFile, validateFaqText } from '../../../src/corpus/validate.ts';

const BUNDLED = ['cost', 'insurance', 'first-session', 'booking'];

const entry = (over: Record<string, unknown> = {}) => ({ id: 'parking', question: 'Is there parking?', answer: 'Yes, behind the building.', ...over });

const errors = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error');

/** The one problem at `path`, asserted to exist. */
function at(problems: readonly Problem[], path: string): Problem {
  const found = problems.filter((p) => p.path === path);
  expect(found.map(formatProblem), `problems at ${path}`).toHaveLength(1);
  return found[0]!;
}

describe('validateFaqFile: a valid file', () => {
  it('returns the file with no problems', () => {
    const { file, problems } = validateFaqFile({ entries: [entry({ related: ['cost', 'insurance'] })] }, BUNDLED);
    expect(problems).toEqual([]);
    expect(file?.entries[0]?.id).toBe('parking');
  });

  it('trims text, so a stray indent cannot turn an answer into a code block', () => {
    const { file } = validateFaqFile({ entries: [entry({ answer: '    Indented.\n' })] });
    expect(file?.entries[0]?.answer).toBe('Indented.');
  });

  it.each(['https://riverside-counselling.org/book', 'tel:+1 212 010 0199', 'sms:+12120100199', 'mailto:hello@riverside-counselling.org'])('accepts the safe link %s', (url) => {
    expect(validateFaqFile({ entries: [entry({ links: [{ label: 'Go', url }] })] }).problems).toEqual([]);
  });
});

describe('validateFaqFile: the shape of the file', () => {
  it('names a missing required field', () => {
    const { file, problems } = validateFaqFile({ entries: [{ question: 'q', answer: 'a' }] });
    expect(file).toBeUndefined();
    const p = at(problems, 'entries[0].id');
    expect(p.message).toBe('is missing');
    expect(p.expected).toContain('"id"');
    expect(p.expected).toContain('every entry');
  });

  it('says "an" before a field that starts with a vowel', () => {
    expect(at(validateFaqFile({ entries: [{ id: 'x', question: 'q' }] }).problems, 'entries[0].answer').expected).toMatch(/^an "answer" field/);
    expect(at(validateFaqFile({ entries: [{ id: 'x', answer: 'a' }] }).problems, 'entries[0].question').expected).toMatch(/^a "question" field/);
  });

  it('names a missing entries list', () => {
    expect(at(validateFaqFile({ lang: 'en' }).problems, 'entries').message).toBe('is missing');
  });

  it('explains a bad id with the pattern in words', () => {
    const p = at(validateFaqFile({ entries: [entry({ id: 'Parking Info' })] }).problems, 'entries[0].id');
    expect(p.message).toBe('"Parking Info" is not a valid id');
    expect(p.expected).toMatch(/lowercase letters and digits joined by "-"/);
  });

  it.each([
    ['javascript:alert(1)', /unsafe.*"javascript:"/],
    ['JaVaScRiPt:alert(1)', /unsafe.*"javascript:"/],
    ['java\tscript:alert(1)', /unsafe.*"javascript:"/],
    ['http://clinic.example', /unsafe.*"http:".*not encrypted/],
    ['data:text/html,<script>alert(1)</script>', /unsafe.*"data:"/],
    ['vbscript:msgbox', /unsafe.*"vbscript:"/],
  ])('calls %s unsafe', (url, message) => {
    const p = at(validateFaqFile({ entries: [entry({ sources: [{ title: 'A', url }] })] }).problems, 'entries[0].sources[0].url');
    expect(p.severity).toBe('error');
    expect(p.message).toMatch(message);
    expect(p.expected).toBe('a URL starting with https://, tel:, sms: or mailto:');
  });

  it('checks links inside an answer by the same rule, since the widget would drop them', () => {
    const answer = 'Call [us](tel:+15550100), read [this](https://a.example "A") or [that](javascript:alert(1)), or <http://b.example>.';
    const problems = validateFaqFile({ entries: [entry({ answer })] }).problems;
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ['entries[0].answer', 'has a link that would be removed: "javascript:alert(1)" is unsafe: links starting with "javascript:" are not allowed'],
      ['entries[0].answer', 'has a link that would be removed: "http://b.example" is unsafe: links starting with "http:" are not allowed (it is not encrypted)'],
    ]);
  });

  it('warns, once per answer, about raw HTML the widget drops, but not about tags it shows or tags inside code', () => {
    const answer = '<u>Note</u>: <b>bring</b> <span style="color:red">ID</span>.\n\n<details>more</details> <u>again</u> and `<kbd>` in code';
    const { file, problems } = validateFaqFile({ entries: [entry({ answer })] });
    expect(file).toBeDefined();
    expect(problems).toEqual([
      {
        severity: 'warning',
        path: 'entries[0].answer',
        message: 'has HTML the widget does not show: <u>, <span>, <details> (the tags are dropped, their text stays)',
        expected: 'Markdown: **bold**, *italics*, lists and [links](https://…)',
      },
    ]);
    expect(validateFaqFile({ entries: [entry({ answer: 'A <strong>bold</strong> and <em>calm</em> answer.' })] }).problems).toEqual([]);
  });

  it('warns about unsafe reference-style and raw HTML links in an answer (dropped, but the file loads)', () => {
    const answer = 'See [the guide][g] or <a href="http://c.example">this</a>.\n\n[g]: javascript:alert(1)\n[ok]: https://ok.example';
    const { file, problems } = validateFaqFile({ entries: [entry({ answer })] });
    expect(file).toBeDefined();
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(problems.map((p) => p.message)).toEqual([
      'has a link that would be removed: "http://c.example" is unsafe: links starting with "http:" are not allowed (it is not encrypted)',
      'has a link that would be removed: "javascript:alert(1)" is unsafe: links starting with "javascript:" are not allowed',
    ]);
  });

  it('says an address without a scheme is not a full address', () => {
    const p = at(validateFaqFile({ clinic: { bookingUrl: 'www.clinic.example' }, entries: [] }).problems, 'clinic.bookingUrl');
    expect(p.message).toMatch(/not a full address/);
  });

  it('rejects a malformed tel: link and an upper-case scheme with their own words', () => {
    const { problems } = validateFaqFile({ entries: [entry({ links: [{ label: 'Call', url: 'tel:call-us' }, { label: 'Web', url: 'HTTPS://clinic.example' }] })] });
    expect(at(problems, 'entries[0].links[0].url').message).toMatch(/not a valid tel: link/);
    expect(at(problems, 'entries[0].links[1].url').message).toMatch(/lowercase/);
  });

  it.each([
    ['26/11/2026', /not a date in the form YYYY-MM-DD/],
    ['2026-13-01', /not a date/],
  ])('rejects the date %s', (reviewed, message) => {
    const p = at(validateFaqFile({ entries: [entry({ reviewed })] }).problems, 'entries[0].reviewed');
    expect(p.message).toMatch(message);
    expect(p.expected).toMatch(/YYYY-MM-DD/);
  });

  it('says which type a value has and which it should have', () => {
    const { problems } = validateFaqFile({ lang: 5, entries: [entry({ question: 42, alternates: 'cost?', links: { label: 'x' } })] });
    expect(at(problems, 'lang')).toMatchObject({ message: 'is a number (5)', expected: 'text in double quotes' });
    expect(at(problems, 'entries[0].question')).toMatchObject({ message: 'is a number (42)', expected: 'text in double quotes' });
    expect(at(problems, 'entries[0].alternates')).toMatchObject({ message: 'is text ("cost?")', expected: 'a list in square brackets [ ]' });
    expect(at(problems, 'entries[0].links')).toMatchObject({ message: 'is an object', expected: 'a list in square brackets [ ]' });
  });

  it('calls blank text empty', () => {
    expect(at(validateFaqFile({ entries: [entry({ answer: '  \n ' })] }).problems, 'entries[0].answer').message).toBe('is empty');
  });

  it('rejects an unknown mode and a bad email', () => {
    const { problems } = validateFaqFile({ mode: 'merge', clinic: { email: 'hello at clinic' }, entries: [] });
    expect(at(problems, 'mode').expected).toBe('"extend" or "replace"');
    expect(at(problems, 'clinic.email').message).toBe('"hello at clinic" is not an email address');
  });

  it.each([
    [[], 'holds a list'],
    ['{"entries": []}', 'holds text'],
    [null, 'holds null'],
    [3, 'holds a number'],
  ])('explains a top level that is not an object (%j)', (data, words) => {
    const { problems } = validateFaqFile(data);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: '(file)', severity: 'error' });
    expect(problems[0]?.message).toContain(words);
  });

  it('explains entries that are not a list', () => {
    const { problems } = validateFaqFile({ entries: { cost: entry() } });
    expect(problems).toHaveLength(1);
    expect(at(problems, 'entries')).toMatchObject({ message: 'is an object', expected: 'a list in square brackets [ ]' });
  });

  it('reports a list where an entry belongs once, not as a list of missing fields', () => {
    const { problems } = validateFaqFile({ entries: [['cost']] });
    expect(problems.map(formatProblem)).toEqual(['entries[0]: is a list (expected an object in curly braces { })']);
  });

  it('quotes odd keys in paths', () => {
    const p = at(validateFaqFile({ entries: [entry({ 'my note': 'x' })] }).problems, 'entries[0]["my note"]');
    expect(p.severity).toBe('warning');
  });
});

describe('validateFaqFile: unknown fields', () => {
  it('are warnings only, so a file for a newer version still loads', () => {
    const { file, problems } = validateFaqFile({ version: 2, clinic: { fax: '1' }, entries: [entry({ video: 'https://x' })] });
    expect(file).toBeDefined();
    expect(problems.map((p) => [p.severity, p.path])).toEqual([
      ['warning', 'version'],
      ['warning', 'clinic.fax'],
      ['warning', 'entries[0].video'],
    ]);
    expect(problems[0]?.message).toBe('"version" is not a known field, so it is ignored');
  });

  it('suggest the field a typo meant', () => {
    const { problems } = validateFaqFile({ entries: [{ id: 'a', question: 'q', anwser: 'a' }] });
    expect(at(problems, 'entries[0].anwser').expected).toBe('"answer", the closest known field');
    expect(at(problems, 'entries[0].answer').message).toBe('is missing');
    expect(problems[0]?.severity).toBe('error');
  });

  it('allow $schema', () => {
    expect(validateFaqFile({ $schema: './schema.json', entries: [] }).problems).toEqual([]);
  });
});

describe('validateFaqFile: ids', () => {
  it('names both positions of a duplicate id', () => {
    const { file, problems } = validateFaqFile({ entries: [entry(), entry({ id: 'cost' }), entry()] });
    expect(file).toBeUndefined();
    const p = at(problems, 'entries[2].id');
    expect(p.message).toBe('"parking" is used twice: entries[0].id has the same id');
  });

  it('accepts related ids from the file and, in an extend file, from the bundled FAQ', () => {
    const data = { entries: [entry({ related: ['cost', 'valet'] }), entry({ id: 'valet', related: ['parking'] })] };
    expect(validateFaqFile(data, BUNDLED).problems).toEqual([]);
  });

  it('rejects a related id that exists nowhere, suggesting the closest', () => {
    const p = at(validateFaqFile({ entries: [entry({ related: ['insurnce'] })] }, BUNDLED).problems, 'entries[0].related[0]');
    expect(p.message).toBe('"insurnce" is not the id of any entry in this file or the bundled FAQ');
    expect(p.expected).toBe('"insurance", the closest existing id');
  });

  it('in a replace file, accepts related ids from the file only', () => {
    const p = at(validateFaqFile({ mode: 'replace', entries: [entry({ related: ['cost'] })] }, BUNDLED).problems, 'entries[0].related[0]');
    expect(p.message).toBe('"cost" is not the id of any entry in this file');
  });

  it('rejects an entry relating to itself', () => {
    const p = at(validateFaqFile({ entries: [entry({ related: ['parking'] })] }).problems, 'entries[0].related[0]');
    expect(p.message).toMatch(/this entry's own id/);
  });

  it('rejects a related id the same file removes', () => {
    const p = at(validateFaqFile({ remove: ['cost'], entries: [entry({ related: ['cost'] })] }, BUNDLED).problems, 'entries[0].related[0]');
    expect(p.message).toMatch(/removes/);
  });

  it('rejects a remove id that is not bundled, suggesting the closest', () => {
    const { file, problems } = validateFaqFile({ remove: ['csot', 'cost'], entries: [] }, BUNDLED);
    expect(file).toBeUndefined();
    expect(at(problems, 'remove[0]')).toMatchObject({
      message: '"csot" is not an entry in the bundled FAQ, so there is nothing to remove',
      expected: '"cost", the closest existing id',
    });
    expect(problems).toHaveLength(1);
  });

  it('rejects removing an entry the file also defines', () => {
    const p = at(validateFaqFile({ remove: ['cost'], entries: [entry({ id: 'cost' })] }, BUNDLED).problems, 'remove[0]');
    expect(p.message).toBe('"cost" is removed here but entries[0] defines it again');
  });

  it('rejects a replace file with no entries, which would leave the widget with no answers', () => {
    const { file, problems } = validateFaqFile({ mode: 'replace', entries: [] }, BUNDLED);
    expect(file).toBeUndefined();
    expect(at(problems, 'entries').message).toMatch(/no answers/);
    expect(validateFaqFile({ entries: [] }, BUNDLED).file).toBeDefined();
  });

  it('warns that remove does nothing in a replace file', () => {
    const { file, problems } = validateFaqFile({ mode: 'replace', remove: ['cost'], entries: [entry()] }, BUNDLED);
    expect(file).toBeDefined();
    expect(at(problems, 'remove').severity).toBe('warning');
  });

  it('lists id problems together with shape problems, errors before warnings', () => {
    const { problems } = validateFaqFile({ extra: 1, entries: [entry({ question: 1 }), entry()] });
    expect(problems.map((p) => p.path)).toEqual(['entries[0].question', 'entries[1].id', 'extra']);
    expect(errors(problems)).toHaveLength(2);
  });
});

/** A file with `data`, which must still load, and where its problems are: `warning clinic.phone`. */
function warningsFor(data: Record<string, unknown>): string[] {
  const { file, problems } = validateFaqFile({ entries: [entry()], ...data });
  expect(file, 'the file still loads').toBeDefined();
  return problems.map((p) => `${p.severity} ${p.path}`);
}

describe('validateFaqFile: values left from the example file', () => {
  const clinic = { name: 'Riverside Counselling', bookingUrl: 'https://riverside-counselling.org/book', phone: '+1 212 639 0142', email: 'hello@riverside-counselling.org' };

  it('stay quiet on a clinic\'s own details', () => {
    expect(warningsFor({ clinic })).toEqual([]);
  });

  it.each([
    ['bookingUrl', 'https://clinic.example/book'],
    ['bookingUrl', 'https://www.example.com/appointments'],
    ['bookingUrl', 'https://booking.test/'],
    ['email', 'hello@clinic.example'],
    ['email', 'info@example.org'],
    ['phone', '+1 555 010 0199'],
    ['phone', '(212) 555-0123'],
    ['name', 'Example Clinic'],
  ])('warn about clinic.%s %s, which reaches no one', (key, value) => {
    expect(warningsFor({ clinic: { ...clinic, [key]: value } })).toEqual([`warning clinic.${key}`]);
  });

  it('warn about example links and numbers in entries, and about the example\'s instructions left in an answer', () => {
    const own = entry({
      answer: 'These are example prices: replace them with your own.',
      links: [{ label: 'Book', url: 'https://clinic.example/book' }, { label: 'Call', url: 'tel:+15550100199' }, { label: 'Map', url: 'https://maps.riverside.org' }],
      sources: [{ title: 'Fees', url: 'https://example.net/fees' }],
    });
    expect(warningsFor({ entries: [own] })).toEqual([
      'warning entries[0].links[0].url',
      'warning entries[0].links[1].url',
      'warning entries[0].sources[0].url',
      'warning entries[0].answer',
    ]);
  });

  it('do not add a second problem to a link that is already refused', () => {
    expect(validateFaqFile({ entries: [entry({ links: [{ label: 'Old', url: 'http://clinic.example' }] })] }).problems.map((p) => p.severity)).toEqual(['error']);
  });

  it('do not mistake a real domain that merely contains the word', () => {
    expect(warningsFor({ clinic: { ...clinic, bookingUrl: 'https://example-clinic.org/book', email: 'me@testing.com' } })).toEqual([]);
  });
});

describe('validateFaqText', () => {
  it.each(['', '   \n\t'])('says an empty file is empty (%j)', (text) => {
    const { problems } = validateFaqText(text);
    expect(problems).toEqual([{ severity: 'error', path: '(file)', message: 'the file is empty', expected: 'a JSON object such as { "entries": [] }' }]);
  });

  it('accepts a byte-order mark, which some editors add', () => {
    expect(validateFaqText('\uFEFF{"entries": []}').file).toBeDefined();
  });

  it.each([
    ['{\n  "entries": [\n    {"id": "a",}\n  ]\n}', 3, 15, /comma before "}"/],
    ['{\n  "entries": []\n  "lang": "en"\n}', 3, 3, /comma is missing/],
    ["{'entries': []}", 1, 2, /single quotes/],
    ['{"entries": [] // mine\n}', 1, 16, /comment/],
    ['{"entries": [True]}', 1, 14, /"True" is not a value/],
    ['{"entries": [', 1, 14, /ends too early/],
    ['{"entries" []}', 1, 12, /colon is missing/],
    ['{"entries": ["a\nb"]}', 1, 14, /not closed/],
    ['{"entries": []} x', 1, 17, /more text after the end/],
    ['{"a": "\\x"}', 1, 8, /unknown escape/],
    ['{"a": 01}', 1, 7, /"01"/],
    ['\r\n{\r\n"a": }', 3, 6, /out of place/],
  ])('gives line and column for a syntax error: %j', (text, line, column, what) => {
    const { file, problems } = validateFaqText(text);
    expect(file).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('(file)');
    expect(problems[0]?.message).toContain(`is not valid JSON: at line ${line}, column ${column}, `);
    expect(problems[0]?.message).toMatch(what);
  });

  it('passes known ids through to the checks', () => {
    expect(validateFaqText('{"remove": ["cost"], "entries": []}', BUNDLED).problems).toEqual([]);
    expect(errors(validateFaqText('{"remove": ["cost"], "entries": []}').problems)).toHaveLength(1);
  });
});
