import type { ComponentChildren } from 'preact';

/** Every outbound link: new tab for web pages, no opener, no referrer (the visitor's page stays private). */
export function ExternalLink({ href, children, class: className, part }: { href: string; children: ComponentChildren; class?: string; part?: string }) {
  const web = href.startsWith('https:');
  return (
    <a
      href={href}
      class={className}
      part={part}
      target={web ? '_blank' : undefined}
      rel="noopener noreferrer"
      referrerpolicy="no-referrer"
    >
      {children}
    </a>
  );
}
