/**
 * The HTML an answer is shown with. Defined here, where the validator can read it without the
 * renderer (corpus code stays free of rendering), and used by the renderer (src/render/).
 */

/** Tags an answer is rendered with. */
export const RICH_TAGS = ['p', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'br', 'code', 'blockquote', 'h3', 'h4'] as const;

/** Tags an answer's raw HTML may use: the rendered ones, and those mapped to them (`b` → `strong`, `h1` → `h3`…). */
export const ANSWER_HTML_TAGS: readonly string[] = [...RICH_TAGS, 'h1', 'h2', 'h5', 'h6', 'b', 'i'];
