/**
 * Links written inside an answer's Markdown (`[text](url)` and `<url>`) follow the same URL rule as
 * `links`: the widget drops any other link when it renders, so a clinic learns it here instead of
 * finding the link silently gone.
 */
import { entryAnswers } from './entry-fields.ts';
import { formatPath } from './json-path.ts';
import { ANSWER_LINK } from './messages.ts';
import type { Problem } from './problem.ts';
import { SAFE_URL_PATTERN } from './schema.ts';

/**
 * `](url` or `](<url>` of an inline link or image (with one level of balanced parentheses, as
 * Markdown reads `](javascript:alert(1))`), `<scheme:…>` autolinks, `[ref]: url` reference
 * definitions, and `href="…"` in raw HTML.
 */
const MARKDOWN_URL =
  /\]\(\s*<?((?:[^\s>()]|\([^\s>()]*\))+)|<([a-z][a-z\d+.-]*:[^\s>]*)>|^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)|\bhref\s*=\s*["']?([^"'\s>]+)/gim;

export function checkAnswerLinks(entries: unknown): Problem[] {
  return entryAnswers(entries).flatMap(([answer, i]) => {
    // Inline links and autolinks are how answers are meant to link: an unsafe one is an error. Reference
    // definitions and raw HTML are unusual in an answer; the widget drops their unsafe URLs and the file
    // still loads, so they are reported as warnings.
    return [...answer.matchAll(MARKDOWN_URL)]
      .map((m) => ({ url: m[1] ?? m[2] ?? m[3] ?? m[4] ?? '', unusual: m[3] !== undefined || m[4] !== undefined }))
      .filter(({ url }) => !SAFE_URL_PATTERN.test(url))
      .map(({ url, unusual }): Problem => ({ severity: unusual ? 'warning' : 'error', path: formatPath(['entries', i, 'answer']), ...ANSWER_LINK(url) }));
  });
}
