import type { ComponentChildren } from 'preact';
import type { RichNode } from '../render/rich-tree.ts';
import { safeUrl } from '../render/url-policy.ts';
import { ExternalLink } from './ExternalLink.tsx';

/** Renders a sanitised answer tree with Preact nodes: no HTML strings ever reach the page. */
export function RichText({ nodes }: { nodes: readonly RichNode[] }) {
  return <>{nodes.map(renderNode)}</>;
}

function renderNode(node: RichNode, index: number): ComponentChildren {
  if (typeof node === 'string') return node;
  const [tag, href, ...children] = node;
  const kids = children.map(renderNode);
  if (tag === 'a') {
    // Checked again at render: the tree may come from a clinic's file.
    const url = href ? safeUrl(href) : '';
    return url ? <ExternalLink key={index} href={url}>{kids}</ExternalLink> : <>{kids}</>;
  }
  const Tag = tag;
  return <Tag key={index}>{kids}</Tag>;
}
