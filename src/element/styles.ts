import css from '../ui/launcher.css?inline';
import { sheetFor } from '../ui/stylesheets.ts';

/** The base sheet: theme and launcher. The panel adopts its own sheet when its chunk loads. */
export function widgetStyles(): CSSStyleSheet {
  return sheetFor(css);
}
