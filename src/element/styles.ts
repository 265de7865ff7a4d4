import css from '../ui/styles.css?inline';

let sheet: CSSStyleSheet | undefined;

/**
 * One constructable stylesheet shared by every widget on the page. A strict host CSP blocks
 * `<style>` elements and style attributes in a shadow root; adopted sheets are not blocked.
 */
export function widgetStyles(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  return sheet;
}
