/**
 * Markdown to plain text for indexing: drops markup, keeps words. Not a renderer and not a
 * sanitiser; its output is never shown as HTML. The browser reads bundled answers' words from their
 * rendered trees instead (`answerWords`, engine/bundled.ts): a change here must keep the two giving
 * the same words, which the corpus build checks.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[`*_~#>|]+/g, ' ')
    .replace(/^\s*(?:[-+]|\d+\.)\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}
