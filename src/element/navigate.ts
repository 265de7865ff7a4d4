/**
 * Leaves the page for the quick exit: `location.replace`, so Back does not return here, and with
 * no referrer, so the destination cannot see which page the visitor left. The tab's title turns to
 * the destination's name at once: on a slow network the clinic's would stay for seconds.
 *
 * Inside an iframe the page on screen is the top one: when the frame may reach it (same origin), the
 * top page leaves; replacing only the frame would leave the clinic's page in view. A cross-origin
 * frame cannot do that without the host's consent, so it replaces itself.
 */
export function navigateAway(url: string): void {
  // Resolved here: a relative exit URL means a page of the site the widget was configured on.
  const destination = new URL(url, document.baseURI).href;
  const target = reachableTop() ?? window;
  // The navigation's referrer comes from the document that starts it (this one); the top page gets
  // the same policy in case a browser takes it from there.
  const { hostname } = new URL(destination);
  for (const doc of target === window ? [document] : [document, target.document]) {
    noReferrer(doc);
    doc.title = hostname;
  }
  target.location.replace(destination);
}

function noReferrer(doc: Document): void {
  const meta = doc.createElement('meta');
  meta.name = 'referrer';
  meta.content = 'no-referrer';
  doc.head.append(meta);
}

/** The top window when this page is a same-origin frame; undefined at top level or across origins. */
function reachableTop(): Window | undefined {
  try {
    const top = window.top;
    if (!top || top === window) return undefined;
    // Reading the top page's document throws across origins.
    return top.document ? top : undefined;
  } catch {
    return undefined;
  }
}
