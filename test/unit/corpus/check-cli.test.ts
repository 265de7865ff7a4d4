import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'confide-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function check(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'src/cli/check.ts', ...args], { encoding: 'utf8', timeout: 30_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, lines: run.stdout.split('\n').filter(Boolean) };
}

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('npm run check', () => {
  it('passes the example clinic file, says what it does to the bundled FAQ, and names each example value to replace', () => {
    const { status, stdout } = check('faq/examples/clinic.json');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^faq\/examples\/clinic\.json is valid \(see the 7 warnings above\): it overrides 1 bundled entry, adds 1 and removes 1 \(\d+ entries in all\)\.$/m);
    expect(stdout.match(/^warning: [^:]+/gm)).toEqual([
      'warning: clinic.name',
      'warning: clinic.bookingUrl',
      'warning: clinic.email',
      'warning: clinic.phone',
      'warning: entries[0].links[0].url',
      'warning: entries[0].answer',
      'warning: entries[1].answer',
    ]);
  });

  it('prints one line per problem (path: what is wrong (expected …)) and exits 1', () => {
    const broken = {
      entries: [
        { id: 'Parking', question: 'Is there parking?', answer: 'Yes.', related: ['insurnce'] },
        { id: 'cost', question: 'How much?', answer: 'Ask us.', links: [{ label: 'Pay', url: 'javascript:pay()' }], colour: 'red' },
      ],
      remove: ['not-an-entry'],
    };
    const { status, lines } = check(write('broken.json', JSON.stringify(broken, null, 2)));
    expect(status).toBe(1);
    expect(lines).toEqual([
      'entries[0].id: "Parking" is not a valid id (expected an id: lowercase letters and digits joined by "-", such as "cost" or "first-session")',
      'entries[1].links[0].url: "javascript:pay()" is unsafe: links starting with "javascript:" are not allowed (expected a URL starting with https://, tel:, sms: or mailto:)',
      'entries[0].related[0]: "insurnce" is not the id of any entry in this file or the bundled FAQ (expected "insurance", the closest existing id)',
      'remove[0]: "not-an-entry" is not an entry in the bundled FAQ, so there is nothing to remove (expected the id of a bundled entry)',
      expect.stringMatching(/^warning: entries\[1\]\.colour: "colour" is not a known field, so it is ignored \(expected one of "id", /),
      expect.stringMatching(/broken\.json has 4 errors, so the widget would ignore it and keep using the bundled FAQ\.$/),
    ]);
  });

  it('gives line and column for a JSON syntax error', () => {
    const { status, lines } = check(write('syntax.json', '{\n  "entries": [\n    { "id": "a", }\n  ]\n}\n'));
    expect(status).toBe(1);
    expect(lines[0]).toBe('(file): is not valid JSON: at line 3, column 16, there is a comma before "}" (expected no comma after the last item)');
  });

  it('exits 0 with only warnings, and prints them', () => {
    const { status, lines } = check(write('newer.json', JSON.stringify({ version: 3, entries: [] })));
    expect(status).toBe(0);
    expect(lines[0]).toMatch(/^warning: version: "version" is not a known field/);
    expect(lines[1]).toMatch(/is valid \(see the 1 warning above\)/);
  });

  it('says clearly when the file does not exist', () => {
    const { status, stderr } = check(join(dir, 'missing.json'));
    expect(status).toBe(1);
    expect(stderr).toMatch(/^Cannot find the FAQ file ".*missing\.json": check the folder and the file name\./);
  });

  it('--questions: the entry and score for each question, crisis, and the questions left without an answer', () => {
    const questions = write('questions.txt', '# a comment\nhow much is a session?\n\ndo you do video sessions\nI have been having suicidal thoughts\nzzzz qqqq\n');
    const { status, stdout } = check('faq/examples/clinic.json', '--questions', questions);
    expect(status).toBe(0);
    expect(stdout).toContain('Trying 4 questions from');
    expect(stdout).toMatch(/1\. how much is a session\?\n {3}→ cost \(score [01]\.\d\d\): How much does sex therapy cost at Riverside\?/);
    expect(stdout).toMatch(/2\. do you do video sessions\n {3}→ online-sessions \(score [01]\.\d\d\)/);
    expect(stdout).toMatch(/3\. I have been having suicidal thoughts\n {3}→ crisis: the crisis notice comes first/);
    expect(stdout).toMatch(/4\. zzzz qqqq\n {3}→ no answer\n/);
    expect(stdout).toMatch(/No answer for \d of 4 questions:\n(?: {2}- .*\n)* {2}- zzzz qqqq\n/);
  });

  it('--questions on a broken file: tries nothing and exits 1', () => {
    const { status, stdout } = check(write('empty.json', ''), '--questions', 'faq/examples/questions.txt');
    expect(status).toBe(1);
    expect(stdout).toContain('(file): the file is empty');
    expect(stdout).toContain('The questions were not tried');
  });
});
