/**
 * Leaves the page for the quick exit: `location.replace`, so Back does not return here, and with
 * no referrer, so the destination cannot see which page the visitor left.
 */
export function navigateAway(url: string): void {
  const meta = document.createElement('meta');
  meta.name = 'referrer';
  meta.content = 'no-referrer';
  document.head.append(meta);
  window.location.replace(url);
}
