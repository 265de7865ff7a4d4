/**
 * The HTML marked made from a clinic's Markdown (raw HTML in the Markdown passes through it),
 * reduced to bare tags before any HTML parser sees it.
 *
 * Why: in Chromium every HTML parser (DOMParser, `<template>`, `createHTMLDocument`) checks the host
 * page's CSP while it parses, even for an inert document. `onerror=`, `style=` or `<style>` in an
 * answer is then blocked, but also reported: console errors and violation reports on every strict
 * host, although nothing would have run. Clinics paste HTML from word processors (`<span
 * style="…">`), so this is not only about attacks.
 *
 * This is not the sanitiser: DOMPurify and `domToTree` still judge what comes out. It only makes sure
 * no attribute other than a safe `href` and no raw-text element reaches the parser. Does not
 * HTML-escape text between tags beyond turning a stray `<` into `&lt;`.
 */
import { safeUrl } from './url-policy.ts';

/**
 * Elements dropped with everything inside them: their content is code, never words for a visitor.
 * Without its closing tag only the opening tag goes (below), and what follows stays as text.
 */
const DROPPED_WITH_CONTENT = /<(script|style|template|textarea|title|xmp|iframe|noembed|noframes|noscript|object|svg|math|select)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)|<![^>]*>|<\?[^>]*>/g;
/** A whole tag, or else a stray `<` (which becomes `&lt;`, so it cannot start a tag at parse time). */
const TAG_OR_LT = /<(\/?)([a-z][a-z0-9-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>|</gi;
const HREF = /(?:^|\s)href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>`=<]+))/i;

/** Entities a URL in an attribute commonly carries; anything rarer makes the URL fail `safeUrl`. */
const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&apos;': "'", '&lt;': '<', '&gt;': '>' };
const decode = (s: string) => s.replace(/&(?:amp|quot|#39|apos|lt|gt);/g, (e) => ENTITIES[e] ?? e);
const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Keeps tags in `allowed` without attributes (an `<a>` keeps a safe `href`); drops every other tag. */
export function reduceRawHtml(html: string, allowed: ReadonlySet<string>): string {
  return html
    .replace(DROPPED_WITH_CONTENT, '')
    .replace(COMMENT, '')
    .replace(TAG_OR_LT, (_match, closing: string | undefined, name: string | undefined, attributes: string | undefined) => {
      if (name === undefined) return '&lt;';
      const tag = name.toLowerCase();
      if (!allowed.has(tag)) return '';
      if (closing) return `</${tag}>`;
      if (tag !== 'a') return `<${tag}>`;
      const m = HREF.exec(attributes ?? '');
      const href = m ? safeUrl(decode(m[1] ?? m[2] ?? m[3] ?? '')) : '';
      return href ? `<a href="${escapeAttribute(href)}">` : '<a>';
    });
}
