/**
 * Markdown → sanitised tree, for a clinic's own answers (the bundled corpus is rendered at build time
 * with this same function). marked renders, DOMPurify sanitises into a detached fragment, and
 * `domToTree` keeps only the tags and URLs we render. Only ever called with the page's DOMPurify
 * instance or a jsdom one at build time.
 */
import type { DOMPurify as Purifier, Config } from 'dompurify';
import { Marked } from 'marked';
import { domToTree, RICH_TAGS, type RichNode } from './rich-tree.ts';
import { safeUrl } from './url-policy.ts';

const marked = new Marked({ gfm: true, breaks: false, async: false });

export const PURIFY_CONFIG = {
  ALLOWED_TAGS: [...RICH_TAGS, 'h1', 'h2', 'h5', 'h6', 'b', 'i'],
  ALLOWED_ATTR: ['href'],
  ALLOWED_URI_REGEXP: /^(?:https:|tel:|sms:|mailto:)/i,
  RETURN_DOM_FRAGMENT: true,
} satisfies Config;

export interface TrustedHtmlPolicy {
  createHTML(input: string): unknown;
  createScriptURL(input: string): unknown;
}

export function renderMarkdown(markdown: string, purify: Purifier, policy?: TrustedHtmlPolicy): RichNode[] {
  const html = marked.parse(markdown) as string;
  const config = policy ? { ...PURIFY_CONFIG, TRUSTED_TYPES_POLICY: policy as Config['TRUSTED_TYPES_POLICY'] } : PURIFY_CONFIG;
  const fragment = purify.sanitize(html, config);
  return domToTree(fragment, safeUrl);
}
