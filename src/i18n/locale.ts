import { en, type Messages } from './en.ts';

/** Locales with UI strings. A clinic's `lang` outside this list falls back to English. */
const LOCALES: Readonly<Record<string, Messages>> = { en };

/** `lang-region` → `lang` → `en`, like Pagefind: `pt-BR` uses `pt` when there is no `pt-BR`. */
export function resolveLang(...candidates: ReadonlyArray<string | null | undefined>): string {
  for (const raw of candidates) {
    const tag = raw?.trim().toLowerCase();
    if (!tag) continue;
    if (LOCALES[tag]) return tag;
    const base = tag.split('-')[0];
    if (base && LOCALES[base]) return base;
  }
  return 'en';
}

export function messagesFor(lang: string): Messages {
  return LOCALES[lang] ?? en;
}

export type { Messages };
