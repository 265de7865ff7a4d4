/**
 * Answers travel from Markdown to the screen as a small tree, not an HTML string: Preact builds the
 * nodes itself, so no `innerHTML` sink exists on the host page (Trusted Types stay satisfied), and
 * the bundled corpus can be rendered at build time with no marked or DOMPurify in the browser.
 */
import { RICH_TAGS } from '../corpus/answer-tags.ts';

export type RichNode = string | RichElement;
/** [tag, href or null, ...children]: only anchors carry an attribute. */
export type RichElement = [tag: RichTag, href: string | null, ...children: RichNode[]];

export type RichTag = (typeof RICH_TAGS)[number];

const TAG_SET: ReadonlySet<string> = new Set(RICH_TAGS);
/** Markdown headings inside a chat bubble are demoted: the bubble sits under the panel's own heading. */
const HEADING_MAP: Record<string, RichTag> = { h1: 'h3', h2: 'h3', h3: 'h4', h4: 'h4', h5: 'h4', h6: 'h4', b: 'strong', i: 'em' };

export function isRichTag(tag: string): tag is RichTag {
  return TAG_SET.has(tag);
}

/** Minimal DOM surface the converter reads, so it runs on jsdom at build time and on the page. */
interface DomNodeLike {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNodeLike>;
  getAttribute?(name: string): string | null;
}

/**
 * Converts sanitised DOM to a tree. Unknown elements are unwrapped (their text kept), so anything
 * the sanitiser let through that we do not render still cannot become markup.
 */
export function domToTree(node: DomNodeLike, safeHref: (href: string) => string): RichNode[] {
  const out: RichNode[] = [];
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      const text = child.textContent ?? '';
      if (text !== '') out.push(text);
      continue;
    }
    if (child.nodeType !== 1) continue;
    const raw = child.nodeName.toLowerCase();
    const tag = HEADING_MAP[raw] ?? raw;
    const kids = domToTree(child, safeHref);
    if (!isRichTag(tag)) {
      out.push(...kids);
    } else if (tag === 'a') {
      const href = safeHref(child.getAttribute?.('href') ?? '');
      if (href) out.push(['a', href, ...kids]);
      else out.push(...kids);
    } else {
      out.push([tag, null, ...kids]);
    }
  }
  return trimWhitespace(out);
}

/** Whitespace-only text between block elements is layout noise from the HTML serialiser. */
function trimWhitespace(nodes: RichNode[]): RichNode[] {
  const hasElements = nodes.some((n) => typeof n !== 'string');
  if (!hasElements) return nodes;
  return nodes.filter((n) => typeof n !== 'string' || n.trim() !== '' || n === ' ');
}
