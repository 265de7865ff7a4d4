/**
 * Markdown → sanitised tree, for a clinic's own answers (the bundled corpus is rendered at build time
 * with this same function). marked renders, DOMPurify sanitises into a detached fragment, and
 * `domToTree` keeps only the tags and URLs we render. Only ever called with the page's DOMPurify
 * instance or a jsdom one at build time.
 */
import type { DOMPurify as Purifier, Config } from 'dompurify';
import { Marked } from 'marked';
import { reduceRawHtml } from './raw-html.ts';
import { ANSWER_HTML_TAGS } from '../corpus/answer-tags.ts';
import { domToTree, type RichNode } from './rich-tree.ts';
import { safeUrl } from './url-policy.ts';

const ALLOWED_TAGS = [...ANSWER_HTML_TAGS];
const ALLOWED_TAG_SET: ReadonlySet<string> = new Set(ALLOWED_TAGS);
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An image becomes its alt text: the widget shows no images, and an `<img>` never reaches a parser to be fetched. */
const marked = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  renderer: { image: ({ text }) => escapeText(text) },
});

export const PURIFY_CONFIG = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: ['href'],
  ALLOWED_URI_REGEXP: /^(?:https:|tel:|sms:|mailto:)/i,
  RETURN_DOM_FRAGMENT: true,
} satisfies Config;

export interface TrustedHtmlPolicy {
  createHTML(input: string): unknown;
  createScriptURL(input: string): unknown;
}

export function renderMarkdown(markdown: string, purify: Purifier, policy?: TrustedHtmlPolicy): RichNode[] {
  // Reduced to bare allowed tags before any HTML parser sees it (see raw-html.ts: a strict host's
  // CSP reports every inline handler or style that is parsed, even in an inert document).
  const html = reduceRawHtml(marked.parse(markdown) as string, ALLOWED_TAG_SET);
  const config = policy ? { ...PURIFY_CONFIG, TRUSTED_TYPES_POLICY: policy as Config['TRUSTED_TYPES_POLICY'] } : PURIFY_CONFIG;
  const fragment = purify.sanitize(html, config);
  return domToTree(fragment, safeUrl);
}
