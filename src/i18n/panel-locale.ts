import { enPanel, type PanelStrings } from './en-panel.ts';
import { messagesFor, type Messages } from './locale.ts';

/** Every string the panel shows: the page-level ones and the panel's own, which load with the panel. */
export type PanelMessages = Messages & PanelStrings;

/** Locales with panel strings; the same languages as locale.ts. */
const PANEL_LOCALES: Readonly<Record<string, PanelStrings>> = { en: enPanel };

const merged = new Map<string, PanelMessages>();

/** Strings for `lang` (already resolved by `resolveLang`), one object per language so renders can compare them. */
export function panelMessagesFor(lang: string): PanelMessages {
  let found = merged.get(lang);
  if (!found) merged.set(lang, (found = { ...messagesFor(lang), ...(PANEL_LOCALES[lang] ?? enPanel) }));
  return found;
}
