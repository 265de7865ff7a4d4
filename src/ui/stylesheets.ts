/**
 * Constructable stylesheets, one per CSS text and shared by every widget on the page. A strict host
 * CSP blocks `<style>` elements and style attributes in a shadow root; adopted sheets are not blocked.
 */
const sheets = new Map<string, CSSStyleSheet>();

export function sheetFor(css: string): CSSStyleSheet {
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  return sheet;
}

/** Adds a sheet to the shadow root that holds `node`, once. */
export function adoptInto(node: Node, sheet: CSSStyleSheet): void {
  const root = node.getRootNode();
  if (root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
