/**
 * Raw HTML in an answer that the widget drops when it renders (`<u>`, `<img>`, `<details>`,
 * `<span style=…>` pasted from a word processor): a warning, so a clinic learns it here instead of
 * wondering where its formatting went. The file still loads.
 */
import { ANSWER_HTML_TAGS } from './answer-tags.ts';
import { entryAnswers } from './entry-fields.ts';
import { formatPath } from './json-path.ts';
import { ANSWER_HTML } from './messages.ts';
import type { Problem } from './problem.ts';

const SHOWN: ReadonlySet<string> = new Set(ANSWER_HTML_TAGS);
/** Code is shown as written, so tags inside it are text: fenced blocks and inline code spans. */
const CODE = /```[\s\S]*?(?:```|$)|`[^`\n]*`/g;
/** A tag's name ends at a space, `/` or `>`: `<https://…>` and `<me@clinic.example>` are autolinks. */
const OPENING_TAG = /<([a-z][a-z0-9-]*)(?=[\s/>])[^>]*>/gi;

export function checkAnswerHtml(entries: unknown): Problem[] {
  return entryAnswers(entries).flatMap(([answer, i]) => {
    const dropped = new Set([...answer.replace(CODE, '').matchAll(OPENING_TAG)].map((m) => (m[1] ?? '').toLowerCase()).filter((tag) => !SHOWN.has(tag)));
    return dropped.size === 0 ? [] : [{ severity: 'warning' as const, path: formatPath(['entries', i, 'answer']), ...ANSWER_HTML([...dropped]) }];
  });
}
